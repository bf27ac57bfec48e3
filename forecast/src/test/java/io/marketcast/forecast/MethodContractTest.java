package io.marketcast.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Method} keeps; one subclass per implementation supplies the method and the length of
 * the shortest history it accepts.
 */
public abstract class MethodContractTest {

    /** Sample paths drawn to compare the paths' quantiles with the intervals. */
    static final int PATHS = 20_000;

    /** The method under test. */
    protected abstract Method method();

    /**
     * How far the share of sample paths below an interval bound may be from the bound's nominal tail probability.
     * The default, 0.012, is more than 5 standard errors of a tail share of 0.10 over {@value #PATHS} paths
     * (sd 0.0021), so a correct method fails with probability below 1e-6 per comparison, while an interval 10% too
     * narrow or wide (tail 0.08 or 0.12 at the 80% level) fails. Methods whose intervals are an approximation of
     * their model (multiplicative-error ETS) state their own.
     */
    protected double pathTolerance() {
        return 0.012;
    }

    /** The fewest observations it needs with frequency 4. */
    protected abstract int minLength();

    /** A positive quarterly series with trend, seasonality and noise (deterministic). */
    public static double[] quarterly(int n) {
        double[] y = new double[n];
        double[] season = {0.9, 1.05, 0.95, 1.1};
        for (int t = 0; t < n; t++) {
            y[t] = (100 + 3 * t) * season[t % 4] * (1 + 0.03 * Math.sin(7.3 * t));
        }
        return y;
    }

    @Test
    void forecastsTheHorizonWithFiniteNestedIntervalsAtDefaultLevels() {
        Forecast f = method().forecast(quarterly(28), 4, 6);
        assertEquals(6, f.horizon());
        assertArrayEquals(Forecast.DEFAULT_LEVELS, f.levels());
        double[] lo80 = f.lower(0.80);
        double[] hi80 = f.upper(0.80);
        double[] lo95 = f.lower(0.95);
        double[] hi95 = f.upper(0.95);
        double[] mean = f.mean();
        for (int h = 0; h < 6; h++) {
            assertTrue(Double.isFinite(mean[h]), "finite mean at step " + (h + 1));
            assertTrue(lo95[h] <= lo80[h] && lo80[h] <= hi80[h] && hi80[h] <= hi95[h],
                    "95% interval contains the 80% interval at step " + (h + 1));
            assertTrue(lo80[h] <= mean[h] && mean[h] <= hi80[h], "interval contains the point at step " + (h + 1));
        }
        assertEquals(method().name(), f.method());
    }

    @Test
    void honoursRequestedLevels() {
        Forecast f = method().forecast(quarterly(28), 4, 3, 0.5, 0.9);
        assertArrayEquals(new double[] {0.5, 0.9}, f.levels());
        assertTrue(f.upper(0.9)[2] - f.lower(0.9)[2] >= f.upper(0.5)[2] - f.lower(0.5)[2]);
    }

    @Test
    void isDeterministicAndLeavesTheHistoryAlone() {
        double[] y = quarterly(30);
        double[] copy = y.clone();
        Forecast a = method().forecast(y, 4, 5);
        Forecast b = method().forecast(y, 4, 5);
        assertArrayEquals(copy, y, "history unchanged");
        assertArrayEquals(a.mean(), b.mean(), 0.0);
        assertArrayEquals(a.upper(0.95), b.upper(0.95), 0.0);
    }

    /** Whether the method can fit a constant history (a growth curve cannot: it refuses, saying why). */
    protected boolean fitsAConstantHistory() {
        return true;
    }

    @Test
    void aConstantHistoryIsForecastConstantWithFiniteIntervals() {
        double[] y = new double[24];
        java.util.Arrays.fill(y, 50);
        if (!fitsAConstantHistory()) {
            InsufficientDataException e = assertThrows(InsufficientDataException.class,
                    () -> method().forecast(y, 4, 5));
            assertTrue(e.getMessage().contains(method().name()), e.getMessage());
            return;
        }
        Forecast f = method().forecast(y, 4, 5);
        for (int h = 0; h < 5; h++) {
            assertEquals(50, f.mean()[h], 1e-9, "step " + (h + 1));
            assertTrue(Double.isFinite(f.lower(0.95)[h]) && Double.isFinite(f.upper(0.95)[h]));
        }
    }

