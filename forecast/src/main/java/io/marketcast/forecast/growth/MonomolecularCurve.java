package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code K·(1 - exp(-r·t))}: capacity K (> 0), rate r (> 0). Starts at 0 at t = 0 and rises ever more slowly;
 * no inflection (NIST StRD Misra1a has this form).
 */
final class MonomolecularCurve implements GrowthCurve {

    @Override
    public String name() {
        return "monomolecular";
    }

    @Override
    public String formula() {
        return "K·(1 - exp(-r·t))";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("K", "r");
    }

    @Override
    public List<String> parameterMeanings() {
        return List.of("capacity: the level approached as t grows", "rate at which the gap to K closes, per unit of t");
    }

    @Override
    public double value(double t, double[] p) {
        return -p[0] * Math.expm1(-p[1] * t);
    }

    @Override
    public double gradient(double t, double[] p, double[] g) {
        double gap = -Math.expm1(-p[1] * t);
        g[0] = gap;
        g[1] = p[0] * t * Math.exp(-p[1] * t);
        return p[0] * gap;
    }

    @Override
    public List<double[]> startCandidates(double[] t, double[] y) {
        List<double[]> out = new ArrayList<>();
        double ymax = Starts.max(y);
        if (!(ymax > 0)) {
            return out;
        }
        for (double m : Starts.CAPACITY_MULTIPLES) {
            double k = m * ymax;
            double stz = 0;
            double stt = 0;
            for (int i = 0; i < t.length; i++) {
                if (y[i] > 0 && y[i] < k && t[i] > 0) {
                    stz += t[i] * -Math.log1p(-y[i] / k);
                    stt += t[i] * t[i];
                }
            }
            if (stt > 0 && stz > 0) {
                out.add(new double[] {k, stz / stt});
            }
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
        return v;
    }

    @Override
    public int capacityIndex() {
        return 0;
    }
}
