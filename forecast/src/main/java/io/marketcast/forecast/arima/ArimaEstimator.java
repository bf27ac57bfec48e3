package io.marketcast.forecast.arima;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * R's {@code stats::arima} with the additions of forecast's {@code Arima}: one seasonal ARIMA fitted by CSS-ML
 * (or CSS), with a constant (a mean when there are no differences, a drift when there is one, nothing with more,
 * as forecast's {@code include.constant = TRUE}). Follows R step by step: regression start by least squares on the
 * differenced data with {@code parscale = 10 × se}, CSS by BFGS, the AR parts checked for stationarity, the
 * parameters transformed (Jones 1980) and MA parts inverted, ML by BFGS on the exact Gaussian likelihood of the
 * state-space form (Gardner et al. 1980 initial covariance, diffuse prior of 1e6 on the differences), the
 * covariance from the numerical Hessian. Errors are {@link ArimaException}s with R's messages.
 */
final class ArimaEstimator {

    static final double KAPPA = 1e6;
    static final int MAXIT = 100;

    private ArimaEstimator() {
    }

    /** R's error in a fit: auto.arima scores the model as infinitely bad; a fixed-order fit reports it. */
    static final class ArimaException extends RuntimeException {
        ArimaException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Fits one model.
     *
     * @param x             the series, oldest first
     * @param o             the orders
     * @param constant      include a constant: a mean when d + D = 0, a drift when d + D = 1, ignored otherwise
     * @param method        CSS-ML or CSS
     * @param fixedConstant the constant's value held fixed (NaN to estimate it)
     */
    static ArimaFit fit(double[] x, ArimaOrder o, boolean constant, Estimation method, double fixedConstant) {
        return fit(x, o, constant, method, fixedConstant, false);
    }

    /**
     * As {@link #fit(double[], ArimaOrder, boolean, Estimation, double)}; with {@code lazyCovariance} the Hessian
     * and the covariance are computed when first asked for (auto.arima needs them only for a model that would win),
     * and an error there surfaces then.
     */
    static ArimaFit fit(double[] x, ArimaOrder o, boolean constant, Estimation method, double fixedConstant,
            boolean lazyCovariance) {
        return fit(x, o, constant, method, fixedConstant, lazyCovariance, false);
    }

    /**
     * As {@link #fit(double[], ArimaOrder, boolean, Estimation, double, boolean)}; with {@code fastLikelihood}, for
     * auto.arima's search, the likelihood is the exact one of the differenced series ({@link FastKernels}: the
     * diffuse limit of R's κ = 1e6 prior, the initial ARMA covariance from the autocovariances where R's Gardner
     * regression can be far off, a rank-one Chandrasekhar filter; R's filter wherever the fast one declines). Same
     * BFGS, same numerical gradients.
     */
    static ArimaFit fit(double[] x, ArimaOrder o, boolean constant, Estimation method, double fixedConstant,
            boolean lazyCovariance, boolean fastLikelihood) {
        return fit(x, o, constant, method, fixedConstant, lazyCovariance, fastLikelihood, true);
    }

    /**
     * As {@link #fit(double[], ArimaOrder, boolean, Estimation, double, boolean, boolean)}; with
     * {@code filteredState} false (only with {@code fastLikelihood}: a candidate of auto.arima's search, whose
     * criterion, coefficients and Hessian are read, never its forecasts) the final pass over the data runs the fast
     * filter on the differenced series for the residuals (the first d + mD are 0) and the model's state is left at
     * its start, not filtered: such a fit must not forecast.
     */
    static ArimaFit fit(double[] x, ArimaOrder o, boolean constant, Estimation method, double fixedConstant,
            boolean lazyCovariance, boolean fastLikelihood, boolean filteredState) {
        if (!fastLikelihood && !filteredState) {
            throw new IllegalArgumentException("an unfiltered state only with the fast likelihood");
        }
        int n = x.length;
        int m = o.period();
        int narma = o.narma();
        double[] delta = delta(o);
        ArimaFit.Constant kind = !constant ? ArimaFit.Constant.NONE
                : o.differences() == 0 ? ArimaFit.Constant.MEAN
                : o.differences() == 1 ? ArimaFit.Constant.DRIFT : ArimaFit.Constant.NONE;
        int ncxreg = kind == ArimaFit.Constant.NONE ? 0 : 1;
        double[] xreg = null;
        if (ncxreg == 1) {
            xreg = new double[n];
            for (int t = 0; t < n; t++) {
                xreg[t] = kind == ArimaFit.Constant.DRIFT ? t + 1 : 1;
            }
        }
        int nUsed = n - delta.length;
        int npar = narma + ncxreg;
        double[] fixed = new double[npar];
        Arrays.fill(fixed, Double.NaN);
        if (ncxreg == 1 && !Double.isNaN(fixedConstant)) {
            fixed[narma] = fixedConstant;
        }
        boolean[] mask = new boolean[npar];
        int nfree = 0;
        for (int i = 0; i < npar; i++) {
            mask[i] = Double.isNaN(fixed[i]);
            nfree += mask[i] ? 1 : 0;
        }
        boolean noOptim = nfree == 0;
        boolean transform = !noOptim;
        double[] init = new double[npar];
        double[] parscale = new double[npar];
        Arrays.fill(parscale, 1);
        if (ncxreg == 1) {
            double[] dx = x.clone();
            double[] dxreg = xreg.clone();
            dx = diff(dx, 1, o.d());
            dxreg = diff(dxreg, 1, o.d());
            if (m > 1 && o.sd() > 0) {
                dx = diff(dx, m, o.sd());
                dxreg = diff(dxreg, m, o.sd());
            }
            double[] ls = dx.length > 1 ? leastSquares(dx, dxreg) : leastSquares(x, xreg);
            init[narma] = ls[0];
            parscale[narma] = 10 * ls[1];
        }
        if (nUsed <= 0) {
            throw new ArimaException("too few non-missing observations");
        }
        double[] coef = fixed.clone();
        double[] parscaleFree = select(parscale, mask);
        int ncond = o.d() + o.sd() * m + o.p() + m * o.sp();
        double[] xr = xreg;
        double[] mutableCoef = coef;

        LastCall lastCss = new LastCall(false);
        java.util.function.ToDoubleFunction<double[]> armaCss = pFree -> {
            double[] par = mutableCoef.clone();
            fill(par, mask, pFree);
            double[][] tr = Kernels.transPars(par, o, false);
            double[] w = lastCss.differenced(lastCss.adjusted(x, xr, par, narma), o, 0);
            double res = Kernels.cssDifferenced(w, tr[0], tr[1], ncond, lastCss.scratch(w.length), lastCss.wFinite);
            return 0.5 * Math.log(res);
        };

        if (method == Estimation.CSS) {
            Optim opt = new Optim(armaCss, parscaleFree);
            Optim.Result res;
            if (noOptim) {
                res = new Optim.Result(new double[0], armaCss.applyAsDouble(new double[0]), 0);
            } else {
                res = opt.minimize(select(init, mask), MAXIT);
            }
            double[] at = res.par();
            fill(coef, mask, res.par());
            double[][] tr = Kernels.transPars(coef, o, false);
            Kernels.StateSpace mod = new Kernels.StateSpace(tr[0], tr[1], delta, KAPPA,
                    fastLikelihood ? FastKernels.stationaryQ0(tr[0], tr[1]) : null);
            double[] y = adjusted(x, xreg, coef, narma);
            if (filteredState) {
                Kernels.like(y, mod, new double[n]);
            }
            double[] resid = new double[n];
            double sigma2 = Kernels.css(y, o, tr[0], tr[1], ncond, resid);
            Supplier<double[][]> var = () -> noOptim ? new double[0][0]
                    : LinearAlgebra.inverse(scale(opt.hessian(at), nUsed));
            double value = 2 * nUsed * res.value() + nUsed + nUsed * Math.log(2 * Math.PI);
            return new ArimaFit(o, kind, coef, mask, covariance(var, lazyCovariance), sigma2, -0.5 * value,
                    Double.NaN, nUsed, resid, mod, n, res.convergence(), method);
        }

        // CSS-ML
        if (noOptim) {
            // nothing to start
        } else {
            Optim opt = new Optim(armaCss, parscaleFree);
            Optim.Result res = opt.minimize(select(init, mask), MAXIT);
            if (res.convergence() == 0) {
                fill(init, mask, res.par());
            }
        }
        if (o.p() > 0 && !Polynomials.arStationary(init, 0, o.p())) {
            throw new ArimaException("non-stationary AR part from CSS");
        }
        if (o.sp() > 0 && !Polynomials.arStationary(init, o.p() + o.q(), o.sp())) {
            throw new ArimaException("non-stationary seasonal AR part from CSS");
        }
        if (transform) {
            init = Kernels.invtrans(init, o);
            if (o.q() > 0) {
                Polynomials.maInvert(init, o.p(), o.q());
            }
            if (o.sq() > 0) {
                Polynomials.maInvert(init, o.p() + o.q() + o.sp(), o.sq());
            }
        }
        boolean trans = transform;
        java.util.function.ToDoubleFunction<double[]> armafn;
        Optim.Gradient gradient = null;
        if (fastLikelihood) {
            SearchLikelihood search = new SearchLikelihood(x, xr, o, coef, mask, trans);
            armafn = search;
            gradient = search;
        } else {
            LastCall last = new LastCall(false);
            armafn = pFree -> {
                double[] par = mutableCoef.clone();
                fill(par, mask, pFree);
                double[][] tr = Kernels.transPars(par, o, trans);
                double[] y = last.adjusted(x, xr, par, narma);
                double[] res = Kernels.like(y, new Kernels.StateSpace(tr[0], tr[1], delta, KAPPA,
                        last.q0(tr[0], tr[1])), null);
                return objective(res);
            };
        }
        Optim opt = new Optim(armafn, parscaleFree, gradient);
        Optim.Result res;
        if (noOptim) {
            res = new Optim.Result(new double[0], armafn.applyAsDouble(new double[0]), 0);
        } else {
            res = opt.minimize(select(init, mask), MAXIT);
        }
        fill(coef, mask, res.par());
        Supplier<double[][]> var;
        if (transform) {
            if (o.q() > 0) {
                Polynomials.maInvert(coef, o.p(), o.q());
            }
            if (o.sq() > 0) {
                Polynomials.maInvert(coef, o.p() + o.q() + o.sp(), o.sq());
            }
            double[] free = select(coef, mask);
            if (!Arrays.equals(free, res.par())) {
                int old = res.convergence();
                res = opt.minimize(free, 0);
                res = new Optim.Result(res.par(), res.value(), old);
                fill(coef, mask, res.par());
            }
            double[] at = res.par();
            double[] a = Kernels.gradtrans(coef, o);
            int k = nfree;
            int[] idx = indices(mask);
            var = () -> {
                double[][] hess = opt.hessian(at);
                double[][] am = new double[k][k];
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        am[i][j] = a[idx[i] + npar * idx[j]];
                    }
                }
                double[][] sol = LinearAlgebra.solve(scale(hess, nUsed), am);
                return LinearAlgebra.crossprod(am, sol);
            };
            coef = Kernels.undoPars(coef, o);
        } else {
            double[] at = res.par();
            var = () -> noOptim ? new double[0][0] : LinearAlgebra.inverse(scale(opt.hessian(at), nUsed));
        }
        double[][] tr = Kernels.transPars(coef, o, false);
        double[] q0 = fastLikelihood ? FastKernels.stationaryQ0(tr[0], tr[1]) : null;
        Kernels.StateSpace mod = new Kernels.StateSpace(tr[0], tr[1], delta, KAPPA, q0);
        double[] resid = new double[n];
        double[] yAdj = adjusted(x, xreg, coef, narma);
        double[] val = null;
        if (!filteredState) {   // the search's likelihood: the differenced series' (the first d + mD residuals 0)
            int nd = delta.length;
            double[] w = nd == 0 ? yAdj : Arrays.copyOfRange(Kernels.differenced(yAdj, o), nd, n);
            double[] e = new double[w.length];
            val = FastKernels.like(w, tr[0], tr[1], q0, e);
            if (val != null) {
                System.arraycopy(e, 0, resid, nd, w.length);
            }
        }
        if (val == null) {
            val = Kernels.like(yAdj, mod, resid);
        }
        double sigma2 = val[0] / nUsed;
        double value = 2 * nUsed * res.value() + nUsed + nUsed * Math.log(2 * Math.PI);
        double aic = value + 2 * nfree + 2;
        return new ArimaFit(o, kind, coef, mask, covariance(var, lazyCovariance), sigma2, -0.5 * value, aic, nUsed,
                resid, mod, n, res.convergence(), method);
    }

    /** The concentrated objective of R's armafn from the filter's {ssq, sumlog, nu}: ½ (log(ssq / nu) + sumlog / nu). */
    private static double objective(double[] res) {
        double s2 = res[0] / res[2];
        return 0.5 * (Math.log(s2) + res[1] / res[2]);
    }

    /**
     * The search's ML objective (R's armafn on {@link FastKernels}' likelihood: the differenced series' exact one,
     * R's filter where the fast one declines) and its exact gradient: the last run is kept on a tape
     * ({@link FastKernels.Tape}) and differentiated backwards through the filter ({@link FastKernels#adjoint}),
     * Q0's first column ({@link FastKernels#firstColumnAdjoint}), the polynomials and the AR parts' transformation
     * ({@link FastKernels#transParsAdjoint}) and the constant's adjustment of the series. Where R's filter ran,
     * there is no gradient and the minimiser takes central differences.
     */
    static final class SearchLikelihood implements java.util.function.ToDoubleFunction<double[]>,
            Optim.Gradient {
        private final double[] x;
        private final double[] xreg;
        private final double[] dxreg;
        private final ArimaOrder o;
        private final double[] coef;
        private final boolean[] mask;
        private final int[] free;
        private final boolean trans;
        private final int nd;
        private final double[] delta;
        private final int[] phiSupport;
        private final LastCall last = new LastCall(true);
        private double[] at;
        private double[] atPar;
        private double[][] atPolys;
        private double[] atRes;
        private boolean taped;

        SearchLikelihood(double[] x, double[] xreg, ArimaOrder o, double[] coef, boolean[] mask, boolean trans) {
            this.x = x;
            this.xreg = xreg;
            this.o = o;
            this.coef = coef.clone();
            this.mask = mask;
            this.free = indices(mask);
            this.trans = trans;
            this.delta = delta(o);
            this.nd = delta.length;
            this.phiSupport = FastKernels.support(o);
            this.dxreg = xreg == null ? null
                    : Arrays.copyOfRange(Kernels.differenced(xreg, o), nd, xreg.length);
        }

        @Override
        public double applyAsDouble(double[] pFree) {
            double[] par = coef.clone();
            fill(par, mask, pFree);
            double[][] tr = Kernels.transPars(par, o, trans);
            int narma = o.narma();
            double[] y = last.adjusted(x, xreg, par, narma);
            double[] q0 = last.q0(tr[0], tr[1]);
            double[] res = last.like(nd == 0 ? y : last.differenced(y, o, nd), tr[0], tr[1], q0);
            taped = res != null;
            if (res == null) {
                res = Kernels.like(y, new Kernels.StateSpace(tr[0], tr[1], delta, KAPPA,
                        FastKernels.stationaryQ0(tr[0], tr[1])), null);
            }
            at = pFree.clone();
            atPar = par;
            atPolys = tr;
            atRes = res;
            return objective(res);
        }

        @Override
        public boolean gradient(double[] pFree, double[] g) {
            if (at == null || !Arrays.equals(pFree, at)) {
                applyAsDouble(pFree);
            }
            if (!taped || !(atRes[0] > 0)) {
                return false;
            }
            double[] phi = atPolys[0];
            double[] theta = atPolys[1];
            FastKernels.Tape tape = last.tape;
            double[] yBar = new double[tape.length()];
            double[] phiBar = new double[phi.length];
            double[] thetaBar = new double[theta.length];
            double[] colBar = new double[Math.max(phi.length, theta.length + 1)];
            FastKernels.adjoint(phi, phiSupport, tape, 0.5 / atRes[0], 0.5 / atRes[2], yBar, phiBar, colBar);
            FastKernels.firstColumnAdjoint(phi, theta, colBar, phiBar, thetaBar);
            double[] parBar = FastKernels.transParsAdjoint(atPar, o, trans, phiBar, thetaBar);
            if (xreg != null) {
                double s = 0;
                for (int t = 0; t < yBar.length; t++) {
                    s -= yBar[t] * dxreg[t];
                }
                parBar[o.narma()] = s;
            }
            for (int i = 0; i < free.length; i++) {
                g[i] = parBar[free[i]];
            }
            return true;
        }
    }

    /**
     * What an objective (CSS's, or the search's likelihood) computed at its last call and can use again: numerical
     * gradients move one coefficient at a time, so the constant's steps keep the ARMA polynomials (and their Q0 and
     * the filter's gains) and the ARMA coefficients' steps keep the constant (and the adjusted series, and its
     * differences). The same numbers, computed once.
     */
    private static final class LastCall {
        private double[] phi;
        private double[] theta;
        private double[] q0;
        private double constant = Double.NaN;
        private double[] y;

        private boolean sameArma;
        private FastKernels.Tape tape;
        private final boolean fast;

        /** {@code fast}: Q0 for {@link FastKernels} (its first column); otherwise R's, Gardner's. */
        LastCall(boolean fast) {
            this.fast = fast;
        }

        /** The initial ARMA covariance, computed again only for new polynomials. */
        double[] q0(double[] phi, double[] theta) {
            sameArma = q0 != null && Arrays.equals(phi, this.phi) && Arrays.equals(theta, this.theta);
            if (!sameArma) {
                this.phi = phi;
                this.theta = theta;
                q0 = fast ? FastKernels.stationaryQ0Column(phi, theta) : Kernels.getQ0(phi, theta);
            }
            return q0;
        }

        /**
         * The stationary likelihood ({@link FastKernels#like} without differences) after {@link #q0} for the same
         * polynomials, its run kept on {@link #tape} (for the gradient); a call with the ARMA part of the last one
         * (only the constant moved: R's numerical Hessian) reuses its gains.
         */
        double[] like(double[] y, double[] phi, double[] theta, double[] q0) {
            int r = Math.max(phi.length, theta.length + 1);
            if (tape == null || !tape.fits(y.length, r)) {
                tape = new FastKernels.Tape(y.length, r);
            } else if (sameArma && tape.complete()) {
                return FastKernels.likeAgain(y, phi, theta, tape);
            }
            return FastKernels.like(y, phi, theta, q0, null, tape);
        }

        private double[] w;
        private double[] wOf;

        /**
         * The adjusted series {@code y} differenced as the model says ({@link Kernels#differenced}) from its value
         * {@code from} on: 0 for CSS, which conditions on the first values itself; d + mD for the search's
         * likelihood of a differenced model, the stationary ARMA likelihood of that series (the diffuse limit of R's
         * κ = 1e6 prior, see {@link FastKernels}). Computed again only for a new adjusted series.
         */
        double[] differenced(double[] y, ArimaOrder o, int from) {
            if (y != wOf) {
                double[] full = Kernels.differenced(y, o);
                w = from == 0 ? full : Arrays.copyOfRange(full, Math.min(from, full.length), full.length);
                wOf = y;
                wFinite = true;
                for (double v : w) {
                    wFinite &= Double.isFinite(v);
                }
            }
            return w;
        }

        /** Whether the last {@link #differenced} series has finite values only. */
        private boolean wFinite;
        private double[] scratch;

        /** A work array of n values for the CSS residuals, kept from call to call (its contents are not read). */
        double[] scratch(int n) {
            if (scratch == null || scratch.length != n) {
                scratch = new double[n];
            }
            return scratch;
        }

        double[] adjusted(double[] x, double[] xreg, double[] par, int narma) {
            if (xreg == null) {
                return x;
            }
            if (y == null || Double.doubleToLongBits(par[narma]) != Double.doubleToLongBits(constant)) {
                constant = par[narma];
                y = ArimaEstimator.adjusted(x, xreg, par, narma);
            }
            return y;
        }
    }

    /** The covariance now (errors thrown here, as R's arima) or when first asked for. */
    private static Supplier<double[][]> covariance(Supplier<double[][]> var, boolean lazy) {
        if (!lazy) {
            double[][] v = var.get();
            return () -> v;
        }
        return new Supplier<>() {
            private double[][] value;
            private RuntimeException error;

            @Override
            public synchronized double[][] get() {
                if (value == null && error == null) {
                    try {
                        value = var.get();
                    } catch (RuntimeException e) {
                        error = e;
                    }
                }
                if (error != null) {
                    throw error;
                }
                return value;
            }
        };
    }

    /** The differencing polynomial as R's Delta: (1-B)^d (1-B^m)^D = 1 - Delta_1 B - ... */
    static double[] delta(ArimaOrder o) {
        double[] poly = {1};
        for (int i = 0; i < o.d(); i++) {
            poly = conv(poly, new double[] {1, -1});
        }
        for (int i = 0; i < o.sd(); i++) {
            double[] s = new double[o.period() + 1];
            s[0] = 1;
            s[o.period()] = -1;
            poly = conv(poly, s);
        }
        double[] delta = new double[poly.length - 1];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = -poly[i + 1];
        }
        return delta;
    }

    private static double[] conv(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }

    static double[] diff(double[] x, int lag, int times) {
        double[] y = x;
        for (int k = 0; k < times; k++) {
            if (y.length <= lag) {
                return new double[0];
            }
            double[] z = new double[y.length - lag];
            for (int t = 0; t < z.length; t++) {
                z[t] = y[t + lag] - y[t];
            }
            y = z;
        }
        return y;
    }

    /** Least squares of y on one column without intercept: {coefficient, standard error}, as R's lm. */
    private static double[] leastSquares(double[] y, double[] x) {
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < y.length; i++) {
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
        }
        double b = sxy / sxx;
        double rss = 0;
        for (int i = 0; i < y.length; i++) {
            double e = y[i] - x[i] * b;
            rss += e * e;
        }
        return new double[] {b, Math.sqrt(rss / (y.length - 1) / sxx)};
    }

    private static double[] adjusted(double[] x, double[] xreg, double[] par, int narma) {
        if (xreg == null) {
            return x;
        }
        double b = par[narma];
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            y[t] = x[t] - xreg[t] * b;
        }
        return y;
    }

    private static double[] select(double[] v, boolean[] mask) {
        int k = 0;
        for (boolean b : mask) {
            k += b ? 1 : 0;
        }
        double[] out = new double[k];
        k = 0;
        for (int i = 0; i < v.length; i++) {
            if (mask[i]) {
                out[k++] = v[i];
            }
        }
        return out;
    }

    private static int[] indices(boolean[] mask) {
        int k = 0;
        for (boolean b : mask) {
            k += b ? 1 : 0;
        }
        int[] out = new int[k];
        k = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static void fill(double[] par, boolean[] mask, double[] free) {
        int k = 0;
        for (int i = 0; i < par.length; i++) {
            if (mask[i]) {
                par[i] = free[k++];
            }
        }
    }

    private static double[][] scale(double[][] h, double s) {
        double[][] out = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            out[i] = h[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= s;
            }
        }
        return out;
    }
}
