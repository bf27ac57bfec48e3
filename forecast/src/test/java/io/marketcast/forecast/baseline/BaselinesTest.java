package io.marketcast.forecast.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.marketcast.forecast.Forecast;
import org.junit.jupiter.api.Test;

/** Hand-computed forecasts and intervals of the simple baselines. */
class BaselinesTest {

    private static final double Z95 = 1.959963984540054;
    private static final double Z80 = 1.2815515655446004;

    @Test
    void naiveRepeatsTheLastValueWithRandomWalkIntervals() {
        // changes 1 and 2: sigma^2 = (1 + 4) / 2 = 2.5
        Forecast f = new Naive().forecast(new double[] {1, 2, 4}, 1, 3);
        assertArrayEquals(new double[] {4, 4, 4}, f.mean(), 0);
        assertEquals(4 + Z95 * Math.sqrt(2.5), f.upper(0.95)[0], 1e-12);
        assertEquals(4 - Z80 * Math.sqrt(2.5 * 3), f.lower(0.80)[2], 1e-12);
    }

    @Test
    void seasonalNaiveRepeatsTheLastCycle() {
        // seasonal differences all 4: sigma = 4; k = floor((h-1)/4)
        Forecast f = new SeasonalNaive().forecast(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 4, 6);
        assertArrayEquals(new double[] {5, 6, 7, 8, 5, 6}, f.mean(), 0);
        assertEquals(5 + Z95 * 4, f.upper(0.95)[0], 1e-12);
        assertEquals(5 + Z95 * 4 * Math.sqrt(2), f.upper(0.95)[4], 1e-12);
    }

    @Test
    void driftExtendsTheLineThroughFirstAndLast() {
        // y = 1, 2, 5, 7: drift = 2; changes minus drift: -1, 1, 0; sd = sqrt(2 / 2) = 1
        Forecast f = new Drift().forecast(new double[] {1, 2, 5, 7}, 1, 2);
        assertArrayEquals(new double[] {9, 11}, f.mean(), 1e-12);
        assertEquals(9 + Z95 * Math.sqrt(1 * (1 + 1 / 3.0)), f.upper(0.95)[0], 1e-12);
        assertEquals(11 - Z95 * Math.sqrt(2 * (1 + 2 / 3.0)), f.lower(0.95)[1], 1e-12);
    }

    @Test
    void sesWithAFixedAlphaUsesTheLeastSquaresInitialLevel() {
        // alpha = 0.5 on 1, 2, 3: errors 1 - l0, 1.5 - l0/2, 1.75 - l0/4 -> l0 = 2.1875 / 1.3125 = 5/3;
        // levels 4/3, 5/3, 7/3
        SesFit fit = SesFit.fit(new double[] {1, 2, 3}, 0.5, 0.5);
        assertEquals(5 / 3.0, fit.level0(), 1e-12);
        assertEquals(7 / 3.0, fit.level(), 1e-12);
        double sse = Math.pow(1 - 5 / 3.0, 2) + Math.pow(1.5 - 5 / 6.0, 2) + Math.pow(1.75 - 5 / 12.0, 2);
        assertEquals(sse, fit.sse(), 1e-12);
        Forecast f = new Ses().withAlpha(0.5).forecast(new double[] {1, 2, 3}, 1, 2);
        assertArrayEquals(new double[] {7 / 3.0, 7 / 3.0}, f.mean(), 1e-12);
    }

    @Test
    void optimisedSesIsAtLeastAsGoodAsAnyPointOfAFineGrid() {
        double[] y = {12, 15, 11, 18, 20, 17, 22, 25, 21, 27, 24, 30, 26, 31};
        SesFit fit = SesFit.fit(y, 1e-4, 0.9999);
        double best = Double.POSITIVE_INFINITY;
        for (double a = 0.001; a < 1; a += 0.001) {
            for (double l0 = 5; l0 <= 25; l0 += 0.01) {
                double l = l0;
                double s = 0;
                for (double v : y) {
                    s += (v - l) * (v - l);
                    l += a * (v - l);
                }
                best = Math.min(best, s);
            }
        }
        assertEquals(true, fit.sse() <= best + 1e-9, fit.sse() + " vs grid " + best);
    }

    @Test
    void naive2OnAPurelySeasonalSeriesForecastsTheSeasonalPattern() {
        double[] s = {0.8, 1.1, 0.9, 1.2};
        double[] y = new double[24];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * s[t % 4];
        }
        Forecast f = new Naive2().forecast(y, 4, 5);
        assertArrayEquals(new double[] {80, 110, 90, 120, 80}, f.mean(), 1e-9);
        // the adjusted series is constant: zero-width intervals
        assertArrayEquals(f.mean(), f.upper(0.95), 1e-9);
    }

    @Test
    void naive2IsNaiveWhenTheSeriesIsNotSeasonal() {
        double[] y = {5, 7, 6, 8, 9, 11, 10, 12, 13, 12, 14, 15, 17};
        assertArrayEquals(new Naive().forecast(y, 4, 4).mean(), new Naive2().forecast(y, 4, 4).mean(), 0);
        assertArrayEquals(new Naive().forecast(y, 4, 4).upper(0.8), new Naive2().forecast(y, 4, 4).upper(0.8), 0);
    }
}
