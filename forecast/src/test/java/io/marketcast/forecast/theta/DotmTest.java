package io.marketcast.forecast.theta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.baseline.Ses;
import org.junit.jupiter.api.Test;

/**
 * DOTM/OTM against a direct transcription of the state-space equations of Fiorucci et al. (2016), section 3.
 */
class DotmTest {

    private static final double[] Y = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141,
        135, 125, 149, 170, 170, 158, 133, 114, 140};

    /** One-step errors' SSE and the h-step forecasts of the model, straight from the paper's recursions. */
    static double[] paper(double[] y, boolean dynamic, double alpha, double theta, double l0, int horizon) {
        int n = y.length;
        double an;
        double bn;
        double tm = (n + 1) / 2.0;
        double ym = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int t = 1; t <= n; t++) {
            sxy += (t - tm) * (y[t - 1] - ym);
            sxx += (t - tm) * (t - tm);
        }
        bn = sxy / sxx;
        an = ym - bn * tm;
        double level = l0;
        double mean = 0;
        double a = dynamic ? 0 : an;
        double b = dynamic ? 0 : bn;
        double sse = 0;
        for (int t = 1; t <= n; t++) {
            double mu = level + (1 - 1 / theta) * (Math.pow(1 - alpha, t - 1) * a
                    + (1 - Math.pow(1 - alpha, t)) / alpha * b);
            if (!dynamic || t > 1) {
                sse += (y[t - 1] - mu) * (y[t - 1] - mu);
            }
            level = alpha * y[t - 1] + (1 - alpha) * level;
            if (dynamic) {
                double prevMean = mean;
                mean = ((t - 1) * mean + y[t - 1]) / t;
                b = t == 1 ? 0 : ((t - 2) * b + 6 * (y[t - 1] - prevMean) / t) / (t + 1);
                a = mean - b * (t + 1) / 2.0;
            }
        }
        double[] out = new double[horizon + 1];
        out[0] = sse;
        for (int h = 1; h <= horizon; h++) {
            out[h] = level + (1 - 1 / theta) * (Math.pow(1 - alpha, n) * a
                    + ((h - 1) + (1 - Math.pow(1 - alpha, n + 1)) / alpha) * b);
        }
        return out;
    }

    @Test
    void fittedModelReproducesThePapersRecursionsAndForecasts() {
        for (Dotm spec : new Dotm[] {Dotm.dotm(), Dotm.otm()}) {
            DotmFit fit = spec.fit(Y, 1);
            double[] p = paper(Y, spec.dynamic(), fit.alpha(), fit.theta(), fit.level0(), 5);
            assertEquals(p[0], fit.sse(), 1e-6 * p[0], spec.name() + " sse");
            double[] f = spec.forecast(Y, 1, 5).mean();
            for (int h = 1; h <= 5; h++) {
                assertEquals(p[h], f[h - 1], 1e-8 * Math.abs(p[h]), spec.name() + " step " + h);
            }
        }
    }

    @Test
    void leastSquaresFitBeatsEveryPointOfAGrid() {
        for (Dotm spec : new Dotm[] {Dotm.dotm(), Dotm.otm()}) {
            DotmFit fit = spec.fit(Y, 1);
            double best = Double.POSITIVE_INFINITY;
            for (double a = 0.1; a <= 0.99; a += 0.01) {
                for (double th = 1; th <= 6; th += 0.1) {
                    for (double l0 = 80; l0 <= 160; l0 += 0.5) {
                        best = Math.min(best, paper(Y, spec.dynamic(), a, th, l0, 0)[0]);
                    }
                }
            }
            assertTrue(fit.sse() <= best + 1e-6, spec.name() + ": " + fit.sse() + " vs grid " + best);
            assertTrue(fit.alpha() >= 0.1 && fit.alpha() <= 0.99 && fit.theta() >= 1);
        }
    }

    @Test
    void otmWithThetaOneIsSimpleExponentialSmoothing() {
        double[] otm = Dotm.otm().withThetaMax(1).forecast(Y, 1, 4).mean();
        double[] ses = new Ses(0.1, 0.99).forecast(Y, 1, 4).mean();
        assertArrayEquals(ses, otm, 1e-6);
    }

    @Test
    void aStraightLineIsForecastAlongTheLine() {
        double[] y = new double[24];
        for (int t = 0; t < y.length; t++) {
            y[t] = 30 + 2.5 * t;
        }
        for (Dotm spec : new Dotm[] {Dotm.dotm(), Dotm.otm()}) {
            double[] f = spec.forecast(y, 1, 4).mean();
            for (int h = 1; h <= 4; h++) {
                assertEquals(30 + 2.5 * (23 + h), f[h - 1], 0.05, spec.name() + " step " + h);
            }
        }
    }
}
