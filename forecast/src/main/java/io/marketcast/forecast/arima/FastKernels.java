package io.marketcast.forecast.arima;

/**
 * The likelihood of auto.arima's search, where it is evaluated thousands of times per series: the same quantity as
 * R's ARIMA_Like ({@link Kernels#like}) computed another way, in two parts.
 *
 * <ul>
 * <li>{@link #stationaryQ0}: the initial covariance of the ARMA state from the autocovariances, O(p³ + r²), where
 * R's Gardner et al. (1980) regression ({@link Kernels#getQ0}) costs up to milliseconds for monthly seasonal models
 * (r = 13 to 27). Where Gardner's answer solves its equation, the two agree to rounding; but in monthly searches
 * Gardner's is off by more than 1e-10 in about 8% of the evaluations of models with r ≥ 13, at times wildly (a
 * negative variance) — R's known inaccuracy (PR#14682, hence R's {@code SSinit = "Rossignol2011"}). Here the search
 * uses the exact covariance, which is a deliberate difference from R.</li>
 * <li>{@link #like}: the Kalman filter by Chandrasekhar-type recursions (Morf, Sidhu and Kailath 1974; Herbst 2015
 * for their use in likelihoods). The model is time-invariant and its initial covariance diag(Q0, κI) differs from the
 * next one by a matrix of rank at most 3, so the filter carries that rank-3 increment (rd × 3) instead of the rd × rd
 * covariance: O(rd) a step instead of O(rd²), rd = max(p + mP, q + mQ + 1) + d + mD (up to 40 for monthly
 * models). Same mathematics as R's filter, other rounding: the objective agrees to 1e-9 without differencing; with
 * it both filters round the diffuse prior's κ = 1e6 away in different orders (median difference 2e-10, worst seen
 * 1e-5 near unit roots with d = 2).</li>
 * </ul>
 *
 * <p>{@code FastKernelsTest} holds both to the reference kernels; {@code AutoArima} refits the chosen model with the
 * reference kernels, so the model a caller gets carries R's numbers, and the orders chosen are R's on 99.9% of M3
 * quarterly series (docs/BENCHMARKS.md).
 */
final class FastKernels {

    private FastKernels() {
    }

