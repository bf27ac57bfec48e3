package io.marketcast.forecast.arima;

import java.util.function.ToDoubleFunction;

/**
 * R's {@code optim(method = "BFGS")} as {@code stats::arima} calls it: the variable-metric minimiser
 * {@code vmmin} of Nash (1990, algorithm 21) on parameters divided by {@code parscale}, central-difference
 * gradients with step {@code ndeps = 1e-3} in those scaled units, {@code reltol = sqrt(machine epsilon)},
 * {@code abstol = -Inf}, and {@code optimhess} for the Hessian. Written from R's {@code src/appl/optim.c} and
 * {@code src/library/stats/src/optim.c}, with the same order of operations. An objective may bring its exact
 * gradient ({@link Gradient}: auto.arima's search likelihood); the minimiser then uses it instead of the central
 * differences, which changes its path slightly, and the Hessian stays R's.
 */
final class Optim {

    static final double REL_TOL = Math.sqrt(Math.ulp(1.0));
    static final double NDEPS = 1e-3;
    private static final double STEPREDN = 0.2;
    private static final double ACCTOL = 0.0001;
    private static final double RELTEST = 10.0;

    /** A non-finite finite-difference gradient, as R's error "non-finite finite-difference value". */
    static final class NonFiniteGradient extends RuntimeException {
        NonFiniteGradient() {
            super("non-finite finite-difference value", null, false, false);
        }
    }

    /**
     * The result of a minimisation.
     *
     * @param par         the minimiser in the caller's units
     * @param value       the objective there
     * @param convergence 0, or 1 when {@code maxit} iterations were reached
     */
    record Result(double[] par, double value, int convergence) {
    }

    /** An objective's exact gradient, where it has one. */
    interface Gradient {
        /**
         * Writes the gradient at {@code x} (caller's units) to {@code g}, or returns false where it has none there
         * (the minimiser then takes R's central differences).
         */
        boolean gradient(double[] x, double[] g);
    }

    private final ToDoubleFunction<double[]> fn;
    private final double[] parscale;
    private final Gradient gradient;

    Optim(ToDoubleFunction<double[]> fn, double[] parscale) {
        this(fn, parscale, null);
    }

    /**
     * With {@code gradient} non-null the minimiser's gradients are exact (where it gives one) instead of R's central
     * differences; {@link #hessian} stays R's, of central differences.
     */
    Optim(ToDoubleFunction<double[]> fn, double[] parscale, Gradient gradient) {
        this.fn = fn;
        this.parscale = parscale;
        this.gradient = gradient;
    }

