package io.marketcast.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeasonalityTest {

    @Test
    void autocorrelationsByHand() {
        // y = 1, 2, 3, 4: mean 2.5, deviations -1.5 -0.5 0.5 1.5, c0 = 5
        // lag 1: (0.75 - 0.25 + 0.75) / 5 = 0.25; lag 2: (-0.75 - 0.75) / 5 = -0.3
        assertArrayEquals(new double[] {0.25, -0.3}, Seasonality.acf(new double[] {1, 2, 3, 4}, 2), 1e-12);
        assertArrayEquals(new double[] {0, 0}, Seasonality.acf(new double[] {3, 3, 3}, 2), 0);
    }

    @Test
    void theNinetyPercentTestFindsSeasonalityOnlyWhereThereIsSome() {
        double[] seasonal = new double[24];
        double[] trend = new double[24];
        for (int t = 0; t < 24; t++) {
            seasonal[t] = 100 + (t % 4 == 3 ? 30 : 0) + 0.5 * t;
            trend[t] = 100 + 2 * t;
        }
        assertTrue(Seasonality.isSeasonal(seasonal, 4, 0.90));
        assertFalse(Seasonality.isSeasonal(trend, 4, 0.90));
        assertFalse(Seasonality.isSeasonal(seasonal, 1, 0.90), "frequency 1 is never seasonal");
        assertFalse(Seasonality.isSeasonal(java.util.Arrays.copyOf(seasonal, 11), 4, 0.90), "needs 3 cycles");
    }

    @Test
    void theLimitIsBartlettsAtTheConfidence() {
        // A series whose r_4 sits just above and just below 1.645 * sqrt((1 + 2 (r1² + r2² + r3²)) / n)
        double[] y = new double[40];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + (t % 4 == 0 ? 4 : 0) + 3 * Math.sin(1.7 * t * t);
        }
        double[] r = Seasonality.acf(y, 4);
        double limit = 1.6448536269514722 * Math.sqrt((1 + 2 * (r[0] * r[0] + r[1] * r[1] + r[2] * r[2])) / 40);
        assertEquals(Math.abs(r[3]) > limit, Seasonality.isSeasonal(y, 4, 0.90));
        double confidenceAtR4 = 2 * new org.apache.commons.math3.distribution.NormalDistribution()
                .cumulativeProbability(Math.abs(r[3]) / (limit / 1.6448536269514722)) - 1;
        assertTrue(Seasonality.isSeasonal(y, 4, confidenceAtR4 - 1e-6));
        assertFalse(Seasonality.isSeasonal(y, 4, confidenceAtR4 + 1e-6));
    }

    @Test
    void classicalDecompositionRecoversMultiplicativeIndices() {
        double[] s = {0.8, 1.1, 0.9, 1.2};
        double[] y = new double[20];
        for (int t = 0; t < y.length; t++) {
            y[t] = 250 * s[t % 4];
        }
        double[] idx = Seasonality.multiplicativeIndices(y, 4);
        for (int t = 0; t < y.length; t++) {
            assertEquals(s[t % 4], idx[t], 1e-12);
        }
        assertArrayEquals(new double[] {0.8, 1.1, 0.9, 1.2, 0.8}, Seasonality.futureIndices(idx, 4, 5), 1e-12);
    }

    @Test
    void oddPeriodsUseASimpleMovingAverageAndIndicesAverageToOne() {
        double[] y = new double[21];
        for (int t = 0; t < y.length; t++) {
            y[t] = (40 + t) * (t % 3 == 0 ? 1.2 : 0.9);
        }
        double[] idx = Seasonality.multiplicativeIndices(y, 3);
        assertEquals(1.0, (idx[0] + idx[1] + idx[2]) / 3, 1e-12);
        assertTrue(idx[0] > 1.1 && idx[1] < 1 && idx[2] < 1);
    }

    @Test
    void decompositionRefusesNonPositiveValuesAndShortSeries() {
        assertThrows(IllegalArgumentException.class, () -> Seasonality.multiplicativeIndices(new double[] {1, 2, 0,
            4, 5, 6, 7, 8}, 4));
        assertThrows(IllegalArgumentException.class, () -> Seasonality.multiplicativeIndices(new double[] {1, 2, 3},
            4));
    }
}
