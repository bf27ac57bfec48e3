package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/** {@code a + b·t}: intercept a, slope b (change per unit of t). Unconstrained. */
final class LinearCurve implements GrowthCurve {

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public String formula() {
        return "a + b·t";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("a", "b");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("level at t = 0", "slope: change per unit of t");
    }

    @Override
    public double value(double t, double[] p) {
        return p[0] + p[1] * t;
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        g[0] = 1;
        g[1] = t;
        return p[0] + p[1] * t;
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        List<double[]> out = new ArrayList<>();
        double[] ab = Starts.line(t, y);
        if (ab == null) {
            return out;
        }
        out.add(ab);
        // The same slope shifted to stay positive over the data, for the multiplicative model.
        double lowest = Double.POSITIVE_INFINITY;
        double ymin = Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.length; i++) {
            lowest = Math.min(lowest, ab[0] + ab[1] * t[i]);
            ymin = Math.min(ymin, y[i]);
        }
        if (!(lowest > 0) && ymin > 0) {
            out.add(new double[] {ab[0] - lowest + ymin / 2, ab[1]});
        }
        return out;
    }

    @Override
    public List<String> violations(double[] p) {
        return List.of();
    }
}
