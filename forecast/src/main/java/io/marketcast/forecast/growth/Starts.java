package io.marketcast.forecast.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Helpers for data-driven starting values: least-squares lines and trial capacities. */
final class Starts {

    /** Multiples of the largest observation tried as a capacity. */
    static final double[] CAPACITY_MULTIPLES = {1.05, 1.25, 1.5, 2, 3, 5, 10};

    private Starts() {
    }

    /**
     * Least-squares line {@code z = a + b·t} over the points where {@code z} is finite; null when fewer than two
     * such points or all at one {@code t}.
     */
    static double[] line(double[] t, double[] z) {
        int n = 0;
        double st = 0;
        double sz = 0;
        for (int i = 0; i < t.length; i++) {
            if (Double.isFinite(z[i])) {
                n++;
                st += t[i];
                sz += z[i];
            }
        }
        if (n < 2) {
            return null;
        }
        double mt = st / n;
        double mz = sz / n;
        double stt = 0;
        double stz = 0;
        for (int i = 0; i < t.length; i++) {
            if (Double.isFinite(z[i])) {
                stt += (t[i] - mt) * (t[i] - mt);
                stz += (t[i] - mt) * (z[i] - mz);
            }
        }
        if (!(stt > 0)) {
            return null;
        }
        double b = stz / stt;
        return new double[] {mz - b * mt, b};
    }

    static double max(double[] y) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * For sigmoid curves linearised as {@code z(y/K) = r·(t - t0)}: one candidate {@code (K, r, t0)} per trial
     * capacity with a positive slope.
     */
    static List<double[]> sigmoid(double[] t, double[] y, DoubleUnaryOperator linearise) {
        List<double[]> out = new ArrayList<>();
        double ymax = max(y);
        if (!(ymax > 0)) {
            return out;
        }
        double[] z = new double[y.length];
        for (double m : CAPACITY_MULTIPLES) {
            double k = m * ymax;
            for (int i = 0; i < y.length; i++) {
                z[i] = y[i] > 0 && y[i] < k ? linearise.applyAsDouble(y[i] / k) : Double.NaN;
            }
            double[] ab = line(t, z);
            if (ab != null && ab[1] > 0 && Double.isFinite(ab[0])) {
                out.add(new double[] {k, ab[1], -ab[0] / ab[1]});
            }
        }
        return out;
    }

    static boolean positive(double[] y) {
        for (double v : y) {
            if (!(v > 0)) {
                return false;
            }
        }
        return true;
    }
}