    private double fminfn(double[] scaled) {
        int n = scaled.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(scaled[i])) {
                throw new IllegalStateException("non-finite value supplied by optim");
            }
            x[i] = scaled[i] * parscale[i];
        }
        return fn.applyAsDouble(x);
    }

    private void fmingr(double[] scaled, double[] df) {
        if (gradient != null) {
            int n = scaled.length;
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = scaled[i] * parscale[i];
            }
            if (gradient.gradient(x, df)) {
                boolean finite = true;
                for (int i = 0; i < n; i++) {
                    df[i] *= parscale[i];
                    finite &= Double.isFinite(df[i]);
                }
                if (finite) {
                    return;
                }
            }
        }
        numericalGradient(scaled, df);
    }

    /** R's fmingr: central differences of step {@code ndeps} in the scaled units. */
    private void numericalGradient(double[] scaled, double[] df) {
        int n = scaled.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = scaled[i] * parscale[i];
        }
        // the coordinates from the last: R goes from the first, but each difference is the same whatever the order,
        // and auto.arima's constant (the last) then moves right after the point itself was evaluated, so that its
        // steps find the ARMA part of the call before (ArimaEstimator.LastCall)
        for (int i = n - 1; i >= 0; i--) {
            double eps = NDEPS;
            x[i] = (scaled[i] + eps) * parscale[i];
            double val1 = fn.applyAsDouble(x);
            x[i] = (scaled[i] - eps) * parscale[i];
            double val2 = fn.applyAsDouble(x);
            df[i] = (val1 - val2) / (2 * eps);
            if (!Double.isFinite(df[i])) {
                throw new NonFiniteGradient();
            }
            x[i] = scaled[i] * parscale[i];
        }
    }

    /** Minimises from {@code start} (caller's units) with at most {@code maxit} iterations. */
    Result minimize(double[] start, int maxit) {
        int n = start.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = start[i] / parscale[i];
        }
        if (maxit <= 0) {
            return new Result(unscale(b), fminfn(b), 0);
        }
        double[] g = new double[n];
        double[] t = new double[n];
        double[] xx = new double[n];
        double[] c = new double[n];
        double[][] bm = new double[n][n];
        double f = fminfn(b);
        if (!Double.isFinite(f)) {
            throw new IllegalStateException("initial value in 'vmmin' is not finite");
        }
        double fmin = f;
        int gradcount = 1;
        fmingr(b, g);
        int iter = 1;
        int ilast = gradcount;
        int count;
        do {
            if (ilast == gradcount) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        bm[i][j] = 0.0;
                    }
                    bm[i][i] = 1.0;
                }
            }
            for (int i = 0; i < n; i++) {
                xx[i] = b[i];
                c[i] = g[i];
            }
            double gradproj = 0.0;
            for (int i = 0; i < n; i++) {
                double s = 0.0;
                for (int j = 0; j <= i; j++) {
                    s -= bm[i][j] * g[j];
                }
                for (int j = i + 1; j < n; j++) {
                    s -= bm[j][i] * g[j];
                }
                t[i] = s;
                gradproj += s * g[i];
            }
            if (gradproj < 0.0) {
                double steplength = 1.0;
                boolean accpoint = false;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = xx[i] + steplength * t[i];
                        if (RELTEST + xx[i] == RELTEST + b[i]) {
                            count++;
                        }
                    }
                    if (count < n) {
                        f = fminfn(b);
                        accpoint = Double.isFinite(f) && f <= fmin + gradproj * steplength * ACCTOL;
                        if (!accpoint) {
                            steplength *= STEPREDN;
                        }
                    }
                } while (!(count == n || accpoint));
                boolean enough = f > Double.NEGATIVE_INFINITY
                        && Math.abs(f - fmin) > REL_TOL * (Math.abs(fmin) + REL_TOL);
                if (!enough) {
                    count = n;
                    fmin = f;
                }
                if (count < n) {
                    fmin = f;
                    fmingr(b, g);
                    gradcount++;
                    iter++;
                    double d1 = 0.0;
                    for (int i = 0; i < n; i++) {
                        t[i] = steplength * t[i];
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0.0;
                        for (int i = 0; i < n; i++) {
                            double s = 0.0;
                            for (int j = 0; j <= i; j++) {
                                s += bm[i][j] * c[j];
                            }
                            for (int j = i + 1; j < n; j++) {
                                s += bm[j][i] * c[j];
                            }
                            xx[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1.0 + d2 / d1;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j <= i; j++) {
                                bm[i][j] += (d2 * t[i] * t[j] - xx[i] * t[j] - t[i] * xx[j]) / d1;
                            }
                        }
                    } else {
                        ilast = gradcount;
                    }
                } else {
                    if (ilast < gradcount) {
                        count = 0;
                        ilast = gradcount;
                    }
                }
            } else {
                count = 0;
                if (ilast == gradcount) {
                    count = n;
                } else {
                    ilast = gradcount;
                }
            }
            if (iter >= maxit) {
                break;
            }
            if (gradcount - ilast > 2 * n) {
                ilast = gradcount;
            }
        } while (count != n || ilast != gradcount);
        return new Result(unscale(b), fmin, iter < maxit ? 0 : 1);
    }

    private double[] unscale(double[] b) {
        double[] p = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            p[i] = b[i] * parscale[i];
        }
        return p;
    }

    /** R's optimhess at {@code par} (caller's units): central differences of the numerical gradient, symmetrised. */
    double[][] hessian(double[] par) {
        int n = par.length;
        double[] dpar = new double[n];
        for (int i = 0; i < n; i++) {
            dpar[i] = par[i] / parscale[i];
        }
        double[] df1 = new double[n];
        double[] df2 = new double[n];
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            double eps = NDEPS / parscale[i];
            dpar[i] = dpar[i] + eps;
            numericalGradient(dpar, df1);
            dpar[i] = dpar[i] - 2 * eps;
            numericalGradient(dpar, df2);
            for (int j = 0; j < n; j++) {
                h[i][j] = (df1[j] - df2[j]) / (2 * eps * parscale[i] * parscale[j]);
            }
            dpar[i] = dpar[i] + eps;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double tmp = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = h[j][i] = tmp;
            }
        }
        return h;
    }
}
