package io.marketcast.forecast.arima;

/**
 * The likelihood of auto.arima's search, where it is evaluated thousands of times per series: the exact Gaussian
 * likelihood of the model, computed another way than R's ARIMA_Like ({@link Kernels#like}), in three parts.
 *
 * <ul>
 * <li>Differences are taken first: the likelihood of ARIMA(p,d,q)(P,D,Q) with a diffuse prior on the differencing
 * states is the stationary ARMA likelihood of the differenced series (Ansley and Kohn 1985). R approximates that
 * limit with a prior variance of κ = 1e6 on a state of dimension rd = r + d + mD; the objectives differ by O(1/κ)
 * (median 4e-7, worst seen 8e-4 on random models, {@code FastKernelsTest}), and the filter runs on r states and
 * n - d - mD observations instead.</li>
 * <li>{@link #stationaryQ0}: the initial covariance of the ARMA state from the autocovariances, O(p³ + r²), where
 * R's Gardner et al. (1980) regression ({@link Kernels#getQ0}) costs up to milliseconds for monthly seasonal models
 * (r = 13 to 27). Where Gardner's answer solves its equation, the two agree to rounding; but in monthly searches
 * Gardner's is off by more than 1e-10 in about 8% of the evaluations of models with r ≥ 13, at times wildly (a
 * negative variance) — R's known inaccuracy (PR#14682, hence R's {@code SSinit = "Rossignol2011"}). The filter
 * needs only its first column ({@link #stationaryQ0Column}).</li>
 * <li>{@link #like}: the Kalman filter by Chandrasekhar-type recursions (Morf, Sidhu and Kailath 1974; Herbst 2015
 * for their use in likelihoods). The model is time-invariant and stationary, and its predicted covariance moves by a
 * matrix of rank one from one step to the next, so the filter carries that rank-1 increment (one r-vector) instead of
 * the r × r covariance: O(r) a step instead of O(r²). Same mathematics as R's filter on a stationary model, other
 * rounding: the objective agrees to 1e-9.</li>
 * <li>{@link #adjoint}, {@link #firstColumnAdjoint}, {@link #transParsAdjoint}: the objective's exact gradient by
 * reverse-mode differentiation of a recorded run ({@link Tape}), for the search's BFGS instead of R's 2k central
 * differences ({@code SearchGradientTest}).</li>
 * </ul>
 *
 * <p>{@code FastKernelsTest} holds these to the reference kernels; {@code AutoArima} refits the chosen model with
 * the reference kernels, so the model a caller gets carries R's numbers, and the orders chosen are R's on 99.4% of
 * M3 series (docs/BENCHMARKS.md).
 */
final class FastKernels {

    /** An innovation counts in the likelihood (as in R's ARIMA_Like) while its variance F is below this. */
    private static final double COUNTED = 1e4;

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
        double[] first = firstColumn(phi, theta, r);
        double[] res = new double[r * r];
        for (int l = 0; l < r; l++) {
            res[l * r] = first[l];
            res[l] = first[l];
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

    /**
     * The first column of {@link #stationaryQ0} (Cov(x_t, a_t[l]), l = 0..r-1) in its first r entries: all that the
     * filters of this class read of Q0 (their gains start from P_0 Z' = Q0 e_1), without the O(r²) rest.
     */
    static double[] stationaryQ0Column(double[] phi, double[] theta) {
        int p = phi.length;
        int r = Math.max(p, theta.length + 1);
        if (p == 0 || r == 1) {
            return Kernels.getQ0(phi, theta);   // column-major: its first r entries are the first column
        }
        return firstColumn(phi, theta, r);
    }

    private static double[] firstColumn(double[] phi, double[] theta, int r) {
        int p = phi.length;
        int q = theta.length;
        double[] psi = psiWeights(phi, theta, r);
        // the step-down pays where the solve's (p+1)³ / 3 is large: a seasonal AR part of monthly models
        double[] gamma = p > 12 ? armaAutocovariance(phi, theta, r) : null;
        if (gamma == null) {
            gamma = autocovariances(phi, theta, psi, r, yuleWalker(phi));
        }
        double[] res = new double[r];
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
            res[l] = s;
        }
        return res;
    }

