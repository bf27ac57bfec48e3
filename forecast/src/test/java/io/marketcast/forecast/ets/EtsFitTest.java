package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link EtsFit} is immutable: what it is built from is copied in, what it hands out is copied out. */
class EtsFitTest {

    private static final EtsModel ANN = EtsModel.parse("ANN");

    /**
     * Everything a caller can read from a fit, as arrays, to compare before and after a mutation; cloned here, so
     * that the snapshot cannot share an array with the fit even if an accessor failed to copy.
     */
    private static List<double[]> snapshot(EtsFit fit) {
        return List.of(fit.residuals().clone(), fit.fitted().clone(), fit.initialState().clone(),
                fit.finalState().clone(), fit.state(2).clone(),
                new double[] {fit.n(), fit.alpha(), fit.sigma2(), fit.logLik()}, fit.forecast(3, 0.9).mean(),
                fit.forecast(3, 0.9).upper(0.9), fit.forecastVariance(3).clone());
    }

    private static void assertSameSnapshot(List<double[]> expected, List<double[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "item " + i);
        }
    }

    @Test
    void mutatingTheArraysItWasBuiltFromChangesNothing() {
        double[] y = {10, 12, 11, 13, 12, 14};
        double[] states = {10, 10.2, 10.6, 10.7, 11.1, 11.2, 11.7};
        double[] residuals = new double[6];
        double[] fitted = new double[6];
        for (int t = 0; t < 6; t++) {
            fitted[t] = states[t];
            residuals[t] = y[t] - states[t];
        }
        EtsFit fit = EtsFit.builder(EtsSpec.defaults(), ANN, 1).data(y).alpha(0.2).states(states, 1)
                .residuals(residuals).fitted(fitted).logLik(-3.5).sigma2(0.8).parameterCount(2).build();
        List<double[]> before = snapshot(fit);
        assertEquals(11.7, fit.finalState()[0]);
        assertEquals(6, fit.n());
        for (double[] a : List.of(y, states, residuals, fitted)) {
            Arrays.fill(a, -1e6);
        }
        assertSameSnapshot(before, snapshot(fit));
        assertEquals(11.7, fit.forecast(1).mean()[0], "the forecast starts from the state it was built with");
    }

    @Test
    void mutatingTheArraysItHandsOutChangesNothing() {
        double[] y = M3Fixture.train(Set.of("N0671")).get("N0671");
        EtsFit fit = Ets.auto().fit(y, 4);
        List<double[]> before = snapshot(fit);
        for (double[] a : List.of(fit.residuals(), fit.fitted(), fit.initialState(), fit.finalState(), fit.state(0),
                fit.state(fit.n()), fit.forecastVariance(4), fit.spec().lower())) {
            Arrays.fill(a, Double.NaN);
        }
        assertSameSnapshot(before, snapshot(fit));
        assertEquals(EtsSpec.defaults().lower()[0], fit.spec().lower()[0]);
        assertThrows(UnsupportedOperationException.class, () -> fit.candidates().clear());
    }

    @Test
    void mutatingTheHistoryAfterFittingChangesNothing() {
        Map<String, double[]> m = M3Fixture.train(Set.of("N0350", "N0671"));
        for (String id : List.of("N0350", "N0671")) {
            double[] y = m.get(id);
            int freq = id.equals("N0350") ? 1 : 4;
            for (Ets ets : List.of(Ets.auto(), Ets.of("MAdN"))) {
                EtsFit fit = ets.fit(y, freq);
                List<double[]> before = snapshot(fit);
                double[] copy = y.clone();
                Arrays.fill(y, 1.0);
                assertSameSnapshot(before, snapshot(fit));
                System.arraycopy(copy, 0, y, 0, y.length);
            }
        }
        double[] flat = new double[12];
        Arrays.fill(flat, 5.0);
        EtsFit constant = Ets.auto().fit(flat, 1);
        double[] fitted = constant.fitted();
        Arrays.fill(flat, 9.0);
        assertArrayEquals(fitted, constant.fitted(), "the constant-series fit copied the history");
        assertEquals(5.0, constant.forecast(2).mean()[1]);
    }

    @Test
    void attachingCandidatesKeepsEverythingElse() {
        double[] y = M3Fixture.train(Set.of("N0350")).get("N0350");
        EtsFit fit = Ets.of("AAN").fit(y, 1);
        EtsFit with = fit.withCandidates(List.of(EtsCandidate.failed(ANN, "why not")));
        assertSameSnapshot(snapshot(fit), snapshot(with));
        assertEquals(fit.model(), with.model());
        assertEquals(fit.evaluations(), with.evaluations());
        assertEquals(fit.optimizerStatus(), with.optimizerStatus());
        assertEquals(fit.parameterCount(), with.parameterCount());
        assertEquals(fit.aicc(), with.aicc());
        assertEquals(List.of(EtsCandidate.failed(ANN, "why not")), with.candidates());
        assertEquals(1, fit.candidates().size());
    }

    @Test
    void theBuilderRefusesInconsistentLengths() {
        double[] y = {1, 2, 3};
        EtsFit.Builder ok = EtsFit.builder(EtsSpec.defaults(), ANN, 1).data(y).states(new double[4], 1)
                .residuals(new double[3]).fitted(new double[3]);
        assertEquals(3, ok.build().n());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EtsFit.builder(EtsSpec.defaults(), ANN, 1).data(y).states(new double[3], 1)
                        .residuals(new double[3]).fitted(new double[3]).build());
        assertTrue(e.getMessage().contains("states must hold (n + 1) x stateCount = 4 values, had 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EtsFit.builder(EtsSpec.defaults(), ANN, 1).data(y)
                .states(new double[4], 1).residuals(new double[2]).fitted(new double[3]).build());
        assertTrue(e.getMessage().contains("residuals must hold n = 3 values, had 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EtsFit.builder(EtsSpec.defaults(), ANN, 0).data(y)
                .states(new double[4], 1).residuals(new double[3]).fitted(new double[3]).build());
        assertTrue(e.getMessage().contains("frequency must be at least 1, was 0"), e.getMessage());
        assertThrows(NullPointerException.class, () -> EtsFit.builder(EtsSpec.defaults(), ANN, 1).data(y)
                .states(new double[4], 1).residuals(new double[3]).build());
    }
}
