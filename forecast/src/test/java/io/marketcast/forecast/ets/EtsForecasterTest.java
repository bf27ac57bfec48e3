package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.PathModel;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EtsForecasterTest {

    private static double[] quarterly;
    private static double[] yearly;

    @BeforeAll
    static void load() {
        Map<String, double[]> m = M3Fixture.train(Set.of("N0671", "N0350"));
        quarterly = m.get("N0671");
        yearly = m.get("N0350");
    }

    @Test
    void isNamedEtsAndGivesNestedIntervalsThatWidenWithTheHorizon() {
        Forecast f = Ets.auto().forecast(quarterly, 4, 8);
        assertEquals("ets", EtsMethod.auto().name());
        assertEquals(8, f.horizon());
        assertArrayEquals(Forecast.DEFAULT_LEVELS, f.levels());
        for (int h = 0; h < 8; h++) {
            assertTrue(f.lower(0.95)[h] < f.lower(0.80)[h] && f.lower(0.80)[h] < f.mean()[h]);
            assertTrue(f.mean()[h] < f.upper(0.80)[h] && f.upper(0.80)[h] < f.upper(0.95)[h]);
        }
        double w1 = f.upper(0.95)[0] - f.lower(0.95)[0];
        double w8 = f.upper(0.95)[7] - f.lower(0.95)[7];
        assertTrue(w8 > w1, "uncertainty grows: " + w1 + " -> " + w8);
    }

    @Test
    void sameInputSameForecast() {
        Forecast a = Ets.auto().forecast(quarterly, 4, 8, 0.5, 0.9);
        Forecast b = Ets.auto().forecast(quarterly.clone(), 4, 8, 0.5, 0.9);
        assertArrayEquals(a.mean(), b.mean());
        assertArrayEquals(a.upper(0.9), b.upper(0.9));
    }

    /**
     * A forecast from a prefix of a series must not depend on what follows the prefix in the series. The forecast of
     * the prefix is made first; then the whole series, the series with its tail tripled, with its tail poisoned
     * (1e12) and with its tail NaN are handed in whole — so their tails matter (or are refused) — and the prefix
     * copied out of each is handed in: it must give exactly the first forecast. Catches a method that keeps, caches or
     * reads data beyond the history it is handed; the forecasts of the longer arrays show the tails would be visible.
     */
    @Test
    void forecastUsesOnlyTheHistoryItIsGiven() {
        int n = quarterly.length - 4;
        Forecast expected = Ets.auto().forecast(java.util.Arrays.copyOf(quarterly, n), 4, 8, 0.8, 0.95);
        double[] tripled = quarterly.clone();
        double[] poisoned = quarterly.clone();
        double[] nan = quarterly.clone();
        for (int i = n; i < quarterly.length; i++) {
            tripled[i] *= 3;
            poisoned[i] = 1e12;
            nan[i] = Double.NaN;
        }
        for (double[] longer : java.util.List.of(quarterly, tripled, poisoned, nan)) {
            if (longer == nan) {
                assertThrows(IllegalArgumentException.class, () -> Ets.auto().forecast(nan, 4, 8));
            } else {
                double[] whole = Ets.auto().forecast(longer, 4, 8).mean();
                assertTrue(Math.abs(whole[0] - expected.mean()[0]) > 1e-6 * Math.abs(expected.mean()[0]),
                        "handed in, the longer history changes the forecast");
            }
            Forecast fromPrefix = Ets.auto().forecast(java.util.Arrays.copyOf(longer, n), 4, 8, 0.8, 0.95);
            assertArrayEquals(expected.mean(), fromPrefix.mean());
            assertArrayEquals(expected.lower(0.8), fromPrefix.lower(0.8));
            assertArrayEquals(expected.upper(0.95), fromPrefix.upper(0.95));
        }
        EtsFit alone = new Ets(EtsSpec.builder().build()).fit(java.util.Arrays.copyOf(quarterly, n), 4);
        assertEquals(n, alone.n());
        assertArrayEquals(expected.mean(), alone.forecast(8).mean(), "a fresh fit of the prefix alone");
    }

    @Test
    void refusesWhatRRefuses() {
        double[] negative = yearly.clone();
        negative[3] = -1;
        InsufficientDataException e = assertThrows(InsufficientDataException.class,
                () -> Ets.of("MAN").fit(negative, 1));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        assertEquals('A', Ets.auto().fit(negative, 1).model().code().charAt(0), "only additive errors remain");
        assertThrows(InsufficientDataException.class, () -> Ets.of("AAdN").fit(new double[] {1, 2, 3, 4, 5, 6}, 1));
        assertThrows(InsufficientDataException.class, () -> Ets.of("ANA").fit(yearly, 1));
        assertThrows(IllegalArgumentException.class, () -> Ets.of("ANM").fit(quarterly, 4));
        assertThrows(IllegalArgumentException.class,
                () -> Ets.auto().fit(new double[] {1, 2, Double.NaN, 4, 5, 6, 7, 8, 9, 10}, 1));
    }

    @Test
    void shortSeasonalSeriesFallBackToNonSeasonalModels() {
        double[] three = java.util.Arrays.copyOf(quarterly, 4);
        EtsFit fit = Ets.auto().fit(java.util.Arrays.copyOf(quarterly, 12), 4);
        assertTrue(fit.candidates().stream().anyMatch(c -> c.model().hasSeason()),
                "12 quarters: seasonal models are tried (Fourier start)");
        assertThrows(InsufficientDataException.class, () -> Ets.auto().fit(three, 4));
    }

    @Test
    void constantSeriesGivesAFlatForecastWithoutUncertainty() {
        double[] flat = new double[20];
        java.util.Arrays.fill(flat, 42.0);
        Forecast f = Ets.auto().forecast(flat, 4, 5);
        for (int h = 0; h < 5; h++) {
            assertEquals(42.0, f.mean()[h]);
            assertEquals(42.0, f.upper(0.95)[h]);
        }
    }

    @Test
    void autoEtsReportsEveryCandidateAndKeepsTheSmallestAicc() {
        EtsFit fit = Ets.auto().fit(quarterly, 4);
        assertEquals(15, fit.candidates().size());
        double best = fit.candidates().stream().mapToDouble(EtsCandidate::aicc).min().orElseThrow();
        assertEquals(best, fit.aicc());
        assertTrue(fit.evaluations() > 0);
        assertEquals(quarterly.length, fit.residuals().length);
    }

    @Test
    void pathWithZeroInnovationsIsThePointForecastOfALinearModel() {
        EtsFit fit = Ets.of("AAdA").fit(quarterly, 4);
        PathModel pm = fit.pathModel(8);
        double[] out = new double[8];
        pm.path(RandomSource.XO_RO_SHI_RO_128_PP.create(1L), new double[8], out);
        assertArrayEquals(fit.forecast(8).mean(), out, 1e-9);
    }

    @Test
    void simulatedPathsAverageToTheAnalyticMeanOfAMultiplicativeModel() {
        // seed 11, 20000 paths: the Monte Carlo error of the step-8 mean is about 0.3% here; the check allows 1.5%
        EtsFit fit = Ets.of("MAM").fit(quarterly, 4);
        PathModel pm = fit.pathModel(8);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] eps = new double[8];
        double[] out = new double[8];
        double[] sum = new double[8];
        int paths = 20000;
        for (int p = 0; p < paths; p++) {
            for (int i = 0; i < 8; i++) {
                eps[i] = z.sample();
            }
            pm.path(rng, eps, out);
            for (int i = 0; i < 8; i++) {
                sum[i] += out[i];
            }
        }
        double[] mean = fit.forecast(8).mean();
        for (int i = 0; i < 8; i++) {
            assertEquals(mean[i], sum[i] / paths, 0.015 * mean[i], "step " + (i + 1));
        }
    }

    @Test
    void multiplicativeTrendIntervalsAreSimulatedReproducibly() {
        Ets mmn = new Ets(EtsSpec.builder().model("MMN").simulationPaths(2000).build());
        Forecast a = mmn.forecast(yearly, 1, 6);
        Forecast b = mmn.forecast(yearly, 1, 6);
        assertArrayEquals(a.upper(0.95), b.upper(0.95));
        assertTrue(a.upper(0.95)[5] - a.lower(0.95)[5] > a.upper(0.95)[0] - a.lower(0.95)[0]);
        Forecast c = new Ets(mmn.spec().toBuilder().seed(99).build()).forecast(yearly, 1, 6);
        assertTrue(c.upper(0.95)[5] != a.upper(0.95)[5], "the seed is used");
        assertEquals(a.mean()[5], c.mean()[5], "the point forecast does not depend on the seed");
    }
}
