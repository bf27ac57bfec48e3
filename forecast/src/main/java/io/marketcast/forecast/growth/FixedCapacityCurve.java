package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A curve with its capacity held at a given level and the other parameters free: what a scenario means by "assume
 * the market saturates at K". Parameters are the base curve's without the capacity, in the same order.
 */
public final class FixedCapacityCurve implements GrowthCurve {

    private final GrowthCurve base;
    private final int index;
    private final double capacity;

    /**
     * @throws IllegalArgumentException when the base curve has no capacity or the capacity is not positive
     */
    public FixedCapacityCurve(GrowthCurve base, double capacity) {
        if (base.capacityIndex() < 0) {
            throw new IllegalArgumentException(base.name() + " has no capacity to fix");
        }
        if (!(capacity > 0) || !Double.isFinite(capacity)) {
            throw new IllegalArgumentException("capacity must be positive and finite, was " + capacity);
        }
        this.base = base;
        this.index = base.capacityIndex();
        this.capacity = capacity;
    }

    public GrowthCurve base() {
        return base;
    }

    public double capacity() {
        return capacity;
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public String formula() {
        return base.formula() + String.format(Locale.ROOT, " with %s = %.6g fixed", base.parameterNames().get(index),
                capacity);
    }

    @Override
    public List<String> parameterNames() {
        return without(base.parameterNames());
    }

    @Override
    public List<String> parameterMeanings() {
        return without(base.parameterMeanings());
    }

    private <T> List<T> without(List<T> all) {
        List<T> out = new ArrayList<>(all);
        out.remove(index);
        return List.copyOf(out);
    }

    /** The base curve's parameter vector: {@code p} with the capacity put back at its index. */
    double[] expand(double[] p) {
        double[] full = new double[p.length + 1];
        for (int i = 0, j = 0; i < full.length; i++) {
            full[i] = i == index ? capacity : p[j++];
        }
        return full;
    }

    private double[] reduce(double[] full) {
        double[] p = new double[full.length - 1];
        for (int i = 0, j = 0; i < full.length; i++) {
            if (i != index) {
                p[j++] = full[i];
            }
        }
        return p;
    }

    @Override
    public double value(double t, double[] p) {
        return base.value(t, expand(p));
    }

    @Override
    public double gradient(double t, double[] p, double[] grad) {
        double[] full = new double[p.length + 1];
        double v = base.gradient(t, expand(p), full);
        for (int i = 0, j = 0; i < full.length; i++) {
            if (i != index) {
                grad[j++] = full[i];
            }
        }
        return v;
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        List<double[]> out = new ArrayList<>();
        for (double[] c : base.startCandidates(t, y)) {
            out.add(reduce(c));
        }
        return out;
    }

    @Override
    public List<String> violations(double[] p) {
        return base.violations(expand(p));
    }
}
