package io.marketcast.forecast.arima;

/**
 * The Kalman filter of R's ARIMA_Like by Chandrasekhar-type recursions (Morf, Sidhu and Kailath 1974; Herbst 2015
 * for their use in likelihoods), for auto.arima's search, where the likelihood is evaluated tens of thousands of
 * times per series. The model is time-invariant and its initial covariance diag(Q0, κI) differs from the next one
 * by a matrix of rank at most 3, so the filter carries that rank-3 increment (rd × 3) instead of the rd × rd
 * covariance: O(rd) a step instead of O(rd²), rd = max(p + mP, q + mQ + 1) + d + mD (up to 40 for monthly models).
 *
 * <p>Same mathematics as {@link Kernels#like}, other arithmetic: the answers agree with R's filter to rounding
 * (about 1e-9 relative at worst, where two differences under the diffuse prior's κ = 1e6 cancel), not bit for bit —
 * {@code FastKernelsTest} holds them to that, and {@code AutoArima} refits the chosen model with the reference
 * kernels, so the model a caller gets carries R's numbers.
 */
final class FastKernels {

    private FastKernels() {
    }

    /**
     * R's ARIMA_Like (up = 0, from the initial state of makeARIMA: a = 0, P = diag(Q0, κ I_d)) on a series without
     * missing values: {ssq, sumlog, nu} as {@link Kernels#like}, or null when the recursion meets a zero or
     * negative innovation variance or a missing value (the caller then runs the reference filter, which has R's
     * behaviour there), or when {@code q0} does not solve the ARMA block's equation Q0 = T Q0 T' + R R' to 1e-10 of
     * its largest entry: Gardner's method loses accuracy close to non-stationarity and for large seasonal r (R's
     * PR#14682), and R's filter then carries that error along, which the recursions below, built on the equation
     * holding, would not.
     *
     * <p>With P_l the predicted covariance at step l, k_l = P_l Z' and F_l = Z k_l, the increment
     * P_{l+1} - P_l = W_l M_l W_l' keeps its rank: k_{l+1} = k_l + W_l M_l u, u = W_l' Z';
     * W_{l+1} = T (W_l - k_{l+1} u' / F_{l+1}); M_{l+1} = M_l + M_l u u' M_l / F_l. Initially
     * P_1 - P_0 = e v' + v e' - (T k_0)(T k_0)' / F_0, e the unit vector of the first differencing state and
     * v = (T_ARMA Q0 e_1, (Q0_11 + κ(δ'δ - 1)) / 2, κ δ_1, ..., κ δ_{d-1}) — because Q0 solves the ARMA block's
     * equation exactly, only the differencing states' row and column change.
     */
    static double[] like(double[] y, double[] phi, double[] theta, double[] delta, double[] q0, double kappa) {
        int n = y.length;
        int p = phi.length;
        int d = delta.length;
        int r = Math.max(p, theta.length + 1);
        int rd = r + d;
        int kk = d > 0 ? 3 : 1;
        if (!solvesArmaBlock(q0, phi, theta, r)) {
            return null;
        }
        double[] w = new double[rd * kk];
        double[] wn = new double[rd * kk];
        double[] mt = new double[kk * kk];
        double[] k = new double[rd];
        double[] a = new double[rd];
        double[] anew = new double[rd];
        double[] tk = new double[rd];
        double[] u = new double[kk];
        double[] mu = new double[kk];
        // k_0 = P_0 Z', F_0
        for (int i = 0; i < r; i++) {
            k[i] = q0[i];   // column 0 of Q0
        }
        for (int i = 0; i < d; i++) {
            k[r + i] = kappa * delta[i];
        }
        double f = zdot(k, delta, r);
        if (!(f > 0)) {
            return null;
        }
        // W_0, M_0
        transition(k, tk, phi, delta, r, p);
        int tkCol = 0;
        if (d > 0) {
            // e (column 0), v (column 1), T k_0 (column 2)
            w[r] = 1;
            double[] col0 = new double[r];
            for (int i = 0; i < r; i++) {
                col0[i] = q0[i];
            }
            // g = T_ARMA Q0 e_1: (T_a x)_i = phi_i x_0 + x_{i+1}
            for (int i = 0; i < r; i++) {
                double t = i < r - 1 ? col0[i + 1] : 0.0;
                if (i < p) {
                    t += phi[i] * col0[0];
                }
                w[rd + i] = t;
            }
            double dd = 0;
            for (double x : delta) {
                dd += x * x;
            }
            w[rd + r] = 0.5 * (q0[0] + kappa * (dd - 1));
            for (int i = 1; i < d; i++) {
                w[rd + r + i] = kappa * delta[i - 1];
            }
            mt[1] = 1;       // (0,1)
            mt[kk] = 1;      // (1,0)
            tkCol = 2;
        }
        System.arraycopy(tk, 0, w, tkCol * rd, rd);
        mt[tkCol * kk + tkCol] = -1 / f;

        double ssq = 0;
        double sumlog = 0;
        int nu = 0;
        for (int l = 0; l < n; l++) {
            double yl = y[l];
            if (Double.isNaN(yl)) {
                return null;
            }
            // anew = T a, in R's order of operations
            for (int i = 0; i < r; i++) {
                double tmp = i < r - 1 ? a[i + 1] : 0.0;
                if (i < p) {
                    tmp += phi[i] * a[0];
                }
                anew[i] = tmp;
            }
            if (d > 0) {
                for (int i = r + 1; i < rd; i++) {
                    anew[i] = a[i - 1];
                }
                double tmp = a[0];
                for (int i = 0; i < d; i++) {
                    tmp += delta[i] * a[r + i];
                }
                anew[r] = tmp;
            }
            double res = yl - anew[0];
            for (int i = 0; i < d; i++) {
                res -= delta[i] * anew[r + i];
            }
            double gain = f;
            if (gain < 1e4) {
                nu++;
                ssq += res * res / gain;
                sumlog += Math.log(gain);
            }
            for (int i = 0; i < rd; i++) {
                a[i] = anew[i] + k[i] * res / gain;
            }
            if (l == n - 1) {
                break;
            }
            // u = W' Z', M u
            for (int c = 0; c < kk; c++) {
                u[c] = zdot(w, c * rd, delta, r);
            }
            double umu = 0;
            for (int i = 0; i < kk; i++) {
                double s = 0;
                for (int j = 0; j < kk; j++) {
                    s += mt[i + kk * j] * u[j];
                }
                mu[i] = s;
                umu += u[i] * s;
            }
            // k_{l+1} = k_l + W M u, F_{l+1}
            for (int i = 0; i < rd; i++) {
                double s = k[i];
                for (int c = 0; c < kk; c++) {
                    s += w[c * rd + i] * mu[c];
                }
                k[i] = s;
            }
            double fNext = zdot(k, delta, r);
            if (!(fNext > 0)) {
                return null;
            }
            // W_{l+1} = T (W - k u' / F_{l+1})
            for (int c = 0; c < kk; c++) {
                double uc = u[c] / fNext;
                int off = c * rd;
                for (int i = 0; i < rd; i++) {
                    tk[i] = w[off + i] - k[i] * uc;
                }
                transition(tk, wn, off, phi, delta, r, p);
            }
            double[] tmpW = w;
            w = wn;
            wn = tmpW;
            // M_{l+1} = M + (M u)(M u)' / F_l   (M symmetric)
            for (int j = 0; j < kk; j++) {
                for (int i = 0; i < kk; i++) {
                    mt[i + kk * j] += mu[i] * mu[j] / f;
                }
            }
            f = fNext;
        }
        return new double[] {ssq, sumlog, nu};
    }

