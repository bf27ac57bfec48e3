package io.marketcast.forecast.arima;

/**
 * The numerical kernels of R's {@code stats::arima} (R's {@code src/library/stats/src/arima.c}), written again in
 * Java and kept in R's order of operations so that fits agree with R to rounding: the parameter transformation to
 * stationarity ({@code partrans}, Jones 1980), the expansion of seasonal ARMA polynomials ({@code ARIMA_transPars}),
 * the conditional sum of squares ({@code ARIMA_CSS}), Gardner, Harvey and Phillips' (1980) initial state covariance
 * ({@code getQ0}), the Kalman filter of the exact likelihood ({@code ARIMA_Like}) and the forecast recursion
 * ({@code KalmanFore}). Matrices are flat arrays in column-major order, as in R.
 */
final class Kernels {

    private Kernels() {
    }

    /** tanh, then the Durbin-Levinson recursion: unconstrained values to the coefficients of a stationary AR. */
    static void partrans(int p, double[] raw, int from, double[] out, int to) {
        if (p > 100) {
            throw new IllegalArgumentException("can only transform 100 pars");
        }
        double[] work = new double[p];
        for (int j = 0; j < p; j++) {
            work[j] = out[to + j] = Math.tanh(raw[from + j]);
        }
        for (int j = 1; j < p; j++) {
            double a = out[to + j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * out[to + j - k - 1];
            }
            for (int k = 0; k < j; k++) {
                out[to + k] = work[k];
            }
        }
    }

    /** The inverse of {@link #partrans}. */
    static void invpartrans(int p, double[] phi, int from, double[] out, int to) {
        double[] work = new double[p];
        for (int j = 0; j < p; j++) {
            work[j] = out[to + j] = phi[from + j];
        }
        for (int j = p - 1; j > 0; j--) {
            double a = out[to + j];
            for (int k = 0; k < j; k++) {
                work[k] = (out[to + k] + a * out[to + j - k - 1]) / (1 - a * a);
            }
            for (int k = 0; k < j; k++) {
                out[to + k] = work[k];
            }
        }
        for (int j = 0; j < p; j++) {
            out[to + j] = atanh(out[to + j]);
        }
    }

    static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** R's ARIMA_Invtrans: the AR and seasonal AR parts to the unconstrained scale, the rest copied. */
    static double[] invtrans(double[] raw, ArimaOrder o) {
        double[] out = raw.clone();
        if (o.p() > 0) {
            invpartrans(o.p(), raw, 0, out, 0);
        }
        if (o.sp() > 0) {
            invpartrans(o.sp(), raw, o.p() + o.q(), out, o.p() + o.q());
        }
        return out;
    }

    /** R's ARIMA_undoPars: the AR and seasonal AR parts transformed to the stationary coefficients. */
    static double[] undoPars(double[] in, ArimaOrder o) {
        double[] out = in.clone();
        if (o.p() > 0) {
            partrans(o.p(), in, 0, out, 0);
        }
        if (o.sp() > 0) {
            partrans(o.sp(), in, o.p() + o.q(), out, o.p() + o.q());
        }
        return out;
    }