    @Test
    void rejectsBadArguments() {
        double[] y = quarterly(30);
        assertThrows(IllegalArgumentException.class, () -> method().forecast(y, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> method().forecast(y, 4, -3));
        assertThrows(IllegalArgumentException.class, () -> method().forecast(y, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> method().fit(y, -1));
        assertThrows(IllegalArgumentException.class, () -> method().fit(y, 4).paths(0));
        assertThrows(IllegalArgumentException.class, () -> method().fit(y, 4).forecast(3, 0.95, 0.8));
        double[] withNan = y.clone();
        withNan[5] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> method().forecast(withNan, 4, 3));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }

    @Test
    void tooShortAHistoryIsInsufficientDataWithAReadableMessage() {
        double[] y = java.util.Arrays.copyOf(quarterly(30), minLength() - 1);
        InsufficientDataException e = assertThrows(InsufficientDataException.class,
                () -> method().forecast(y, 4, 3));
        assertFalse(e.getMessage().isBlank());
        assertEquals(3, method().forecast(java.util.Arrays.copyOf(quarterly(30), minLength()), 4, 3).horizon());
    }

    @Test
    void theFitReportsItselfOnePerObservation() {
        double[] y = quarterly(28);
        Fitted f = method().fit(y, 4);
        assertEquals(method().name(), f.method());
        assertEquals(28, f.n());
        assertEquals(4, f.period());
        double[] fitted = f.fitted();
        double[] residuals = f.residuals();
        assertEquals(28, fitted.length);
        assertEquals(28, residuals.length);
        int finite = 0;
        for (int t = 0; t < 28; t++) {
            if (Double.isFinite(fitted[t])) {
                finite++;
                assertTrue(Double.isFinite(residuals[t]), "a residual where there is a fitted value, t = " + t);
            }
        }
        assertTrue(finite >= 20 || method().name().startsWith("fixed-growth"), "fitted values: " + finite);
        assertFalse(f.summary().isBlank());
        List<Parameter> ps = f.parameters();
        assertFalse(ps.isEmpty());
        for (Parameter p : ps) {
            assertTrue(Double.isFinite(p.estimate()), p.name());
        }
        // fitted values are copies: changing them changes nothing
        fitted[5] = -12345.5;
        assertTrue(f.fitted()[5] != -12345.5, "fitted() hands out a copy");
    }

    /**
     * Sample paths and intervals are one model: over {@value #PATHS} paths driven by standard-normal innovations,
     * the share of paths below each 80% and 95% bound is the nominal tail probability within
     * {@link #pathTolerance()}, at every step.
     */
    @Test
    void samplePathsHaveTheQuantilesOfTheIntervals() {
        double[] y = quarterly(28);
        int h = 6;
        Fitted f = method().fit(y, 4);
        Forecast fc = f.forecast(h, 0.80, 0.95);
        PathModel pm = f.paths(h);
        assertEquals(h, pm.horizon());
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20261202L);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] eps = new double[h];
        double[] out = new double[h];
        int[][] below = new int[4][h];
        for (int p = 0; p < PATHS; p++) {
            for (int k = 0; k < h; k++) {
                eps[k] = normal.sample();
            }
            pm.path(rng, eps, out);
            for (int k = 0; k < h; k++) {
                assertTrue(Double.isFinite(out[k]), "finite path value");
                below[0][k] += out[k] < fc.lower(0.95)[k] ? 1 : 0;
                below[1][k] += out[k] < fc.lower(0.80)[k] ? 1 : 0;
                below[2][k] += out[k] > fc.upper(0.80)[k] ? 1 : 0;
                below[3][k] += out[k] > fc.upper(0.95)[k] ? 1 : 0;
            }
        }
        double[] nominal = {0.025, 0.10, 0.10, 0.025};
        String[] what = {"below the 95% lower bound", "below the 80% lower bound", "above the 80% upper bound",
            "above the 95% upper bound"};
        for (int b = 0; b < 4; b++) {
            for (int k = 0; k < h; k++) {
                double share = (double) below[b][k] / PATHS;
                assertEquals(nominal[b], share, pathTolerance(), method().name() + ": share of paths " + what[b]
                        + " at step " + (k + 1));
            }
        }
    }
}
