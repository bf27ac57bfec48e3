package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code K / (1 + exp(-r·(t - t0)))}: capacity K (> 0), growth rate r (> 0) per unit of t, midpoint t0 (the t at
 * which the curve reaches K/2). Evaluated without overflow for any sign of {@code r·(t - t0)}.
 */
final class LogisticCurve implements GrowthCurve {

    @Override
    public String name() {
        return "logistic";
    }

    @Override
    public String formula() {
        return "K / (1 + exp(-r·(t - t0)))";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("K", "r", "t0");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("capacity: the level approached as t grows", "growth rate per unit of t",
                "midpoint: t at which the curve is at K/2");
    }

    @Override
    public double value(double t, double[] p) {
        return p[0] * share(-p[1] * (t - p[2]));
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        double u = -p[1] * (t - p[2]);
        double s = share(u);
        double c = share(-u);
        g[0] = s;
        g[1] = p[0] * (t - p[2]) * s * c;
        g[2] = -p[0] * p[1] * s * c;
        return p[0] * s;
    }

    /** {@code 1 / (1 + exp(u))} without overflow. */
    static double share(double u) {
        if (u <= 0) {
            return 1 / (1 + Math.exp(u));
        }
        double e = Math.exp(-u);
        return e / (1 + e);
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        return new ArrayList<>(Starts.sigmoid(t, y, s -> Math.log(s / (1 - s))));
    }

    @Override
    public List<String> violations(double[] p) {
        List<String> v = new ArrayList<>();
        if (!(p[0] > 0)) {
            v.add("capacity K must be positive, was " + p[0]);
        }
        if (!(p[1] > 0)) {
            v.add("rate r must be positive, was " + p[1]);
        }
        return v;
    }

    @Override
    public int capacityIndex() {
        return 0;
    }
}
