package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code K·exp(-exp(-r·(t - t0)))}: capacity K (> 0), growth rate r (> 0), inflection point t0 (the t at which the
 * curve is at K/e and grows fastest). Asymmetric: slower approach to K than the logistic.
 */
final class GompertzCurve implements GrowthCurve {

    @Override
    public String name() {
        return "gompertz";
    }

    @Override
    public String formula() {
        return "K·exp(-exp(-r·(t - t0)))";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("K", "r", "t0");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("capacity: the level approached as t grows", "growth rate per unit of t",
                "inflection: t at which the curve is at K/e");
    }

    @Override
    public double value(double t, double[] p) {
        return p[0] * Math.exp(-Math.exp(-p[1] * (t - p[2])));
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        double lv = -p[1] * (t - p[2]);
        double v = Math.exp(lv);
        double gv = Math.exp(lv - v); // exp(-v)·v, finite when v overflows
        double e = Math.exp(-v);
        g[0] = e;
        g[1] = p[0] * gv * (t - p[2]);
        g[2] = -p[0] * gv * p[1];
        return p[0] * e;
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        return new ArrayList<>(Starts.sigmoid(t, y, s -> -Math.log(-Math.log(s))));
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
