package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import org.junit.jupiter.api.Test;

/** Statistics, diagnostics and the Method contract. */
class GrowthFitterTest {

    static final double[] T = {1, 2, 3, 4, 5, 6, 7, 8};
    static final double[] Y = {100, 121, 146, 179, 216, 265, 320, 391};

    @Test
    void informationCriteriaFollowTheirDefinitions() {
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.EXPONENTIAL.curve()).withError(ErrorModel.ADDITIVE), T, Y);
        int n = 8;
        int k = 3; // a, b and sigma
        double ll = -n / 2.0 * (Math.log(2 * Math.PI) + Math.log(f.rss() / n) + 1);
        assertEquals(ll, f.logLikelihood(), 1e-9);
        assertEquals(-2 * ll + 2 * k + 2.0 * k * (k + 1) / (n - k - 1), f.aicc(), 1e-9);
        assertEquals(-2 * ll + k * Math.log(n), f.bic(), 1e-9);
        assertEquals(Math.sqrt(f.rss() / (n - 2)), f.sigma(), 1e-12);
    }

    @Test
    void straightLineStandardErrorsAreTheTextbookOnes() {
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.LINEAR.curve()).withError(ErrorModel.ADDITIVE), T, Y);
        double sxx = 0;
        double sumSq = 0;
        for (double t : T) {
            sxx += (t - 4.5) * (t - 4.5);
            sumSq += t * t;
        }
        double[] se = f.stdErrors().orElseThrow();
        assertEquals(f.sigma() / Math.sqrt(sxx), se[1], 1e-12 * se[1], "SE of the slope");
        assertEquals(f.sigma() * Math.sqrt(sumSq / (8 * sxx)), se[0], 1e-12 * se[0], "SE of the intercept");
    }

    @Test
    void multiplicativeLikelihoodIsOnTheLevelScale() {
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.EXPONENTIAL.curve()), T, Y);
        double sumLog = 0;
        for (double v : Y) {
            sumLog += Math.log(v);
        }
        double ll = -4 * (Math.log(2 * Math.PI) + Math.log(f.rss() / 8) + 1) - sumLog;
        assertEquals(ll, f.logLikelihood(), 1e-9);
    }

    @Test
    void tooFewPointsSaysHowManyAreNeeded() {
        InsufficientDataException e = assertThrows(InsufficientDataException.class, () -> GrowthFitter.fit(
                GrowthSpec.of(Curves.LOGISTIC.curve()), new double[] {1, 2, 3, 4, 5}, new double[] {1, 2, 3, 4, 5}));
        assertEquals("logistic has 3 parameters and needs at least 6 points; got 5", e.getMessage());
    }

    @Test
    void autoWithTooFewPointsSaysSoOnce() {
        InsufficientDataException e = assertThrows(InsufficientDataException.class, () -> GrowthFitter.auto(
                ErrorModel.MULTIPLICATIVE, new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertEquals("too few points for any growth curve: got 3; the two-parameter curves need at least 5",
                e.getMessage());
    }

    @Test
    void multiplicativeErrorsNeedPositiveValues() {
        double[] y = Y.clone();
        y[3] = -1;
        InsufficientDataException e = assertThrows(InsufficientDataException.class,
                () -> GrowthFitter.fit(GrowthSpec.of(Curves.LINEAR.curve()), T, y));
        assertTrue(e.getMessage().contains("point 4 is -1.0"), e.getMessage());
    }

    @Test
    void aStartWithTheWrongCountNamesTheParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GrowthSpec.of(Curves.LOGISTIC.curve()).withStart(1, 2));
        assertEquals("start has 2 values but logistic has 3 parameters (K, r, t0)", e.getMessage());
    }

    @Test
    void aSingularJacobianMeansNoStandardErrorsAndADiagnostic() {
        double[] t = {2, 2, 2, 2, 2, 2};
        double[] y = {5, 6, 5, 6, 5, 6};
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.LINEAR.curve()).withError(ErrorModel.ADDITIVE)
                .withStart(1, 1), t, y);
        assertTrue(f.stdErrors().isEmpty() && f.covariance().isEmpty());
        assertTrue(f.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.SINGULAR_JACOBIAN));
        assertTrue(!f.usable());
    }

    @Test
    void aCapacityRunningOffIsReported() {
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.LOGISTIC.curve()), T, Y);
        assertTrue(f.diagnostics().stream().anyMatch(d -> d.kind() == Diagnostic.Kind.CAPACITY_RUNAWAY),
                "pure exponential growth does not identify a capacity: " + f);
    }

    @Test
    void forecasterContract() {
        GrowthMethod g = GrowthMethod.of("Gompertz");
        assertEquals("gompertz", g.name());
        assertEquals("growth-auto", GrowthMethod.of("growth-auto").name());
        Forecast f = g.withError(ErrorModel.ADDITIVE).forecast(GrowthPredictionTest.history(), 4, 6, 0.5, 0.9);
        assertEquals(6, f.horizon());
        assertEquals(0.5, f.levels()[0]);
        assertTrue(f.lower(0.9)[5] < f.lower(0.5)[5] && f.upper(0.5)[5] < f.upper(0.9)[5]);
        assertThrows(IllegalArgumentException.class, () -> GrowthMethod.of("sigmoid"));
        assertThrows(InsufficientDataException.class, () -> g.forecast(new double[] {1, 2, 3}, 4, 2));
        assertEquals(5, g.fit(GrowthPredictionTest.history(), 4).paths(5).horizon());
        Forecast compact = g.withError(ErrorModel.ADDITIVE).withSolver(Solver.COMPACT)
                .forecast(GrowthPredictionTest.history(), 4, 6, 0.5, 0.9);
        assertEquals(f.mean()[5], compact.mean()[5], 1e-6 * f.mean()[5], "either solver, the same forecast");
    }

    @Test
    void autoPrefersTheTrueCurve() {
        double[] y = GrowthPredictionTest.history();
        GrowthSelection sel = GrowthFitter.auto(ErrorModel.MULTIPLICATIVE, GrowthMethod.times(0, y.length), y);
        assertEquals("logistic", sel.best().curve().name(), sel.ranked().toString());
        assertEquals(0, sel.deltaAicc(sel.best()));
    }
}
