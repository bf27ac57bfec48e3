package io.marketcast.forecast.growth;

import java.util.List;

/**
 * One growth curve {@code f(t; p)}: its value, analytic gradient, parameters, constraints and data-driven
 * starting values.
 *
 * <p>Implementations are stateless and thread-safe. {@code t} is in the unit of the data (quarters since the
 * start of a series: 1, 2, ...; or the x column of a user's file); values are in the unit of the data.
 * {@link #value} and {@link #gradient} may return non-finite numbers for parameters outside the constraints;
 * callers check {@link #violations} first.
 */
public interface GrowthCurve {

    /** Short name, as used on the command line ({@code logistic}). */
    String name();

    /** The formula in the parametrisation used here, e.g. {@code K / (1 + exp(-r·(t - t0)))}. */
    String formula();

    /** Parameter names in the order of the parameter vector. */
    List<String> parameterNames();

    /** What each parameter means (capacity, rate, midpoint...), in the order of {@link #parameterNames()}. */
    List<String> parameterMeanings();

    default int parameterCount() {
        return parameterNames().size();
    }

    /** {@code f(t; p)}. */
    double value(double t, double[] p);

    /** Writes {@code ∂f/∂p(t; p)} into {@code grad[0..k-1]} and returns {@code f(t; p)}. */
    double gradient(double t, double[] p, double[] grad);

    /**
     * Candidate starting values computed from the data (linearisations over a few trial capacities, least-squares
     * lines...). The fitter starts from the candidate with the smallest cost. Never empty for data with at least
     * two distinct {@code t} and a positive value.
     */
    List<double[]> startCandidates(double[] t, double[] y);

    /** Human-readable violations of the parameter constraints (positive rates, positive capacity); empty if none. */
    List<String> violations(double[] p);

    /** Index of the capacity (saturation level) parameter, or -1 for curves without one. */
    default int capacityIndex() {
        return -1;
    }

    /**
     * The data scale a capacity is compared with: the largest observation for level curves; the total of the
     * observations for per-period curves (Bass), whose capacity is cumulative.
     */
    default double capacityScale(double[] y) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** What {@link #capacityScale} is, in words, for diagnostics. */
    default String capacityScaleLabel() {
        return "the largest observation";
    }
}
