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
        return like(y, phi, theta, delta, q0, kappa, null);
    }

    /**
     * As {@link #like(double[], double[], double[], double[], double[], double)}; with {@code resid} non-null the
     * standardised innovations are written there, as {@link Kernels#like} does (the filter's state is not kept).
     *
     * <p>Written for speed on one core (every vector of the step in one pass, the rank-3 increment's three columns
     * side by side), with each number computed by the same operations in the same order as the recursion above.
     */
    static double[] like(double[] y, double[] phi, double[] theta, double[] delta, double[] q0, double kappa,
            double[] resid) {
        return like(y, phi, theta, delta, q0, kappa, resid, null);
    }

    /**
     * The filter's gains k_l and F_l of one run: they depend on the model only, not on the series, so the filter
     * can run again on another series of the same model (auto.arima's constant moved, the ARMA part kept) by the
     * state recursion alone ({@link #likeAgain}).
     */
    static final class Gains {
        private final int rd;
        private final double[] k;
        private final double[] f;
        private boolean complete;

        Gains(int n, int rd) {
            this.rd = rd;
            this.k = new double[n * rd];
            this.f = new double[n];
        }

        /** Whether the last run recorded here went through the whole series. */
        boolean complete() {
            return complete;
        }
    }

    /**
     * As {@link #like(double[], double[], double[], double[], double[], double, double[])}, recording the gains in
     * {@code record} when it is non-null (of size n × rd, rd = max(p, q + 1) + d).
     */
    static double[] like(double[] y, double[] phi, double[] theta, double[] delta, double[] q0, double kappa,
            double[] resid, Gains record) {
        int r = Math.max(phi.length, theta.length + 1);
        if (record != null) {
            record.complete = false;
        }
        for (int i = 0; i < r; i++) {
            if (!Double.isFinite(q0[i])) {
                return null;
            }
        }
        int[] phiNz = Kernels.nonZeroIndices(phi);
        double[] out = delta.length == 0 ? likeStationary(y, phi, phiNz, r, q0, resid, record)
                : likeDifferenced(y, phi, phiNz, delta, Kernels.nonZeroIndices(delta), r, q0, kappa, resid, record);
        if (record != null) {
            record.complete = out != null;
        }
        return out;
    }

    /**
     * The filter again with the gains of a complete earlier run of the same model ({@code gains.complete()}) on
     * another series: the state recursion only, each number computed as {@link #like} computes it.
     */
    static double[] likeAgain(double[] y, double[] phi, double[] theta, double[] delta, Gains gains) {
        int n = y.length;
        int r = Math.max(phi.length, theta.length + 1);
        int d = delta.length;
        int rd = r + d;
        int[] phiNz = Kernels.nonZeroIndices(phi);
        int[] deltaNz = Kernels.nonZeroIndices(delta);
        double[] kAll = gains.k;
        double[] a = new double[rd];
        double[] an = new double[rd];
        double ssq = 0;
        double sumlog = 0;
        int nu = 0;
        for (int l = 0; l < n; l++) {
            double yl = y[l];
            if (Double.isNaN(yl)) {
                return null;
            }
            double x0 = a[0];
            for (int i = 0; i < r - 1; i++) {
                an[i] = a[i + 1];
            }
            an[r - 1] = 0;
            for (int i : phiNz) {
                an[i] += phi[i] * x0;
            }
            double za;
            if (d > 0) {
                double t = x0;
                for (int j : deltaNz) {
                    t += delta[j] * a[r + j];
                }
                an[r] = t;
                for (int i = 1; i < d; i++) {
                    an[r + i] = a[r + i - 1];
                }
                za = an[0];
                for (int j : deltaNz) {
                    za += delta[j] * an[r + j];
                }
            } else {
                za = an[0];
            }
            double res = yl - za;
            double gain = gains.f[l];
            if (gain < 1e4) {
                nu++;
                ssq += res * res / gain;
                sumlog += Math.log(gain);
            }
            double step = res / gain;
            int off = l * rd;
            for (int i = 0; i < rd; i++) {
                a[i] = an[i] + kAll[off + i] * step;
            }
        }
        return new double[] {ssq, sumlog, nu};
    }

    /** {@link #like} without differences: the increment has rank 1 (the column T k_0). */
    private static double[] likeStationary(double[] y, double[] phi, int[] phiNz, int r, double[] q0,
            double[] resid, Gains record) {
        int n = y.length;
        double[] k = new double[r];
        System.arraycopy(q0, 0, k, 0, r);
        double f = k[0];
        if (!(f > 0)) {
            return null;
        }
        double[] w = new double[r];
        double[] wn = new double[r];
        double[] a = new double[r];
        double[] an = new double[r];
        double x0 = k[0];
        for (int i = 0; i < r - 1; i++) {
            w[i] = k[i + 1];
        }
        for (int i : phiNz) {
            w[i] += phi[i] * x0;
        }
        double mt = -1 / f;
        double ssq = 0;
        double sumlog = 0;
        int nu = 0;
        for (int l = 0; l < n; l++) {
            double yl = y[l];
            if (Double.isNaN(yl)) {
                return null;
            }
            x0 = a[0];
            for (int i = 0; i < r - 1; i++) {
                an[i] = a[i + 1];
            }
            an[r - 1] = 0;
            for (int i : phiNz) {
                an[i] += phi[i] * x0;
            }
            double res = yl - an[0];
            double gain = f;
            if (gain < 1e4) {
                nu++;
                ssq += res * res / gain;
                sumlog += Math.log(gain);
            }
            if (resid != null) {
                resid[l] = res / Math.sqrt(gain);
            }
            if (record != null) {
                System.arraycopy(k, 0, record.k, l * r, r);
                record.f[l] = gain;
            }
            double step = res / gain;
            for (int i = 0; i < r; i++) {
                a[i] = an[i] + k[i] * step;
            }
            if (l == n - 1) {
                break;
            }
            double u = w[0];
            double mu = 0;
            mu += mt * u;
            for (int i = 0; i < r; i++) {
                k[i] += w[i] * mu;
            }
            double fNext = k[0];
            if (!(fNext > 0)) {
                return null;
            }
            double s = u / fNext;
            x0 = w[0] - s * k[0];
            for (int i = 0; i < r - 1; i++) {
                wn[i] = w[i + 1] - s * k[i + 1];
            }
            wn[r - 1] = 0;
            for (int i : phiNz) {
                wn[i] += phi[i] * x0;
            }
            double[] t = w;
            w = wn;
            wn = t;
            double mj = mu / f;
            mt += mu * mj;
            f = fNext;
        }
        return new double[] {ssq, sumlog, nu};
    }

    /**
     * {@link #like} with differences: the increment's columns e, v and T k_0 (W = (w0, w1, w2)) and its 3 × 3
     * middle factor M (entries mIJ, row I, column J) carried as locals.
     */
    private static double[] likeDifferenced(double[] y, double[] phi, int[] phiNz, double[] delta, int[] deltaNz,
            int r, double[] q0, double kappa, double[] resid, Gains record) {
        int n = y.length;
        int d = delta.length;
        int rd = r + d;
        double[] k = new double[rd];
        System.arraycopy(q0, 0, k, 0, r);
        for (int i = 0; i < d; i++) {
            k[r + i] = kappa * delta[i];
        }
        double f = k[0];
        for (int j : deltaNz) {
            f += delta[j] * k[r + j];
        }
        if (!(f > 0)) {
            return null;
        }
        double[] w0 = new double[rd];
        double[] w1 = new double[rd];
        double[] w2 = new double[rd];
        double[] n0 = new double[rd];
        double[] n1 = new double[rd];
        double[] n2 = new double[rd];
        double[] a = new double[rd];
        double[] an = new double[rd];
        // columns e (the first differencing state), v, T k_0
        w0[r] = 1;
        for (int i = 0; i < r - 1; i++) {
            w1[i] = q0[i + 1];
        }
        for (int i : phiNz) {
            w1[i] += phi[i] * q0[0];
        }
        double dd = 0;
        for (double x : delta) {
            dd += x * x;
        }
        w1[r] = 0.5 * (q0[0] + kappa * (dd - 1));
        for (int i = 1; i < d; i++) {
            w1[r + i] = kappa * delta[i - 1];
        }
        double x0 = k[0];
        for (int i = 0; i < r - 1; i++) {
            w2[i] = k[i + 1];
        }
        for (int i : phiNz) {
            w2[i] += phi[i] * x0;
        }
        double t = x0;
        for (int j : deltaNz) {
            t += delta[j] * k[r + j];
        }
        w2[r] = t;
        System.arraycopy(k, r, w2, r + 1, d - 1);
        double m00 = 0;
        double m01 = 1;
        double m02 = 0;
        double m10 = 1;
        double m11 = 0;
        double m12 = 0;
        double m20 = 0;
        double m21 = 0;
        double m22 = -1 / f;
        double ssq = 0;
        double sumlog = 0;
        int nu = 0;
        for (int l = 0; l < n; l++) {
            double yl = y[l];
            if (Double.isNaN(yl)) {
                return null;
            }
            // a_new = T a, the innovation, a = a_new + k res / F
            x0 = a[0];
            for (int i = 0; i < r - 1; i++) {
                an[i] = a[i + 1];
            }
            an[r - 1] = 0;
            for (int i : phiNz) {
                an[i] += phi[i] * x0;
            }
            t = x0;
            for (int j : deltaNz) {
                t += delta[j] * a[r + j];
            }
            an[r] = t;
            for (int i = 1; i < d; i++) {
                an[r + i] = a[r + i - 1];
            }
            double za = an[0];
            for (int j : deltaNz) {
                za += delta[j] * an[r + j];
            }
            double res = yl - za;
            double gain = f;
            if (gain < 1e4) {
                nu++;
                ssq += res * res / gain;
                sumlog += Math.log(gain);
            }
            if (resid != null) {
                resid[l] = res / Math.sqrt(gain);
            }
            if (record != null) {
                System.arraycopy(k, 0, record.k, l * rd, rd);
                record.f[l] = gain;
            }
            double step = res / gain;
            for (int i = 0; i < rd; i++) {
                a[i] = an[i] + k[i] * step;
            }
            if (l == n - 1) {
                break;
            }
            // u = W' Z', M u, k_{l+1} = k_l + W M u, F_{l+1} = Z k_{l+1}
            double u0 = w0[0];
            double u1 = w1[0];
            double u2 = w2[0];
            for (int j : deltaNz) {
                double dj = delta[j];
                u0 += dj * w0[r + j];
                u1 += dj * w1[r + j];
                u2 += dj * w2[r + j];
            }
            double mu0 = 0;
            mu0 += m00 * u0;
            mu0 += m01 * u1;
            mu0 += m02 * u2;
            double mu1 = 0;
            mu1 += m10 * u0;
            mu1 += m11 * u1;
            mu1 += m12 * u2;
            double mu2 = 0;
            mu2 += m20 * u0;
            mu2 += m21 * u1;
            mu2 += m22 * u2;
            for (int i = 0; i < rd; i++) {
                k[i] = k[i] + w0[i] * mu0 + w1[i] * mu1 + w2[i] * mu2;
            }
            double fNext = k[0];
            for (int j : deltaNz) {
                fNext += delta[j] * k[r + j];
            }
            if (!(fNext > 0)) {
                return null;
            }
            // W_{l+1} = T (W - k u' / F_{l+1})
            double s0 = u0 / fNext;
            double s1 = u1 / fNext;
            double s2 = u2 / fNext;
            double k0 = k[0];
            double x00 = w0[0] - s0 * k0;
            double x10 = w1[0] - s1 * k0;
            double x20 = w2[0] - s2 * k0;
            for (int i = 0; i < r - 1; i++) {
                double ki = k[i + 1];
                n0[i] = w0[i + 1] - s0 * ki;
                n1[i] = w1[i + 1] - s1 * ki;
                n2[i] = w2[i + 1] - s2 * ki;
            }
            n0[r - 1] = 0;
            n1[r - 1] = 0;
            n2[r - 1] = 0;
            for (int i : phiNz) {
                double ph = phi[i];
                n0[i] += ph * x00;
                n1[i] += ph * x10;
                n2[i] += ph * x20;
            }
            double t0 = x00;
            double t1 = x10;
            double t2 = x20;
            for (int j : deltaNz) {
                double dj = delta[j];
                double kj = k[r + j];
                t0 += dj * (w0[r + j] - s0 * kj);
                t1 += dj * (w1[r + j] - s1 * kj);
                t2 += dj * (w2[r + j] - s2 * kj);
            }
            n0[r] = t0;
            n1[r] = t1;
            n2[r] = t2;
            for (int i = 1; i < d; i++) {
                double ki = k[r + i - 1];
                n0[r + i] = w0[r + i - 1] - s0 * ki;
                n1[r + i] = w1[r + i - 1] - s1 * ki;
                n2[r + i] = w2[r + i - 1] - s2 * ki;
            }
            double[] tmp = w0;
            w0 = n0;
            n0 = tmp;
            tmp = w1;
            w1 = n1;
            n1 = tmp;
            tmp = w2;
            w2 = n2;
            n2 = tmp;
            // M_{l+1} = M + (M u)(M u)' / F_l
            double mj = mu0 / f;
            m00 += mu0 * mj;
            m10 += mu1 * mj;
            m20 += mu2 * mj;
            mj = mu1 / f;
            m01 += mu0 * mj;
            m11 += mu1 * mj;
            m21 += mu2 * mj;
            mj = mu2 / f;
            m02 += mu0 * mj;
            m12 += mu1 * mj;
            m22 += mu2 * mj;
            f = fNext;
        }
        return new double[] {ssq, sumlog, nu};
    }
}