    /**
     * The r × r stationary covariance (column-major) of R's ARMA state a = (x_t, ...), r = max(p, q + 1), unit
     * innovation variance: the solution of Q0 = T Q0 T' + R R' that {@link Kernels#getQ0} finds by Gardner et al.'s
     * (1980) regression, here from the autocovariances in O(p³ + r²) instead of Gardner's O(r⁴) and more. The first
     * row is Cov(x_t, a_t[l]) = Σ_j φ_{l+j+1} γ(j+1) + θ_{l+j} ψ_j from the autocovariances γ (one (p+1)-square
     * solve) and the ψ weights; the other entries follow from the first row by the equation itself, summed upward
     * from the last row (additions only).
     */
    static double[] stationaryQ0(double[] phi, double[] theta) {
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        if (p == 0 || r == 1) {
            return Kernels.getQ0(phi, theta);   // no regression there: R's own short path
        }
        double[] psi = new double[r + 1];
        psi[0] = 1;
        for (int j = 1; j <= r; j++) {
            double s = j <= q ? theta[j - 1] : 0;
            for (int i = 1; i <= Math.min(j, p); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        // gamma(k) - sum_i phi_i gamma(|k - i|) = c_k, c_k = sum_{j=k}^{q} theta_j psi_{j-k} (theta_0 = 1)
        int np1 = p + 1;
        double[] a = new double[np1 * np1];
        double[] gamma = new double[r + 1];
        for (int k = 0; k <= p; k++) {
            a[k * np1 + k] += 1;
            for (int i = 1; i <= p; i++) {
                a[k * np1 + Math.abs(k - i)] -= phi[i - 1];
            }
            gamma[k] = c(theta, psi, k);
        }
        solveInPlace(a, gamma, np1);
        for (int k = p + 1; k <= r; k++) {
            double s = c(theta, psi, k);
            for (int i = 1; i <= p; i++) {
                s += phi[i - 1] * gamma[k - i];
            }
            gamma[k] = s;
        }
        double[] res = new double[r * r];
        for (int l = 0; l < r; l++) {
            double s = 0;
            for (int j = 0; j <= r - 1 - l; j++) {
                int ph = l + j + 1;
                int th = l + j;
                if (ph <= p) {
                    s += phi[ph - 1] * gamma[j + 1];
                }
                double t = th == 0 ? 1 : th <= q ? theta[th - 1] : 0;
                s += t * psi[j];
            }
            res[l * r] = s;
            res[l] = s;
        }
        double p00 = res[0];
        for (int i = r - 1; i >= 1; i--) {
            double phiI = i + 1 <= p ? phi[i] : 0;
            double thI = i <= q ? theta[i - 1] : 0;
            double rowI = i + 1 < r ? res[(i + 1) * r] : 0;
            for (int l = r - 1; l >= i; l--) {
                double phiL = l + 1 <= p ? phi[l] : 0;
                double thL = l <= q ? theta[l - 1] : 0;
                double rowL = l + 1 < r ? res[(l + 1) * r] : 0;
                double next = i + 1 < r && l + 1 < r ? res[(i + 1) + r * (l + 1)] : 0;
                double v = phiI * phiL * p00 + phiI * rowL + phiL * rowI + next + thI * thL;
                res[i + r * l] = v;
                res[l + r * i] = v;
            }
        }
        return res;
    }

    private static double c(double[] theta, double[] psi, int k) {
        int q = theta.length;
        double s = 0;
        for (int j = k; j <= q; j++) {
            s += (j == 0 ? 1 : theta[j - 1]) * psi[j - k];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on a row-major n × n matrix; b becomes the solution. */
    private static void solveInPlace(double[] a, double[] b, int n) {
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int i = col + 1; i < n; i++) {
                if (Math.abs(a[i * n + col]) > Math.abs(a[piv * n + col])) {
                    piv = i;
                }
            }
            if (piv != col) {
                for (int j = 0; j < n; j++) {
                    double t = a[col * n + j];
                    a[col * n + j] = a[piv * n + j];
                    a[piv * n + j] = t;
                }
                double t = b[col];
                b[col] = b[piv];
                b[piv] = t;
            }
            double d = a[col * n + col];
            for (int i = col + 1; i < n; i++) {
                double f = a[i * n + col] / d;
                if (f != 0) {
                    for (int j = col; j < n; j++) {
                        a[i * n + j] -= f * a[col * n + j];
                    }
                    b[i] -= f * b[col];
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i * n + j] * b[j];
            }
            b[i] = s / a[i * n + i];
        }
    }

    /**
     * R's ARIMA_Like (up = 0, from the initial state of makeARIMA: a = 0, P = diag(Q0, κ I_d)) on a series without
     * missing values: {ssq, sumlog, nu} as {@link Kernels#like}, or null when the recursion meets a zero or
     * negative innovation variance or a missing value (the caller then runs the reference filter, which has R's
     * behaviour there). {@code q0} must solve the ARMA block's equation Q0 = T Q0 T' + R R' (as
     * {@link #stationaryQ0}'s does to rounding; Gardner's need not, see there): the recursions below are built on it.
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
        for (int i = 0; i < r; i++) {
            if (!Double.isFinite(q0[i])) {
                return null;
            }
        }
        int[] phiNz = nonZero(phi);
        int[] deltaNz = nonZero(delta);
        double[] w = new double[rd * kk];
        double[] wn = new double[rd * kk];
        double[] mt = new double[kk * kk];
        double[] k = new double[rd];
        double[] a = new double[rd];
        double[] anew = new double[rd];
        double[] u = new double[kk];
        double[] mu = new double[kk];
        // k_0 = P_0 Z' = (Q0 e_1, kappa delta), F_0
        System.arraycopy(q0, 0, k, 0, r);
        for (int i = 0; i < d; i++) {
            k[r + i] = kappa * delta[i];
        }
        double f = zdot(k, 0, delta, deltaNz, r);
        if (!(f > 0)) {
            return null;
        }
        int tkCol = 0;
        if (d > 0) {
            // columns e (the first differencing state), v, T k_0
            w[r] = 1;
            for (int i = 0; i < r - 1; i++) {
                w[rd + i] = q0[i + 1];
            }
            for (int i : phiNz) {
                w[rd + i] += phi[i] * q0[0];
            }
            double dd = 0;
            for (double x : delta) {
                dd += x * x;
            }
            w[rd + r] = 0.5 * (q0[0] + kappa * (dd - 1));
            for (int i = 1; i < d; i++) {
                w[rd + r + i] = kappa * delta[i - 1];
            }
            mt[1] = 1;
            mt[kk] = 1;
            tkCol = 2;
        }
        transition(k, 0, w, tkCol * rd, phi, phiNz, delta, deltaNz, r);
        mt[tkCol * kk + tkCol] = -1 / f;

        double ssq = 0;
        double sumlog = 0;
        int nu = 0;
        for (int l = 0; l < n; l++) {
            double yl = y[l];
            if (Double.isNaN(yl)) {
                return null;
            }
            transition(a, 0, anew, 0, phi, phiNz, delta, deltaNz, r);
            double res = yl - zdot(anew, 0, delta, deltaNz, r);
            double gain = f;
            if (gain < 1e4) {
                nu++;
                ssq += res * res / gain;
                sumlog += Math.log(gain);
            }
            double step = res / gain;
            for (int i = 0; i < rd; i++) {
                a[i] = anew[i] + k[i] * step;
            }
            if (l == n - 1) {
                break;
            }
            for (int c = 0; c < kk; c++) {
                u[c] = zdot(w, c * rd, delta, deltaNz, r);
            }
            for (int i = 0; i < kk; i++) {
                double s = 0;
                for (int j = 0; j < kk; j++) {
                    s += mt[i + kk * j] * u[j];
                }
                mu[i] = s;
            }
            // k_{l+1} = k_l + W M u, F_{l+1} = Z k_{l+1}
            for (int c = 0; c < kk; c++) {
                double m = mu[c];
                int off = c * rd;
                for (int i = 0; i < rd; i++) {
                    k[i] += w[off + i] * m;
                }
            }
            double fNext = zdot(k, 0, delta, deltaNz, r);
            if (!(fNext > 0)) {
                return null;
            }
            // W_{l+1} = T (W - k u' / F_{l+1})
            for (int c = 0; c < kk; c++) {
                transition(w, c * rd, u[c] / fNext, wn, c * rd, phi, phiNz, delta, deltaNz, r, k);
            }
            double[] tmpW = w;
            w = wn;
            wn = tmpW;
            // M_{l+1} = M + (M u)(M u)' / F_l
            for (int j = 0; j < kk; j++) {
                double mj = mu[j] / f;
                for (int i = 0; i < kk; i++) {
                    mt[i + kk * j] += mu[i] * mj;
                }
            }
            f = fNext;
        }
        return new double[] {ssq, sumlog, nu};
    }

    private static int[] nonZero(double[] v) {
        int c = 0;
        for (double x : v) {
            c += x != 0 ? 1 : 0;
        }
        int[] idx = new int[c];
        c = 0;
        for (int i = 0; i < v.length; i++) {
            if (v[i] != 0) {
                idx[c++] = i;
            }
        }
        return idx;
    }

    /** Z x for Z = (1, 0, ..., 0, delta), the differencing states from index r, x from offset off. */
    private static double zdot(double[] x, int off, double[] delta, int[] deltaNz, int r) {
        double s = x[off];
        for (int j : deltaNz) {
            s += delta[j] * x[off + r + j];
        }
        return s;
    }

    /** out[to..to+rd) = T x, x = src[from..from+rd). */
    private static void transition(double[] src, int from, double[] out, int to, double[] phi, int[] phiNz,
            double[] delta, int[] deltaNz, int r) {
        double x0 = src[from];
        System.arraycopy(src, from + 1, out, to, r - 1);
        out[to + r - 1] = 0;
        for (int i : phiNz) {
            out[to + i] += phi[i] * x0;
        }
        int d = delta.length;
        if (d > 0) {
            double t = x0;
            for (int j : deltaNz) {
                t += delta[j] * src[from + r + j];
            }
            out[to + r] = t;
            System.arraycopy(src, from + r, out, to + r + 1, d - 1);
        }
    }

    /** out[to..to+rd) = T (x - s k), x = src[from..from+rd). */
    private static void transition(double[] src, int from, double s, double[] out, int to, double[] phi,
            int[] phiNz, double[] delta, int[] deltaNz, int r, double[] k) {
        double x0 = src[from] - s * k[0];
        for (int i = 0; i < r - 1; i++) {
            out[to + i] = src[from + i + 1] - s * k[i + 1];
        }
        out[to + r - 1] = 0;
        for (int i : phiNz) {
            out[to + i] += phi[i] * x0;
        }
        int d = delta.length;
        if (d > 0) {
            double t = x0;
            for (int j : deltaNz) {
                t += delta[j] * (src[from + r + j] - s * k[r + j]);
            }
            out[to + r] = t;
            for (int i = 1; i < d; i++) {
                out[to + r + i] = src[from + r + i - 1] - s * k[r + i - 1];
            }
        }
    }
}
