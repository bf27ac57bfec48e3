package io.marketcast.forecast.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every metric against values worked out by hand (the arithmetic is in the comments). */
class MetricsTest {

    private static final double[] TRAIN = {10, 12, 11, 14, 13, 15};
    private static final double[] ACTUAL = {16, 18, 20};
    private static final double[] FORECAST = {15, 19, 16};

    @Test
    void mape() {
        // 100 * (1/16 + 1/18 + 4/20) / 3 = 100 * (0.0625 + 0.0555... + 0.2) / 3
        assertEquals(100 * (0.0625 + 1 / 18.0 + 0.2) / 3, Metrics.mape(ACTUAL, FORECAST), 1e-12);
        assertEquals(10.601851851851851, Metrics.mape(ACTUAL, FORECAST), 1e-12);
        assertTrue(Double.isNaN(Metrics.mape(new double[] {0, 1}, new double[] {1, 1})));
    }

    @Test
    void smape() {
        // 200 * (1/31 + 1/37 + 4/36) / 3 = 200 * (0.0322581 + 0.0270270 + 0.1111111) / 3
        assertEquals(200 * (1 / 31.0 + 1 / 37.0 + 4 / 36.0) / 3, Metrics.smape(ACTUAL, FORECAST), 1e-12);
        assertEquals(11.359747, Metrics.smape(ACTUAL, FORECAST), 1e-6);
        // a negative forecast of a positive actual scores the maximum, 200
        assertEquals(200, Metrics.smape(new double[] {5}, new double[] {-1}), 1e-12);
        assertEquals(0, Metrics.smape(new double[] {0}, new double[] {0}), 0);
    }

    @Test
    void maseScaledByTheInSampleSeasonalNaiveError() {
        // m = 1: |2| |1| |3| |1| |2| -> scale 9/5 = 1.8; MAE = (1 + 1 + 4) / 3 = 2 -> 2 / 1.8
        assertEquals(1.8, Metrics.maseScale(TRAIN, 1), 1e-12);
        assertEquals(2 / 1.8, Metrics.mase(TRAIN, 1, ACTUAL, FORECAST), 1e-12);
        // m = 2: |11-10| |14-12| |13-11| |15-14| -> 6/4 = 1.5
        assertEquals(2 / 1.5, Metrics.mase(TRAIN, 2, ACTUAL, FORECAST), 1e-12);
        assertTrue(Double.isNaN(Metrics.mase(new double[] {3, 3, 3}, 1, ACTUAL, FORECAST)), "constant training");
        assertTrue(Double.isNaN(Metrics.maseScale(new double[] {1, 2}, 4)), "too short for m");
    }

    @Test
    void rmsse() {
        // m = 1: squared changes 4 1 9 1 4 -> 19/5 = 3.8; MSE = (1 + 1 + 16) / 3 = 6 -> sqrt(6 / 3.8)
        assertEquals(Math.sqrt(6 / 3.8), Metrics.rmsse(TRAIN, 1, ACTUAL, FORECAST), 1e-12);
    }

    @Test
    void coverageCountsBoundsAsInside() {
        double[] lo = {15, 17, 21};
        double[] hi = {16, 19, 25};
        // 16 in [15,16] yes; 18 in [17,19] yes; 20 in [21,25] no
        assertEquals(2 / 3.0, Metrics.coverage(ACTUAL, lo, hi), 1e-12);
    }

    @Test
    void msisPenalisesMissesByTwoOverAlpha() {
        double[] lo = {15, 17, 21};
        double[] hi = {16, 19, 25};
        // widths 1 + 2 + 4 = 7; miss below by 1 at 95%: 2/0.05 * 1 = 40 -> (47 / 3) / 1.8
        assertEquals(47 / 3.0 / 1.8, Metrics.msis(TRAIN, 1, ACTUAL, lo, hi, 0.95), 1e-12);
        // at 80%: 2/0.2 * 1 = 10 -> (17 / 3) / 1.8
        assertEquals(17 / 3.0 / 1.8, Metrics.msis(TRAIN, 1, ACTUAL, lo, hi, 0.80), 1e-12);
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.smape(ACTUAL, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.smape(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Metrics.msis(TRAIN, 1, ACTUAL, ACTUAL, ACTUAL, 1.5));
    }
}
