package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/** {@code a·exp(b·t)}: level a at t = 0 (positive), continuous growth rate b per unit of t. */
final class ExponentialCurve implements GrowthCurve {

    @Override
    public String name() {
        return "exponential";
    }

    @Override
    public String formula() {
        return "a·exp(b·t)";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("a", "b");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("level at t = 0 (> 0)", "continuous growth rate per unit of t");
    }

    @Override
    public double value(double t, double[] p) {
        return p[0] * Math.exp(p[1] * t);
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        double e = Math.exp(p[1] * t);
        g[0] = e;
        g[1] = p[0] * t * e;
        return p[0] * e;
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        List<double[]> out = new ArrayList<>();
        double[] z = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            z[i] = y[i] > 0 ? Math.log(y[i]) : Double.NaN;
        }
        double[] ab = Starts.line(t, z);
        if (ab != null) {
            out.add(new double[] {Math.exp(ab[0]), ab[1]});
        }
        return out;
    }

    @Override
    public List<String> violations(double[] p) {
        return p[0] > 0 ? List.of() : List.of("level a must be positive, was " + p[0]);
    }
}
