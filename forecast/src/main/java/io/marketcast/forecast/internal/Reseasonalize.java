package io.marketcast.forecast.internal;

import io.marketcast.forecast.Forecast;

/** Multiplies a forecast made on seasonally adjusted data, and its intervals, by the future seasonal indices. */
public final class Reseasonalize {

    private Reseasonalize() {
    }

    /**
     * The forecast with every mean and bound multiplied by {@code indices[h]} (positive, one per step).
     */
    public static Forecast apply(Forecast adjusted, double[] indices) {
        double[] mean = adjusted.mean();
        double[] levels = adjusted.levels();
        double[][] lower = new double[levels.length][];
        double[][] upper = new double[levels.length][];
        for (int k = 0; k < levels.length; k++) {
            lower[k] = adjusted.lower(levels[k]);
            upper[k] = adjusted.upper(levels[k]);
        }
        for (int h = 0; h < mean.length; h++) {
            mean[h] *= indices[h];
            for (int k = 0; k < levels.length; k++) {
                lower[k][h] *= indices[h];
                upper[k][h] *= indices[h];
            }
        }
        return new Forecast(adjusted.method(), mean, levels, lower, upper);
    }
}
