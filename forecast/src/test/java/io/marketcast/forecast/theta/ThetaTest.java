package io.marketcast.forecast.theta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.baseline.SesFit;
import org.junit.jupiter.api.Test;

class ThetaTest {

    private static final double[] TRENDING = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126,
        141, 135, 125, 149, 170, 170};

    @Test
    void isSesPlusHalfTheTrendSlopeAsHyndmanAndBillahShow() {
        // Non-seasonal (frequency 1): forecast = SES level + b/2 * ((h-1) + (1 - (1-alpha)^n) / alpha)
        ThetaFit fit = new Theta().fit(TRENDING, 1);
        SesFit ses = SesFit.fit(TRENDING, 1e-4, 0.9999);
        double n = TRENDING.length;
        double tm = (n - 1) / 2;
        double ym = java.util.Arrays.stream(TRENDING).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - tm) * (TRENDING[t] - ym);
            sxx += (t - tm) * (t - tm);
        }
        double b = sxy / sxx;
        assertEquals(b, fit.slope(), 1e-12);
        Forecast f = new Theta().forecast(TRENDING, 1, 3);
        double a = ses.alpha();
        for (int h = 1; h <= 3; h++) {
            double expected = ses.level() + b / 2 * ((h - 1) + (1 - Math.pow(1 - a, n)) / a);
            assertEquals(expected, f.mean()[h - 1], 1e-9, "step " + h);
        }
        assertFalse(fit.seasonal());
    }

    @Test
    void deseasonalisesSeasonalDataAndScalesPointsAndIntervalsBack() {
        double[] s = {0.8, 1.1, 0.9, 1.2};
        double[] y = new double[32];
        for (int t = 0; t < y.length; t++) {
            y[t] = (200 + 2 * t) * s[t % 4];
        }
        ThetaFit fit = new Theta().fit(y, 4);
        assertTrue(fit.seasonal());
        Forecast f = new Theta().forecast(y, 4, 4);
        double[] idx = fit.futureIndices(4);
        double[] adjusted = fit.adjustedMean(4);
        double[] se = fit.se(4);
        for (int h = 0; h < 4; h++) {
            assertEquals(adjusted[h] * idx[h], f.mean()[h], 1e-9);
            assertEquals((adjusted[h] + 1.959963984540054 * se[h]) * idx[h], f.upper(0.95)[h], 1e-6);
        }
        // the seasonal pattern shows in the forecast: step 4 (index 1.2) above step 3 (index 0.9)
        assertTrue(f.mean()[3] > f.mean()[2] * 1.2);
    }

    @Test
    void aStraightLineIsForecastWithHalfItsSlopePlusTheSesCatchUp() {
        double[] y = new double[20];
        for (int t = 0; t < y.length; t++) {
            y[t] = 50 + 4 * t;
        }
        double[] f = new Theta().forecast(y, 1, 3).mean();
        // consecutive steps differ by b/2 = 2, whatever alpha is
        assertArrayEquals(new double[] {2, 2}, new double[] {f[1] - f[0], f[2] - f[1]}, 1e-9);
    }
}
