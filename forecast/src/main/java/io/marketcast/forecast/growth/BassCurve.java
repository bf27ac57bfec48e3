package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * Bass (1969) diffusion, per period: {@code F(t) - F(t - 1)} with cumulative adoption
 * {@code F(t) = m·(1 - exp(-(p+q)·t)) / (1 + (q/p)·exp(-(p+q)·t))}. Market potential m (> 0, cumulative over all
 * periods), innovation coefficient p (> 0), imitation coefficient q (≥ 0). A quarterly revenue is one period's
 * adoption; the period is one unit of t.
 */
final class BassCurve implements GrowthCurve {

    @Override
    public String name() {
        return "bass";
    }

    @Override
    public String formula() {
        return "F(t) - F(t-1), F(t) = m·(1 - exp(-(p+q)·t)) / (1 + (q/p)·exp(-(p+q)·t))";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("m", "p", "q");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("market potential: total over all periods", "innovation coefficient",
                "imitation coefficient");
    }

    @Override
    public double value(double t, double[] p) {
        return tail(t - 1, p, null) - tail(t, p, null);
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        double[] g1 = new double[3];
        double f = tail(t - 1, p, g) - tail(t, p, g1);
        for (int j = 0; j < 3; j++) {
            g[j] -= g1[j];
        }
        return f;
    }

    /**
     * The adoption still to come, {@code m - F(t) = m·(1 + c)·e / (1 + c·e)} with {@code c = q/p},
     * {@code e = exp(-(p+q)·t)}; differencing tails instead of cumulatives keeps late periods accurate. When
     * {@code g} is not null, writes {@code ∂/∂(m, p, q)} into it.
     */
    private static double tail(double t, double[] par, double[] g) {
        double m = par[0];
        double p = par[1];
        double q = par[2];
        double c = q / p;
        double e = Math.exp(-(p + q) * t);
        double d = 1 + c * e;
        double h = (1 + c) * e / d;
        if (g != null) {
            double dhdc = e * -Math.expm1(-(p + q) * t) / (d * d);
            double dhde = (1 + c) / (d * d);
            double dedpq = -t * e;
            g[0] = h;
            g[1] = m * (dhdc * (-q / (p * p)) + dhde * dedpq);
            g[2] = m * (dhdc / p + dhde * dedpq);
        }
        return m * h;
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        List<double[]> out = new ArrayList<>();
        double total = capacityScale(y);
        if (!(total > 0)) {
            return out;
        }
        for (double mm : new double[] {1.2, 1.5, 2, 3, 5, 10}) {
            for (double p : new double[] {0.002, 0.01, 0.03}) {
                for (double q : new double[] {0.05, 0.15, 0.4}) {
                    out.add(new double[] {mm * total, p, q});
                }
            }
        }
        return out;
    }

    @Override
    public List<String> violations(double[] p) {
        List<String> v = new ArrayList<>();
        if (!(p[0] > 0)) {
            v.add("market potential m must be positive, was " + p[0]);
        }
        if (!(p[1] > 0)) {
            v.add("innovation coefficient p must be positive, was " + p[1]);
        }
        if (!(p[2] >= 0)) {
            v.add("imitation coefficient q must not be negative, was " + p[2]);
        }
        return v;
    }

    @Override
    public int capacityIndex() {
        return 0;
    }

    @Override
    public String capacityScaleLabel() {
        return "the total of the data";
    }

    @Override
    public double capacityScale(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s;
    }
}