    /** Whether max |T Q0 T' + R R' - Q0| <= 1e-10 max |Q0| over the r × r ARMA block (all entries finite). */
    static boolean solvesArmaBlock(double[] q0, double[] phi, double[] theta, int r) {
        int p = phi.length;
        int q = theta.length;
        double scale = 0;
        for (int i = 0; i < r * r; i++) {
            scale = Math.max(scale, Math.abs(q0[i]));
        }
        if (!Double.isFinite(scale)) {
            return false;
        }
        double tol = 1e-10 * scale;
        double p00 = q0[0];
        for (int l = 0; l < r; l++) {
            double phiL = l < p ? phi[l] : 0;
            double thL = l == 0 ? 1 : l - 1 < q ? theta[l - 1] : 0;
            double rowL = l + 1 < r ? q0[(l + 1) * r] : 0;
            for (int i = 0; i <= l; i++) {
                double phiI = i < p ? phi[i] : 0;
                double thI = i == 0 ? 1 : i - 1 < q ? theta[i - 1] : 0;
                double rowI = i + 1 < r ? q0[(i + 1) * r] : 0;
                double next = l + 1 < r ? q0[(i + 1) + r * (l + 1)] : 0;
                double v = phiI * phiL * p00 + phiI * rowL + phiL * rowI + next + thI * thL;
                if (!(Math.abs(v - q0[i + r * l]) <= tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Z x for Z = (1, 0, ..., 0, delta) with the differencing states from index r. */
    private static double zdot(double[] x, double[] delta, int r) {
        return zdot(x, 0, delta, r);
    }

    private static double zdot(double[] x, int off, double[] delta, int r) {
        double s = x[off];
        for (int j = 0; j < delta.length; j++) {
            s += delta[j] * x[off + r + j];
        }
        return s;
    }

    private static void transition(double[] x, double[] out, double[] phi, double[] delta, int r, int p) {
        transition(x, out, 0, phi, delta, r, p);
    }

    /** out[off..off+rd) = T x. */
    private static void transition(double[] x, double[] out, int off, double[] phi, double[] delta, int r, int p) {
        double x0 = x[0];
        for (int i = 0; i < r; i++) {
            double t = i < r - 1 ? x[i + 1] : 0.0;
            if (i < p) {
                t += phi[i] * x0;
            }
            out[off + i] = t;
        }
        int d = delta.length;
        if (d > 0) {
            double t = x0;
            for (int i = 0; i < d; i++) {
                t += delta[i] * x[r + i];
            }
            out[off + r] = t;
            for (int i = 1; i < d; i++) {
                out[off + r + i] = x[r + i - 1];
            }
        }
    }
}
