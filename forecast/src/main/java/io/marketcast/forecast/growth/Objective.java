package io.marketcast.forecast.growth;

/**
 * The least-squares problem on the fitting scale: values {@code f(t_i)} (additive) or {@code log f(t_i)}
 * (multiplicative) and their Jacobian, against targets {@code y_i} or {@code log y_i}. Where the curve cannot be
 * evaluated (non-finite, or not positive under the multiplicative model) the value is pushed far from the target
 * with a zero Jacobian row, so the optimizer rejects the step.
 */
final class Objective {

    /** Distance from the target given to a value that cannot be computed. */
    static final double FAR = 1e140;

    private final GrowthCurve curve;
    private final boolean logs;
    private final double[] t;
    private final double[] target;

    Objective(GrowthCurve curve, ErrorModel error, double[] t, double[] y) {
        this.curve = curve;
        this.logs = error == ErrorModel.MULTIPLICATIVE;
        this.t = t;
        this.target = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            target[i] = logs ? Math.log(y[i]) : y[i];
        }
    }

    double[] target() {
        return target;
    }

    int size() {
        return t.length;
    }

    /** Writes values into {@code value} and, when {@code jac} is not null, the Jacobian rows into it. */
    void evaluate(double[] p, double[] value, double[][] jac) {
        int k = p.length;
        double[] g = new double[k];
        for (int i = 0; i < t.length; i++) {
            double f = jac == null ? curve.value(t[i], p) : curve.gradient(t[i], p, g);
            boolean ok = Double.isFinite(f) && (!logs || f > 0);
            if (ok && jac != null) {
                for (int j = 0; j < k; j++) {
                    ok &= Double.isFinite(g[j]);
                }
            }
            if (!ok) {
                value[i] = target[i] + FAR;
                if (jac != null) {
                    java.util.Arrays.fill(jac[i], 0);
                }
                continue;
            }
            value[i] = logs ? Math.log(f) : f;
            if (jac != null) {
                double scale = logs ? 1 / f : 1;
                for (int j = 0; j < k; j++) {
                    jac[i][j] = g[j] * scale;
                }
            }
        }
    }

    /** Sum of squared residuals at {@code p}; infinite when the curve cannot be evaluated somewhere. */
    double cost(double[] p) {
        double[] v = new double[t.length];
        evaluate(p, v, null);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            double r = target[i] - v[i];
            if (Math.abs(r) >= FAR / 2) {
                return Double.POSITIVE_INFINITY;
            }
            s += r * r;
        }
        return s;
    }
}