    /** R's ARIMA_Gradtrans: the Jacobian of {@link #undoPars} by forward differences (eps 1e-3), n × n. */
    static double[] gradtrans(double[] x, ArimaOrder o) {
        int n = x.length;
        double eps = 1e-3;
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            a[i + i * n] = 1;
        }
        gradBlock(x, 0, o.p(), n, eps, a);
        gradBlock(x, o.p() + o.q(), o.sp(), n, eps, a);
        return a;
    }

    private static void gradBlock(double[] x, int v, int m, int n, double eps, double[] a) {
        if (m == 0) {
            return;
        }
        double[] w1 = new double[m];
        double[] w2 = new double[m];
        double[] w3 = new double[m];
        System.arraycopy(x, v, w1, 0, m);
        partrans(m, w1, 0, w2, 0);
        for (int i = 0; i < m; i++) {
            w1[i] += eps;
            partrans(m, w1, 0, w3, 0);
            for (int j = 0; j < m; j++) {
                a[i + v + (j + v) * n] = (w3[j] - w2[j]) / eps;
            }
            w1[i] -= eps;
        }
    }

    /**
     * R's ARIMA_transPars: the full non-seasonal polynomials {@code phi} (length p + m·P) and {@code theta}
     * (length q + m·Q) from the parameters, transforming the AR parts first when {@code trans}.
     */
    static double[][] transPars(double[] in, ArimaOrder o, boolean trans) {
        int mp = o.p();
        int mq = o.q();
        int msp = o.sp();
        int msq = o.sq();
        int ns = o.period();
        double[] params = in;
        if (trans) {
            params = in.clone();
            if (mp > 0) {
                partrans(mp, in, 0, params, 0);
            }
            if (msp > 0) {
                partrans(msp, in, mp + mq, params, mp + mq);
            }
        }
        int p = mp + ns * msp;
        int q = mq + ns * msq;
        double[] phi = new double[p];
        double[] theta = new double[q];
        for (int i = 0; i < mp; i++) {
            phi[i] = params[i];
        }
        for (int i = 0; i < mq; i++) {
            theta[i] = params[i + mp];
        }
        for (int j = 0; j < msp; j++) {
            phi[(j + 1) * ns - 1] += params[j + mp + mq];
            for (int i = 0; i < mp; i++) {
                phi[(j + 1) * ns + i] -= params[i] * params[j + mp + mq];
            }
        }
        for (int j = 0; j < msq; j++) {
            theta[(j + 1) * ns - 1] += params[j + mp + mq + msp];
            for (int i = 0; i < mq; i++) {
                theta[(j + 1) * ns + i] += params[i + mp] * params[j + mp + mq + msp];
            }
        }
        return new double[][] {phi, theta};
    }

    /**
     * R's ARIMA_CSS: differences {@code y} (d times at lag 1, D times at lag m) and returns the mean of the squared
     * one-step errors of the ARMA recursion after the first {@code ncond} values; with {@code resid} non-null
     * the errors are written there (zeros for the first ncond).
     */
    static double css(double[] y, ArimaOrder o, double[] phi, double[] theta, int ncond, double[] resid) {
        return cssDifferenced(differenced(y, o), phi, theta, ncond, resid);
    }

    /** ARIMA_CSS's differencing of {@code y}: d times at lag 1, D times at lag m, in place on a copy. */
    static double[] differenced(double[] y, ArimaOrder o) {
        int n = y.length;
        double[] w = y.clone();
        for (int i = 0; i < o.d(); i++) {
            for (int l = n - 1; l > 0; l--) {
                w[l] -= w[l - 1];
            }
        }
        int ns = o.period();
        for (int i = 0; i < o.sd(); i++) {
            for (int l = n - 1; l >= ns; l--) {
                w[l] -= w[l - ns];
            }
        }
        return w;
    }

    /** {@link #css} on the series {@link #differenced} already ({@code w} is not changed). */
    static double cssDifferenced(double[] w, double[] phi, double[] theta, int ncond, double[] resid) {
        boolean finite = true;
        for (double x : w) {
            finite &= Double.isFinite(x);
        }
        return cssDifferenced(w, phi, theta, ncond, resid != null ? resid : new double[w.length], finite);
    }

    /**
     * As {@link #cssDifferenced(double[], double[], double[], int, double[])} with the residuals written to
     * {@code r} (n values) and whether {@code w} is finite throughout known to the caller.
     */
    static double cssDifferenced(double[] w, double[] phi, double[] theta, int ncond, double[] r, boolean finite) {
        int n = w.length;
        int p = phi.length;
        int q = theta.length;
        for (int l = 0; l < ncond && l < n; l++) {
            r[l] = 0;
        }
        double ssq = 0;
        int nu = 0;
        // seasonal polynomials are mostly zeros: subtracting their 0 × (a finite value) changes no bit, but 0 × ±Inf
        // or NaN would, so with non-finite values every term is taken
        int[] phiIdx = finite ? nonZeroIndices(phi) : java.util.stream.IntStream.range(0, p).toArray();
        int[] thetaIdx = finite ? nonZeroIndices(theta) : java.util.stream.IntStream.range(0, q).toArray();
        for (int l = ncond; l < n; l++) {
            double tmp = w[l];
            for (int j : phiIdx) {
                tmp -= phi[j] * w[l - j - 1];
            }
            int jmax = Math.min(l - ncond, q);
            for (int j : thetaIdx) {
                if (j >= jmax) {
                    break;
                }
                tmp -= theta[j] * r[l - j - 1];
            }
            r[l] = tmp;
            if (!Double.isNaN(tmp)) {
                nu++;
                ssq += tmp * tmp;
            }
        }
        return ssq / nu;
    }

    /** Gardner, Harvey and Phillips (1980): the r × r covariance of the initial ARMA state, as R's getQ0. */
    static double[] getQ0(double[] phi, double[] theta) {
        int p = phi.length;
        int q = theta.length;
        int r = Math.max(p, q + 1);
        int np = r * (r + 1) / 2;
        int nrbar = np * (np - 1) / 2;
        double[] res = new double[r * r];
        double[] v = new double[np];
        int ind = 0;
        for (int j = 0; j < r; j++) {
            double vj = j == 0 ? 1.0 : j - 1 < q ? theta[j - 1] : 0.0;
            for (int i = j; i < r; i++) {
                double vi = i == 0 ? 1.0 : i - 1 < q ? theta[i - 1] : 0.0;
                v[ind++] = vi * vj;
            }
        }
        if (r == 1) {
            res[0] = p == 0 ? 1.0 : 1.0 / (1.0 - phi[0] * phi[0]);
            return res;
        }
        if (p > 0) {
            double[] rbar = new double[nrbar];
            double[] thetab = new double[np];
            double[] xnext = new double[np];
            double[] xrow = new double[np];
            int[] lo = new int[np];
            int[] hi = new int[np];
            java.util.Arrays.fill(lo, np);
            java.util.Arrays.fill(hi, -1);
            ind = 0;
            int ind1 = -1;
            int npr = np - r;
            int npr1 = npr + 1;
            int indj = npr;
            int ind2 = npr - 1;
            for (int j = 0; j < r; j++) {
                double phij = j < p ? phi[j] : 0.0;
                xnext[indj++] = 0.0;
                int indi = npr1 + j;
                for (int i = j; i < r; i++) {
                    double ynext = v[ind++];
                    double phii = i < p ? phi[i] : 0.0;
                    if (j != r - 1) {
                        xnext[indj] = -phii;
                        if (i != r - 1) {
                            xnext[indi] -= phij;
                            xnext[++ind1] = -1.0;
                        }
                    }
                    xnext[npr] = -phii * phij;
                    if (++ind2 >= np) {
                        ind2 = 0;
                    }
                    xnext[ind2] += 1.0;
                    inclu2(np, xnext, xrow, ynext, res, rbar, thetab, lo, hi);
                    xnext[ind2] = 0.0;
                    if (i != r - 1) {
                        xnext[indi++] = 0.0;
                        xnext[ind1] = 0.0;
                    }
                }
            }
            int ithisr = nrbar - 1;
            int im = np - 1;
            for (int i = 0; i < np; i++) {
                double bi = thetab[im];
                int jm = np - 1;
                for (int j = 0; j < i; j++) {
                    bi -= rbar[ithisr--] * res[jm--];
                }
                res[im--] = bi;
            }
            ind = npr;
            for (int i = 0; i < r; i++) {
                xnext[i] = res[ind++];
            }
            ind = np - 1;
            ind1 = npr - 1;
            for (int i = 0; i < npr; i++) {
                res[ind--] = res[ind1--];
            }
            for (int i = 0; i < r; i++) {
                res[i] = xnext[i];
            }
        } else {
            int indn = np;
            ind = np;
            for (int i = 0; i < r; i++) {
                for (int j = 0; j <= i; j++) {
                    --ind;
                    res[ind] = v[ind];
                    if (j != 0) {
                        res[ind] += res[--indn];
                    }
                }
            }
        }
        ind = np;
        for (int i = r - 1; i > 0; i--) {
            for (int j = r - 1; j >= i; j--) {
                res[r * i + j] = res[--ind];
            }
        }
        for (int i = 0; i < r - 1; i++) {
            for (int j = i + 1; j < r; j++) {
                res[i + r * j] = res[j + r * i];
            }
        }
        return res;
    }

    /**
     * R's inclu2 (Givens inclusion of one row into the regression of Gardner et al.): the same operations in the same
     * order on every entry that can change. The rows are sparse (at most four non-zeros enter) and so is most of
     * {@code rbar}; where both the row's entry and rbar's are zero R's update writes a zero, so it is left out:
     * {@code lo[i]}..{@code hi[i]} bound the possibly non-zero entries of rbar's row i (empty: lo = np, hi = -1), and
     * the row's own possibly non-zero entries are tracked as they fill in. Values are R's (a zero may differ in sign).
     */
    private static void inclu2(int np, double[] xnext, double[] xrow, double ynext, double[] d, double[] rbar,
            double[] thetab, int[] lo, int[] hi) {
        System.arraycopy(xnext, 0, xrow, 0, np);
        int xhi = np - 1;
        while (xhi >= 0 && xrow[xhi] == 0.0) {
            xhi--;
        }
        int i = 0;
        while (i <= xhi && xrow[i] == 0.0) {
            i++;
        }
        while (i <= xhi) {
            double xi = xrow[i];
            double di = d[i];
            double dpi = di + xi * xi;
            d[i] = dpi;
            double cbar = di / dpi;
            double sbar = xi / dpi;
            int xnz = i + 1;
            while (xnz <= xhi && xrow[xnz] == 0.0) {
                xnz++;
            }
            int kfrom = Math.min(xnz, lo[i]);
            int kto = Math.max(xnz <= xhi ? xhi : -1, hi[i]);
            int base = i * np - i * (i + 1) / 2 - i - 1;   // rbar's index of row i, column k: base + k
            for (int k = kfrom; k <= kto; k++) {
                double xk = xrow[k];
                double rbthis = rbar[base + k];
                xrow[k] = xk - xi * rbthis;
                rbar[base + k] = cbar * rbthis + sbar * xk;
            }
            if (kfrom <= kto) {
                lo[i] = kfrom;
                hi[i] = kto;
                xhi = Math.max(xhi, kto);
            }
            double xk = ynext;
            ynext = xk - xi * thetab[i];
            thetab[i] = cbar * thetab[i] + sbar * xk;
            if (di == 0.0) {
                return;
            }
            i = Math.min(xnz, kfrom <= kto ? kfrom : np);
            while (i <= xhi && xrow[i] == 0.0) {
                i++;
            }
        }
    }

    /**
     * The state-space form of R's makeARIMA: state dimension rd = r + d with r = max(p, q + 1), the initial state
     * zero with covariance Q0 (Gardner) for the ARMA part and {@code kappa} (diffuse) for the differencing part.
     * {@code a}, {@code p} and {@code pn} are the filter's working state, as the mutable vectors of R's model.
     */
    static final class StateSpace {
        final double[] phi;
        final double[] theta;
        final double[] delta;
        final int r;
        final int rd;
        final double[] a;
        final double[] p;
        final double[] pn;

        StateSpace(double[] phi, double[] theta, double[] delta, double kappa) {
            this(phi, theta, delta, kappa, null);
        }

        /** With {@code q0} the initial ARMA covariance (r × r) given; null for Gardner's, as R. */
        StateSpace(double[] phi, double[] theta, double[] delta, double kappa, double[] q0Given) {
            this.phi = phi;
            this.theta = theta;
            this.delta = delta;
            this.r = Math.max(phi.length, theta.length + 1);
            int d = delta.length;
            this.rd = r + d;
            this.a = new double[rd];
            this.p = new double[rd * rd];
            this.pn = new double[rd * rd];
            if (r > 1) {
                double[] q0 = q0Given != null ? q0Given : getQ0(phi, theta);
                for (int j = 0; j < r; j++) {
                    for (int i = 0; i < r; i++) {
                        pn[i + rd * j] = q0[i + r * j];
                    }
                }
            } else {
                pn[0] = phi.length > 0 ? 1 / (1 - phi[0] * phi[0]) : 1;
            }
            for (int i = 0; i < d; i++) {
                pn[(r + i) + rd * (r + i)] = kappa;
            }
        }

        /** Z: the observation vector (1, 0, ..., 0, Delta). */
        double[] z() {
            double[] z = new double[rd];
            z[0] = 1;
            System.arraycopy(delta, 0, z, r, delta.length);
            return z;
        }

        /** T: the transition matrix, rd × rd column-major. */
        double[] t() {
            double[] t = new double[rd * rd];
            for (int i = 0; i < phi.length; i++) {
                t[i] = phi[i];
            }
            for (int i = 1; i < r; i++) {
                t[(i - 1) + rd * i] = 1;
            }
            int d = delta.length;
            if (d > 0) {
                double[] z = z();
                for (int j = 0; j < rd; j++) {
                    t[r + rd * j] = z[j];
                }
                for (int i = 1; i < d; i++) {
                    t[(r + i) + rd * (r + i - 1)] = 1;
                }
            }
            return t;
        }

        /** V = R R' with R = (1, theta padded to r - 1, zeros for the differences). */
        double[] v() {
            double[] rr = new double[rd];
            rr[0] = 1;
            for (int i = 0; i < theta.length && i < r - 1; i++) {
                rr[i + 1] = theta[i];
            }
            double[] v = new double[rd * rd];
            for (int j = 0; j < rd; j++) {
                for (int i = 0; i < rd; i++) {
                    v[i + rd * j] = rr[i] * rr[j];
                }
            }
            return v;
        }
    }

    /**
     * R's ARIMA_Like with up = 0: runs the Kalman filter over {@code y} from the model's state, updating
     * {@code mod.a}, {@code mod.p} and {@code mod.pn} as R does, and returns {ssq, sumlog, nu}. With
     * {@code resid} non-null the standardised innovations are written there.
     */
    static double[] like(double[] y, StateSpace mod, double[] resid) {
        int n = y.length;
        double[] phi = mod.phi;
        double[] theta = mod.theta;
        double[] delta = mod.delta;
        int d = delta.length;
        int rd = mod.rd;
        int r = rd - d;
        int p = phi.length;
        int q = theta.length;
        double[] a = mod.a;
        double[] pp = mod.p;
        double[] pnew = mod.pn;
        double[] anew = new double[rd];
        double[] m = new double[rd];
        double[] mm = d > 0 ? new double[rd * rd] : null;
        // the terms with a zero coefficient (most of delta's for seasonal differences, of phi's for seasonal AR)
        // add a zero: left out, which changes no bit of the sums while P is finite
        int[] dnz = nonZeroIndices(delta);
        double ssq = 0;
        double sumlog = 0;
        int nu = 0;
        for (int l = 0; l < n; l++) {
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
            if (l > 0) {
                predictCovariance(pp, pnew, mm, phi, theta, delta, dnz, r, rd);
            }
            if (!Double.isNaN(y[l])) {
                double res = y[l] - anew[0];
                for (int i = 0; i < d; i++) {
                    res -= delta[i] * anew[r + i];
                }
                for (int i = 0; i < rd; i++) {
                    double tmp = pnew[i];
                    for (int j : dnz) {
                        tmp += pnew[i + (r + j) * rd] * delta[j];
                    }
                    m[i] = tmp;
                }
                double gain = m[0];
                for (int j = 0; j < d; j++) {
                    gain += delta[j] * m[r + j];
                }
                if (gain < 1e4) {
                    nu++;
                    ssq += gain == 0 ? Double.POSITIVE_INFINITY : res * res / gain;
                    sumlog += Math.log(gain);
                }
                if (resid != null) {
                    resid[l] = gain == 0 ? Double.POSITIVE_INFINITY : res / Math.sqrt(gain);
                }
                if (gain == 0) {
                    for (int i = 0; i < rd; i++) {
                        a[i] = Double.POSITIVE_INFINITY;
                        for (int j = 0; j < rd; j++) {
                            pnew[i + j * rd] = Double.POSITIVE_INFINITY;
                        }
                    }
                } else {
                    for (int i = 0; i < rd; i++) {
                        a[i] = anew[i] + m[i] * res / gain;
                    }
                    for (int j = 0; j < rd; j++) {
                        double mj = m[j];
                        int col = j * rd;
                        for (int i = 0; i < rd; i++) {
                            pp[i + col] = pnew[i + col] - m[i] * mj / gain;
                        }
                    }
                }
            } else {
                System.arraycopy(anew, 0, a, 0, rd);
                System.arraycopy(pnew, 0, pp, 0, rd * rd);
                if (resid != null) {
                    resid[l] = Double.NaN;
                }
            }
        }
        return new double[] {ssq, sumlog, nu};
    }

    /**
     * One step of ARIMA_Like's covariance prediction Pnew = T P T' + V (R's order of operations), a method of its
     * own so that the JIT compiles it as one small unit instead of recompiling the whole filter loop on stack.
     */
    private static void predictCovariance(double[] pp, double[] pnew, double[] mm, double[] phi, double[] theta,
            double[] delta, int[] dnz, int r, int rd) {
        int d = delta.length;
        int p = phi.length;
        int q = theta.length;
        if (d == 0) {
            for (int i = 0; i < r; i++) {
                double vi = i == 0 ? 1.0 : i - 1 < q ? theta[i - 1] : 0.0;
                for (int j = 0; j < r; j++) {
                    double tmp = j == 0 ? vi : j - 1 < q ? vi * theta[j - 1] : 0.0;
                    if (i < p && j < p) {
                        tmp += phi[i] * phi[j] * pp[0];
                    }
                    if (i < r - 1 && j < r - 1) {
                        tmp += pp[i + 1 + r * (j + 1)];
                    }
                    if (i < p && j < r - 1) {
                        tmp += phi[i] * pp[j + 1];
                    }
                    if (j < p && i < r - 1) {
                        tmp += phi[j] * pp[i + 1];
                    }
                    pnew[i + r * j] = tmp;
                }
            }
        } else {
            // the same sums as R's (0.0 + phi_i x) + y, with the branches taken out of the inner loops
            for (int i = 0; i < r; i++) {
                boolean ar = i < p && phi[i] != 0;
                boolean shift = i < r - 1;
                double ph = ar ? phi[i] : 0;
                if (ar && shift) {
                    for (int j = 0; j < rd; j++) {
                        mm[i + rd * j] = 0.0 + ph * pp[rd * j] + pp[i + 1 + rd * j];
                    }
                } else if (ar) {
                    for (int j = 0; j < rd; j++) {
                        mm[i + rd * j] = 0.0 + ph * pp[rd * j];
                    }
                } else if (shift) {
                    for (int j = 0; j < rd; j++) {
                        mm[i + rd * j] = 0.0 + pp[i + 1 + rd * j];
                    }
                } else {
                    for (int j = 0; j < rd; j++) {
                        mm[i + rd * j] = 0.0;
                    }
                }
            }
            for (int j = 0; j < rd; j++) {
                double tmp = pp[rd * j];
                for (int k : dnz) {
                    tmp += delta[k] * pp[r + k + rd * j];
                }
                mm[r + rd * j] = tmp;
            }
            if (d > 1) {
                for (int j = 0; j < rd; j++) {
                    System.arraycopy(pp, r + rd * j, mm, r + 1 + rd * j, d - 1);
                }
            }
            for (int i = 0; i < r; i++) {
                boolean ar = i < p && phi[i] != 0;
                boolean shift = i < r - 1;
                double ph = ar ? phi[i] : 0;
                int to = rd * i;
                int from = rd * (i + 1);
                if (ar && shift) {
                    for (int j = 0; j < rd; j++) {
                        pnew[j + to] = 0.0 + ph * mm[j] + mm[from + j];
                    }
                } else if (ar) {
                    for (int j = 0; j < rd; j++) {
                        pnew[j + to] = 0.0 + ph * mm[j];
                    }
                } else if (shift) {
                    for (int j = 0; j < rd; j++) {
                        pnew[j + to] = 0.0 + mm[from + j];
                    }
                } else {
                    for (int j = 0; j < rd; j++) {
                        pnew[j + to] = 0.0;
                    }
                }
            }
            for (int j = 0; j < rd; j++) {
                double tmp = mm[j];
                for (int k : dnz) {
                    tmp += delta[k] * mm[rd * (r + k) + j];
                }
                pnew[rd * r + j] = tmp;
            }
            if (d > 1) {
                System.arraycopy(mm, rd * r, pnew, rd * (r + 1), rd * (d - 1));
            }
            for (int i = 0; i <= q; i++) {
                double vi = i == 0 ? 1.0 : theta[i - 1];
                for (int j = 0; j <= q; j++) {
                    pnew[i + rd * j] += j == 0 ? vi : vi * theta[j - 1];
                }
            }
        }
    }

    /** The indices of the non-zero entries of {@code v}, in order (the terms a kernel cannot leave out). */
    static int[] nonZeroIndices(double[] v) {
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
}
