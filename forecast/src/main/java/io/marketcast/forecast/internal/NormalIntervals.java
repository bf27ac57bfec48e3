package io.marketcast.forecast.internal;

import io.marketcast.forecast.Forecast;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Symmetric normal prediction intervals: {@code mean ± z_{(1+level)/2} · se} per step.
 */
public final class NormalIntervals {

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private NormalIntervals() {
    }

    /** The standard normal quantile {@code z} with {@code P(Z <= z) = p}. */
    public static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }

    /**
     * A forecast with intervals {@code mean[h] ± z · se[h]} at each level.
     *
     * @param se standard error of the forecast per step; finite and non-negative
     */
    public static Forecast of(String method, double[] mean, double[] se, double[] levels) {
        double[][] lower = new double[levels.length][mean.length];
        double[][] upper = new double[levels.length][mean.length];
        for (int k = 0; k < levels.length; k++) {
            double z = quantile(0.5 + levels[k] / 2);
            for (int h = 0; h < mean.length; h++) {
                lower[k][h] = mean[h] - z * se[h];
                upper[k][h] = mean[h] + z * se[h];
            }
        }
        return new Forecast(method, mean, levels, lower, upper);
    }
}