    /** ψ_0..ψ_r of the ARMA model: ψ_0 = 1, ψ_j = θ_j + Σ_i φ_i ψ_{j-i}. */
    private static double[] psiWeights(double[] phi, double[] theta, int r) {
        int p = phi.length;
        int q = theta.length;
        double[] psi = new double[r + 1];
        psi[0] = 1;
        for (int j = 1; j <= r; j++) {
            double s = j <= q ? theta[j - 1] : 0;
            for (int i = 1; i <= Math.min(j, p); i++) {
                s += phi[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        return psi;
    }

    /** A of the autocovariances' system A γ = c for lags 0..p: γ(k) - Σ_i φ_i γ(|k - i|), row-major (p+1)². */
    private static double[] yuleWalker(double[] phi) {
        int p = phi.length;
        int np1 = p + 1;
        double[] a = new double[np1 * np1];
        for (int k = 0; k <= p; k++) {
            a[k * np1 + k] += 1;
            for (int i = 1; i <= p; i++) {
                a[k * np1 + Math.abs(k - i)] -= phi[i - 1];
            }
        }
        return a;
    }

    /**
     * γ(0..r) of the ARMA model with unit innovation variance: A γ = c for lags 0..p by elimination ({@code a}, from
     * {@link #yuleWalker}, is overwritten), c_k = Σ_{j=k}^{q} θ_j ψ_{j-k} (θ_0 = 1), then γ(k) = c_k + Σ_i φ_i γ(k - i).
     */
    private static double[] autocovariances(double[] phi, double[] theta, double[] psi, int r, double[] a) {
        int p = phi.length;
        double[] gamma = new double[r + 1];
        for (int k = 0; k <= p; k++) {
            gamma[k] = c(theta, psi, k);
        }
        solveInPlace(a, gamma, p + 1);
        for (int k = p + 1; k <= r; k++) {
            double s = c(theta, psi, k);
            for (int i = 1; i <= p; i++) {
                s += phi[i - 1] * gamma[k - i];
            }
            gamma[k] = s;
        }
        return gamma;
    }

    /**
     * The gradient of {@code Σ_l colBar[l] · c_l}, c the first column of Q0 ({@link #stationaryQ0Column}: the same
     * numbers for every p and q, whichever way they were computed), with respect to φ and θ, added to {@code phiBar}
     * and {@code thetaBar}: reverse-mode through the ψ weights, the autocovariances (their system A γ = c by its
     * transpose, A^T λ = γ̄) and the sums of the column.
     */
    static void firstColumnAdjoint(double[] phi, double[] theta, double[] colBar, double[] phiBar,
            double[] thetaBar) {
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        int np1 = p + 1;
        double[] psi = psiWeights(phi, theta, r);
        double[] a = yuleWalker(phi);
        double[] at = new double[np1 * np1];
        for (int i = 0; i < np1; i++) {
            for (int j = 0; j < np1; j++) {
                at[j * np1 + i] = a[i * np1 + j];
            }
        }
        double[] gamma = autocovariances(phi, theta, psi, r, a);
        double[] gammaB = new double[r + 1];
        double[] psiB = new double[r + 1];
        // the column: c_l = Σ_j φ_{l+j+1} γ(j+1) + θ_{l+j} ψ_j
        for (int l = 0; l < r; l++) {
            double cb = colBar[l];
            if (cb == 0) {
                continue;
            }
            for (int j = 0; j <= r - 1 - l; j++) {
                int ph = l + j + 1;
                int th = l + j;
                if (ph <= p) {
                    gammaB[j + 1] += cb * phi[ph - 1];
                    phiBar[ph - 1] += cb * gamma[j + 1];
                }
                double t = th == 0 ? 1 : th <= q ? theta[th - 1] : 0;
                if (th >= 1 && th <= q) {
                    thetaBar[th - 1] += cb * psi[j];
                }
                psiB[j] += cb * t;
            }
        }
        double[] cB = new double[r + 1];
        // γ(k) = c(k) + Σ_i φ_i γ(k - i) beyond p
        for (int k = r; k >= p + 1; k--) {
            double gb = gammaB[k];
            cB[k] += gb;
            for (int i = 1; i <= p; i++) {
                phiBar[i - 1] += gb * gamma[k - i];
                gammaB[k - i] += gb * phi[i - 1];
            }
        }
        // A γ = c up to p: λ = A^{-T} γ̄, c̄ += λ, φ̄_i += Σ_k λ_k γ(|k - i|)
        double[] lambda = java.util.Arrays.copyOf(gammaB, np1);
        solveInPlace(at, lambda, np1);
        for (int k = 0; k <= p; k++) {
            cB[k] += lambda[k];
            for (int i = 1; i <= p; i++) {
                phiBar[i - 1] += lambda[k] * gamma[Math.abs(k - i)];
            }
        }
        // c(k) = Σ_{j=k}^{q} θ_j ψ_{j-k}
        for (int k = 0; k <= r; k++) {
            double cb = cB[k];
            if (cb == 0) {
                continue;
            }
            for (int j = Math.max(k, 1); j <= q; j++) {
                thetaBar[j - 1] += cb * psi[j - k];
            }
            for (int j = k; j <= q; j++) {
                psiB[j - k] += cb * (j == 0 ? 1 : theta[j - 1]);
            }
        }
        // ψ_j = θ_j + Σ_i φ_i ψ_{j-i}
        for (int j = r; j >= 1; j--) {
            double pb = psiB[j];
            if (j <= q) {
                thetaBar[j - 1] += pb;
            }
            for (int i = 1; i <= Math.min(j, p); i++) {
                phiBar[i - 1] += pb * psi[j - i];
                psiB[j - i] += pb * phi[i - 1];
            }
        }
    }

    /**
     * The entries of {@link Kernels#transPars}'s φ (length p + m·P) that the order lets be non-zero: the first p,
     * and for each seasonal AR coefficient j the entries (j+1)m - 1 + i, i = 0..p.
     */
    static int[] support(ArimaOrder o) {
        int mp = o.p();
        int msp = o.sp();
        int ns = o.period();
        int p = mp + ns * msp;
        boolean[] in = new boolean[p];
        for (int i = 0; i < mp; i++) {
            in[i] = true;
        }
        for (int j = 0; j < msp; j++) {
            for (int i = 0; i <= mp; i++) {
                in[(j + 1) * ns - 1 + i] = true;
            }
        }
        int c = 0;
        for (boolean b : in) {
            c += b ? 1 : 0;
        }
        int[] idx = new int[c];
        c = 0;
        for (int i = 0; i < p; i++) {
            if (in[i]) {
                idx[c++] = i;
            }
        }
        return idx;
    }

    /**
     * The gradient with respect to the parameters {@code in} of a function of {@link Kernels#transPars}'s
     * polynomials whose gradient with respect to them is {@code phiBar} and {@code thetaBar}: through the seasonal
     * products and, with {@code trans}, the AR parts' {@link Kernels#partrans} (its Jacobian by forward-mode
     * differentiation of the same recursion). Entries beyond the ARMA parameters are 0.
     */
    static double[] transParsAdjoint(double[] in, ArimaOrder o, boolean trans, double[] phiBar, double[] thetaBar) {
        int mp = o.p();
        int mq = o.q();
        int msp = o.sp();
        int msq = o.sq();
        int ns = o.period();
        double[] params = trans ? Kernels.undoPars(in, o) : in;
        double[] b = new double[in.length];
        for (int i = 0; i < mp; i++) {
            b[i] += phiBar[i];
        }
        for (int i = 0; i < mq; i++) {
            b[i + mp] += thetaBar[i];
        }
        for (int j = 0; j < msp; j++) {
            int sj = j + mp + mq;
            b[sj] += phiBar[(j + 1) * ns - 1];
            for (int i = 0; i < mp; i++) {
                double pb = phiBar[(j + 1) * ns + i];
                b[i] -= pb * params[sj];
                b[sj] -= pb * params[i];
            }
        }
        for (int j = 0; j < msq; j++) {
            int sj = j + mp + mq + msp;
            b[sj] += thetaBar[(j + 1) * ns - 1];
            for (int i = 0; i < mq; i++) {
                double tb = thetaBar[(j + 1) * ns + i];
                b[i + mp] += tb * params[sj];
                b[sj] += tb * params[i + mp];
            }
        }
        if (trans) {
            partransAdjoint(mp, in, 0, b);
            partransAdjoint(msp, in, mp + mq, b);
        }
        return b;
    }

    /** b[from..from+p) ← J' b[from..from+p), J the Jacobian of {@link Kernels#partrans} at raw[from..from+p). */
    private static void partransAdjoint(int p, double[] raw, int from, double[] b) {
        if (p == 0) {
            return;
        }
        double[] out = new double[p];
        double[] work = new double[p];
        double[] dOut = new double[p];
        double[] dWork = new double[p];
        double[] gb = new double[p];
        for (int v = 0; v < p; v++) {   // d out / d raw[v], the same loops as partrans with their tangents
            for (int j = 0; j < p; j++) {
                double t = Math.tanh(raw[from + j]);
                work[j] = out[j] = t;
                dWork[j] = dOut[j] = j == v ? 1 - t * t : 0;
            }
            for (int j = 1; j < p; j++) {
                double a = out[j];
                double da = dOut[j];
                for (int k = 0; k < j; k++) {
                    work[k] -= a * out[j - k - 1];
                    dWork[k] -= da * out[j - k - 1] + a * dOut[j - k - 1];
                }
                for (int k = 0; k < j; k++) {
                    out[k] = work[k];
                    dOut[k] = dWork[k];
                }
            }
            double s = 0;
            for (int k = 0; k < p; k++) {
                s += dOut[k] * b[from + k];
            }
            gb[v] = s;
        }
        System.arraycopy(gb, 0, b, from, p);
    }

    /**
     * The autocovariances γ(0..maxLag) of the ARMA process φ(B) x = θ(B) ε with unit innovation variance, in
     * O(p² + maxLag·(p + nz²)) (nz the non-zero MA coefficients) instead of a (p+1)-square solve: the pure AR part's
     * by the step-down of φ to its partial autocorrelations κ_m (γ_u(0) = 1 / Π(1 - κ_m²)) and the Durbin–Levinson
     * recursion back up, then γ(k) = Σ_ij θ_i θ_j γ_u(k - i + j). Null when a |κ_m| reaches 1 (not stationary) or
     * the step-down would amplify rounding by more than 1e8: the caller then solves the system.
     */
    static double[] armaAutocovariance(double[] phi, double[] theta, int maxLag) {
        int p = phi.length;
        int q = theta.length;
        int lags = maxLag + q;
        double[][] levels = new double[p + 1][];
        levels[p] = phi;
        double prod = 1;
        for (int m = p; m >= 1; m--) {
            double[] cur = levels[m];
            double kappa = cur[m - 1];
            double den = 1 - kappa * kappa;
            prod *= den;
            if (!(Math.abs(kappa) < 1) || !(prod > 1e-8)) {
                return null;
            }
            double[] next = new double[m - 1];
            for (int j = 1; j < m; j++) {
                next[j - 1] = (cur[j - 1] + kappa * cur[m - j - 1]) / den;
            }
            levels[m - 1] = next;
        }
        double[] g = new double[lags + 1];
        g[0] = 1 / prod;
        for (int m = 1; m <= Math.min(p, lags); m++) {
            double[] f = levels[m];
            double s = 0;
            for (int j = 1; j <= m; j++) {
                s += f[j - 1] * g[m - j];
            }
            g[m] = s;
        }
        int[] phiNz = Kernels.nonZeroIndices(phi);
        for (int k = p + 1; k <= lags; k++) {
            double s = 0;
            for (int j : phiNz) {
                s += phi[j] * g[k - j - 1];
            }
            g[k] = s;
        }
        if (q == 0) {
            return g.length == maxLag + 1 ? g : java.util.Arrays.copyOf(g, maxLag + 1);
        }
        int[] nz = Kernels.nonZeroIndices(theta);
        int[] idx = new int[nz.length + 1];
        double[] th = new double[nz.length + 1];
        th[0] = 1;
        for (int i = 0; i < nz.length; i++) {
            idx[i + 1] = nz[i] + 1;
            th[i + 1] = theta[nz[i]];
        }
        double[] out = new double[maxLag + 1];
        for (int k = 0; k <= maxLag; k++) {
            double s = 0;
            for (int a = 0; a < idx.length; a++) {
                for (int b = 0; b < idx.length; b++) {
                    s += th[a] * th[b] * g[Math.abs(k - idx[a] + idx[b])];
                }
            }
            out[k] = s;
        }
        return out;
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
     * R's ARIMA_Like (up = 0, from the initial state of makeARIMA: a = 0, P = Q0) for a stationary ARMA model on a
     * series without missing values: {ssq, sumlog, nu} as {@link Kernels#like}, or null when the recursion meets a
     * zero or negative innovation variance or a missing value (the caller then runs the reference filter, which has
     * R's behaviour there). {@code q0} holds the first column of the stationary covariance in its first r entries
     * ({@link #stationaryQ0Column}, or the whole matrix column-major): it must solve Q0 = T Q0 T' + R R', which the
     * recursion is built on.
     *
     * <p>With P_l the predicted covariance at step l, k_l = P_l Z' and F_l = Z k_l, the increment
     * P_{l+1} - P_l = m_l w_l w_l' keeps rank one: k_{l+1} = k_l + m_l u w_l, u = Z w_l;
     * w_{l+1} = T (w_l - k_{l+1} u / F_{l+1}); m_{l+1} = m_l + (m_l u)² / F_l; initially w_0 = T k_0, m_0 = -1/F_0.
     */
    static double[] like(double[] y, double[] phi, double[] theta, double[] q0) {
        return like(y, phi, theta, q0, null);
    }

    /**
     * As {@link #like(double[], double[], double[], double[])}; with {@code resid} non-null the standardised
     * innovations are written there, as {@link Kernels#like} does (the filter's state is not kept).
     */
    static double[] like(double[] y, double[] phi, double[] theta, double[] q0, double[] resid) {
        return like(y, phi, theta, q0, resid, null);
    }

    /**
     * What one run of the filter computed at each step, kept for what can follow it: the gains k_l, F_l (and the
     * rank-one increments w_l, m_l) depend on the model only, not on the series, so the filter can run again on
     * another series of the same model (auto.arima's constant moved, the ARMA part kept) by the state recursion alone
     * ({@link #likeAgain}); with the state's first entry and the innovations as well, the objective's gradient is one
     * pass backwards over the run ({@link #adjoint}) instead of two runs per coefficient.
     */
    static final class Tape {
        private final int r;
        private final double[] k;
        private final double[] w;
        private final double[] f;
        private final double[] mt;
        private final double[] x0;
        private final double[] res;
        private final double[] v0;
        private boolean complete;

        Tape(int n, int r) {
            this.r = r;
            this.k = new double[n * r];
            this.w = new double[n * r];
            this.f = new double[n];
            this.mt = new double[n];
            this.x0 = new double[n];
            this.res = new double[n];
            this.v0 = new double[n];
        }

        /** Whether the last run recorded here went through the whole series. */
        boolean complete() {
            return complete;
        }

        /** The number of steps. */
        int length() {
            return f.length;
        }

        /** Whether this tape fits a series of n values and a state of r. */
        boolean fits(int n, int r) {
            return this.r == r && f.length == n;
        }
    }

    /**
     * As {@link #like(double[], double[], double[], double[], double[])}, recording the run in {@code record} when
     * it is non-null (of n steps and r = max(p, q + 1)).
     */
    static double[] like(double[] y, double[] phi, double[] theta, double[] q0, double[] resid, Tape record) {
        int r = Math.max(phi.length, theta.length + 1);
        if (record != null) {
            if (!record.fits(y.length, r)) {
                throw new IllegalArgumentException("a tape of another model");
            }
            record.complete = false;
        }
        for (int i = 0; i < r; i++) {
            if (!Double.isFinite(q0[i])) {
                return null;
            }
        }
        double[] out = likeStationary(y, phi, Kernels.nonZeroIndices(phi), r, q0, resid, record, null);
        if (record != null) {
            record.complete = out != null;
        }
        return out;
    }

    /**
     * The filter again with the gains of a complete earlier run of the same stationary model (no differences,
     * {@code tape.complete()}) on another series: the state recursion only, each number computed as {@link #like}
     * computes it. The tape then holds this run.
     */
    static double[] likeAgain(double[] y, double[] phi, double[] theta, Tape tape) {
        int r = Math.max(phi.length, theta.length + 1);
        if (!tape.fits(y.length, r) || !tape.complete) {
            throw new IllegalArgumentException("no complete run of this model");
        }
        return likeStationary(y, phi, Kernels.nonZeroIndices(phi), r, null, null, null, tape);
    }

    /**
     * The gradient of the objective {@code ssqBar · ssq + sumlogBar · sumlog} of the complete run on {@code tape}
     * (its {@link #like}: {ssq, sumlog, nu}, nu held fixed) by reverse-mode differentiation of the recursion, added
     * to {@code yBar} (with respect to the series), {@code phiBar} (to φ as it enters the transition; φ and θ also
     * enter through Q0, whose part is {@code q0Bar}, the first column's r entries). {@code phiSupport}: the entries
     * of φ that the model's order lets be non-zero ({@link #support}), whatever their value now (a coefficient at 0
     * has a derivative too). One pass backwards over the steps, O(n r): the whole gradient for the price of about
     * two runs.
     */
    static void adjoint(double[] phi, int[] phiSupport, Tape t, double ssqBar, double sumlogBar, double[] yBar,
            double[] phiBar, double[] q0Bar) {
        if (!t.complete) {
            throw new IllegalArgumentException("no complete run on the tape");
        }
        int r = t.r;
        int n = t.f.length;
        double[] aB = new double[r];   // adjoints of the state after step l, of k and w at step l + 1
        double[] kB = new double[r];
        double[] wB = new double[r];
        double[] apB = new double[r];
        double[] kBl = new double[r];
        double[] wBl = new double[r];
        double mtB = 0;
        double fB = 0;   // of F at step l + 1
        for (int l = n - 1; l >= 0; l--) {
            int off = l * r;
            double fl = t.f[l];
            double u = t.w[off];
            double mu = t.mt[l] * u;
            double muB = 0;
            double uB = 0;
            double fBl = 0;
            double mtBl = 0;
            if (l < n - 1) {
                int next = off + r;
                double fn = t.k[next];
                double s = u / fn;
                // m_{l+1} = m_l + mu (mu / F_l)
                mtBl = mtB;
                muB += mtB * 2 * mu / fl;
                fBl -= mtB * mu * mu / (fl * fl);
                // w_{l+1} = T v, v = w_l - s k_{l+1}
                double v0B = 0;
                for (int i : phiSupport) {
                    v0B += phi[i] * wB[i];
                    phiBar[i] += wB[i] * t.v0[l];
                }
                double sB = 0;
                for (int i = 0; i < r; i++) {
                    double vB = i == 0 ? v0B : wB[i - 1];
                    sB -= vB * t.k[next + i];
                    kB[i] -= s * vB;
                    wBl[i] = vB;
                }
                // s = u / F_{l+1}, F_{l+1} = k_{l+1}[0]
                uB += sB / fn;
                fB -= sB * u / (fn * fn);
                kB[0] += fB;
                // k_{l+1} = k_l + w_l mu
                for (int i = 0; i < r; i++) {
                    kBl[i] = kB[i];
                    wBl[i] += kB[i] * mu;
                    muB += kB[i] * t.w[off + i];
                }
            } else {
                java.util.Arrays.fill(kBl, 0);
                java.util.Arrays.fill(wBl, 0);
            }
            double res = t.res[l];
            double step = res / fl;
            // a_{l+1} = T a_l + k_l step
            double stepB = 0;
            for (int i = 0; i < r; i++) {
                apB[i] = aB[i];
                kBl[i] += aB[i] * step;
                stepB += aB[i] * t.k[off + i];
            }
            // mu = m_l u, u = w_l[0]
            mtBl += muB * u;
            uB += muB * t.mt[l];
            wBl[0] += uB;
            double resB = 0;
            if (fl < COUNTED) {
                resB += ssqBar * step;
                stepB += ssqBar * res;
                fBl += sumlogBar / fl;
            }
            resB += stepB / fl;
            fBl -= stepB * res / (fl * fl);
            yBar[l] += resB;
            apB[0] -= resB;
            // the prediction T a_l
            double a0B = 0;
            for (int i : phiSupport) {
                a0B += phi[i] * apB[i];
                phiBar[i] += apB[i] * t.x0[l];
            }
            for (int i = r - 1; i >= 1; i--) {
                aB[i] = apB[i - 1];
            }
            aB[0] = a0B;
            double[] swap = kB;
            kB = kBl;
            kBl = swap;
            swap = wB;
            wB = wBl;
            wBl = swap;
            mtB = mtBl;
            fB = fBl;
        }
        // the start: k_0 = Q0 e_1, F_0 = k_0[0], w_0 = T k_0, m_0 = -1 / F_0
        double f0 = t.f[0];
        fB += mtB / (f0 * f0);
        double k00B = 0;
        for (int i : phiSupport) {
            k00B += phi[i] * wB[i];
            phiBar[i] += wB[i] * t.k[0];
        }
        for (int i = r - 1; i >= 1; i--) {
            kB[i] += wB[i - 1];
        }
        kB[0] += k00B + fB;
        for (int i = 0; i < r; i++) {
            q0Bar[i] += kB[i];
        }
    }

    /**
     * {@link #like}'s recursion, every vector updated in place in one pass; with {@code replay} non-null (and
     * {@code q0} null) the gains are those recorded there and only the state recursion runs ({@link #likeAgain}).
     */
    private static double[] likeStationary(double[] y, double[] phi, int[] phiNz, int r, double[] q0,
            double[] resid, Tape record, Tape replay) {
        int n = y.length;
        double[] k = replay != null ? null : new double[r];
        double[] w = replay != null ? null : new double[r];
        double[] a = new double[r];
        double f = 0;
        double mt = 0;
        double x0;
        if (replay == null) {
            System.arraycopy(q0, 0, k, 0, r);
            f = k[0];
            if (!(f > 0)) {
                return null;
            }
            x0 = k[0];
            for (int i = 0; i < r - 1; i++) {
                w[i] = k[i + 1];
            }
            for (int i : phiNz) {
                w[i] += phi[i] * x0;
            }
            mt = -1 / f;
        }
        double ssq = 0;
        double sumlog = 0;
        double prod = 1;   // of the gains (each at least 1: the innovation variance is 1 + a variance), logged rarely
        int nu = 0;
        // each vector updated in place in one pass (the shifts run upwards, reading an entry before it is written)
        for (int l = 0; l < n; l++) {
            double yl = y[l];
            if (Double.isNaN(yl)) {
                return null;
            }
            x0 = a[0];
            for (int i = 0; i < r - 1; i++) {
                a[i] = a[i + 1];
            }
            a[r - 1] = 0;
            for (int i : phiNz) {
                a[i] += phi[i] * x0;
            }
            double res = yl - a[0];
            double gain = replay != null ? replay.f[l] : f;
            double step = res / gain;
            if (gain < COUNTED) {
                nu++;
                ssq += res * step;
                prod *= gain;
                if (prod > 1e250) {
                    sumlog += Math.log(prod);
                    prod = 1;
                }
            }
            if (resid != null) {
                resid[l] = res / Math.sqrt(gain);
            }
            if (replay != null) {   // the tape now holds this series' run (the gains are the same)
                int off = l * r;
                replay.x0[l] = x0;
                replay.res[l] = res;
                for (int i = 0; i < r; i++) {
                    a[i] += replay.k[off + i] * step;
                }
                continue;
            }
            if (record != null) {
                int off = l * r;
                System.arraycopy(k, 0, record.k, off, r);
                System.arraycopy(w, 0, record.w, off, r);
                record.f[l] = gain;
                record.mt[l] = mt;
                record.x0[l] = x0;
                record.res[l] = res;
            }
            double u = w[0];
            double mu = 0;
            mu += mt * u;
            for (int i = 0; i < r; i++) {
                double ki = k[i];
                a[i] += ki * step;
                k[i] = ki + w[i] * mu;
            }
            if (l == n - 1) {
                break;
            }
            double fNext = k[0];
            if (!(fNext > 0)) {
                return null;
            }
            double s = u / fNext;
            x0 = w[0] - s * k[0];
            if (record != null) {
                record.v0[l] = x0;
            }
            for (int i = 0; i < r - 1; i++) {
                w[i] = w[i + 1] - s * k[i + 1];
            }
            w[r - 1] = 0;
            for (int i : phiNz) {
                w[i] += phi[i] * x0;
            }
            double mj = mu / f;
            mt += mu * mj;
            f = fNext;
        }
        return new double[] {ssq, sumlog + Math.log(prod), nu};
    }
}
