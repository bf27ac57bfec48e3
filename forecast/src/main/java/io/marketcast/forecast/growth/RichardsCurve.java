package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code K / (1 + exp(-r·(t - t0)))^(1/nu)} (Richards 1959): capacity K (> 0), rate r (> 0), location t0, shape
 * nu (> 0). nu = 1 is the logistic; nu → 0 approaches the Gompertz.
 */
final class RichardsCurve implements GrowthCurve {

    @Override
    public String name() {
        return "richards";
    }

    @Override
    public String formula() {
        return "K / (1 + exp(-r·(t - t0)))^(1/nu)";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("K", "r", "t0", "nu");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("capacity: the level approached as t grows", "growth rate per unit of t",
                "location: t at which the curve is at K/2^(1/nu)", "shape: 1 logistic, towards 0 Gompertz");
    }

    @Override
    public double value(double t, double[] p) {
        return p[0] * Math.exp(-logOnePlusExp(-p[1] * (t - p[2])) / p[3]);
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        double u = -p[1] * (t - p[2]);
        double lnB = logOnePlusExp(u);
        double pw = Math.exp(-lnB / p[3]);
        double c = LogisticCurve.share(-u); // E / (1 + E)
        g[0] = pw;
        g[1] = p[0] * (t - p[2]) * c * pw / p[3];
        g[2] = -p[0] * p[1] * c * pw / p[3];
        g[3] = p[0] * pw * lnB / (p[3] * p[3]);
        return p[0] * pw;
    }

    /** {@code log(1 + exp(u))} without overflow. */
    private static double logOnePlusExp(double u) {
        return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        List<double[]> out = new ArrayList<>();
        for (double[] c : Starts.sigmoid(t, y, s -> Math.log(s / (1 - s)))) {
            out.add(new double[] {c[0], c[1], c[2], 1});
        }
        return out;
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
        if (!(p[3] > 0)) {
            v.add("shape nu must be positive, was " + p[3]);
        }
        return v;
    }

    @Override
    public int capacityIndex() {
        return 0;
    }
}
