package io.marketcast.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every {@link Forecaster} keeps; one subclass per implementation supplies the method and the length
 * of the shortest history it accepts.
 */
public abstract class ForecasterContractTest {

    /** The method under test. */
    protected abstract Forecaster method();

    /** The fewest observations it needs with frequency 4. */
    protected abstract int minLength();

    /** A positive quarterly series with trend, seasonality and noise (deterministic). */
    protected static double[] quarterly(int n) {
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

    @Test
    void aConstantHistoryIsForecastConstantWithFiniteIntervals() {
        double[] y = new double[24];
        java.util.Arrays.fill(y, 50);
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
        assertThrows(IllegalArgumentException.class, () -> method().forecast(y, 0, 3));
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
}
