package io.marketcast.forecast.internal;

/** Quantiles of samples that are already sorted. */
public final class Quantiles {

    private Quantiles() {
    }

    /**
     * The quantile of {@code sorted} (ascending, not empty) at probability {@code q} in [0, 1], linearly interpolated
     * between order statistics: R's and numpy's default (type 7).
     */
    public static double type7(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        if (i < 0) {
            return sorted[0];
        }
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }
}
