package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.List;

/**
 * Simulated distribution of one series, quarter by quarter.
 *
 * @param id            series id
 * @param quarters      reported quarters, consecutive
 * @param mean          mean of the paths per quarter (exact)
 * @param probabilities the probabilities of {@code quantiles}' rows ({@link Simulation#PROBABILITIES})
 * @param quantiles     {@code quantiles[p][k]}: value at probability {@code probabilities[p]} in quarter {@code k},
 *                      within a relative 2^-11 of the sample quantile ({@link io.marketcast.forecast.internal.QuantileSketch})
 */
public record SeriesQuantiles(String id, List<Quarter> quarters, double[] mean, double[] probabilities,
        double[][] quantiles) {

    public SeriesQuantiles {
        quarters = List.copyOf(quarters);
        mean = mean.clone();
        probabilities = probabilities.clone();
        double[][] q = new double[quantiles.length][];
        for (int i = 0; i < q.length; i++) {
            q[i] = quantiles[i].clone();
        }
        quantiles = q;
    }

    /** Mean per quarter (a copy). */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** The reported probabilities (a copy). */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** {@code quantiles[p][k]} (a copy). */
    @Override
    public double[][] quantiles() {
        double[][] q = new double[quantiles.length][];
        for (int i = 0; i < q.length; i++) {
            q[i] = quantiles[i].clone();
        }
        return q;
    }

    /**
     * Index of {@code q} in {@link #quarters()}.
     *
     * @throws IllegalArgumentException naming the simulated range when {@code q} is outside it
     */
    public int indexOf(Quarter q) {
        int i = quarters.indexOf(q);
        if (i < 0) {
            throw new IllegalArgumentException(id + " has no simulated value for " + q + " (simulated "
                    + quarters.get(0) + ".." + quarters.get(quarters.size() - 1) + ")");
        }
        return i;
    }

    /** The value at probability {@code p} (one of {@link #probabilities()}) in quarter {@code q}. */
    public double quantile(double p, Quarter q) {
        for (int i = 0; i < probabilities.length; i++) {
            if (Math.abs(probabilities[i] - p) < 1e-12) {
                return quantiles[i][indexOf(q)];
            }
        }
        throw new IllegalArgumentException("probability " + p + " is not reported");
    }

    public double median(Quarter q) {
        return quantile(0.5, q);
    }

    public double mean(Quarter q) {
        return mean[indexOf(q)];
    }
}
