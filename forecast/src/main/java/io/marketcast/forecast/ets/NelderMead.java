package io.marketcast.forecast.ets;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex minimiser exactly as R's {@code optim(method = "Nelder-Mead")} (C function {@code nmmin}
 * in R's {@code src/appl/optim.c}, after Nash 1990), which R {@code forecast::ets} calls with
 * {@code abstol = -Inf}, {@code reltol = sqrt(.Machine$double.eps)}, reflection 1, contraction 0.5, expansion 2.
 * Same arithmetic in the same order, so the same starting point gives the same optimum as R.
 *
 * <p>Non-finite objective values count as {@value #BIG}. Package-private; not thread-safe per instance only
 * through the objective it is given.
 */
final class NelderMead {

    static final double BIG = 1.0e35;

    /** Result of a minimisation. */
    record Result(double[] x, double value, int evaluations, int fail) {
    }

    private NelderMead() {
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @param abstol stop when the best value is at or below this
     * @param intol  relative tolerance on the spread of values in the simplex
     * @param alpha  reflection coefficient
     * @param bet    contraction coefficient
     * @param gamm   expansion coefficient
     * @param maxit  maximum number of function evaluations
     * @return fail 0 converged, 1 evaluation limit reached, 10 simplex degenerate
     * @throws IllegalArgumentException if {@code f} is not finite at {@code start}
     */
    static Result minimize(ToDoubleFunction<double[]> f, double[] start, double abstol, double intol, double alpha,
            double bet, double gamm, int maxit) {
        int n = start.length;
        double[] bvec = start.clone();
        int fail = 0;
        double fv = f.applyAsDouble(bvec);
        if (!Double.isFinite(fv)) {
            throw new IllegalArgumentException("function cannot be evaluated at initial parameters");
        }
        int funcount = 1;
        double convtol = intol * (Math.abs(fv) + intol);
        int n1 = n + 1;
        int c = n + 2;
        double[][] p = new double[n + 1][n + 2];
        p[n1 - 1][0] = fv;
        for (int i = 0; i < n; i++) {
            p[i][0] = bvec[i];
        }
        int l = 1;
        double size = 0.0;
        double step = 0.0;
        for (int i = 0; i < n; i++) {
            if (0.1 * Math.abs(bvec[i]) > step) {
                step = 0.1 * Math.abs(bvec[i]);
            }
        }
        if (step == 0.0) {
            step = 0.1;
        }
        for (int j = 2; j <= n1; j++) {
            for (int i = 0; i < n; i++) {
                p[i][j - 1] = bvec[i];
            }
            double trystep = step;
            while (p[j - 2][j - 1] == bvec[j - 2]) {
                p[j - 2][j - 1] = bvec[j - 2] + trystep;
                trystep *= 10;
            }
            size += trystep;
        }
        double oldsize = size;
        boolean calcvert = true;
        do {
            if (calcvert) {
                for (int j = 0; j < n1; j++) {
                    if (j + 1 != l) {
                        for (int i = 0; i < n; i++) {
                            bvec[i] = p[i][j];
                        }
                        fv = f.applyAsDouble(bvec);
                        if (!Double.isFinite(fv)) {
                            fv = BIG;
                        }
                        funcount++;
                        p[n1 - 1][j] = fv;
                    }
                }
                calcvert = false;
            }
            double vl = p[n1 - 1][l - 1];
            double vh = vl;
            int h = l;
            for (int j = 1; j <= n1; j++) {
                if (j != l) {
                    double v = p[n1 - 1][j - 1];
                    if (v < vl) {
                        l = j;
                        vl = v;
                    }
                    if (v > vh) {
                        h = j;
                        vh = v;
                    }
                }
            }
            if (vh <= vl + convtol || vl <= abstol) {
                break;
            }
            for (int i = 0; i < n; i++) {
                double temp = -p[i][h - 1];
                for (int j = 0; j < n1; j++) {
                    temp += p[i][j];
                }
                p[i][c - 1] = temp / n;
            }
            for (int i = 0; i < n; i++) {
                bvec[i] = (1.0 + alpha) * p[i][c - 1] - alpha * p[i][h - 1];
            }
            fv = f.applyAsDouble(bvec);
            if (!Double.isFinite(fv)) {
                fv = BIG;
            }
            funcount++;
            double vr = fv;
            if (vr < vl) {
                p[n1 - 1][c - 1] = fv;
                for (int i = 0; i < n; i++) {
                    double t = gamm * bvec[i] + (1 - gamm) * p[i][c - 1];
                    p[i][c - 1] = bvec[i];
                    bvec[i] = t;
                }
                fv = f.applyAsDouble(bvec);
                if (!Double.isFinite(fv)) {
                    fv = BIG;
                }
                funcount++;
                if (fv < vr) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = bvec[i];
                    }
                    p[n1 - 1][h - 1] = fv;
                } else {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = p[i][c - 1];
                    }
                    p[n1 - 1][h - 1] = vr;
                }
            } else {
                if (vr < vh) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = bvec[i];
                    }
                    p[n1 - 1][h - 1] = vr;
                }
                for (int i = 0; i < n; i++) {
                    bvec[i] = (1 - bet) * p[i][h - 1] + bet * p[i][c - 1];
                }
                fv = f.applyAsDouble(bvec);
                if (!Double.isFinite(fv)) {
                    fv = BIG;
                }
                funcount++;
                if (fv < p[n1 - 1][h - 1]) {
                    for (int i = 0; i < n; i++) {
                        p[i][h - 1] = bvec[i];
                    }
                    p[n1 - 1][h - 1] = fv;
                } else if (vr >= vh) {
                    calcvert = true;
                    size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != l) {
                            for (int i = 0; i < n; i++) {
                                p[i][j] = bet * (p[i][j] - p[i][l - 1]) + p[i][l - 1];
                                size += Math.abs(p[i][j] - p[i][l - 1]);
                            }
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        fail = 10;
                        break;
                    }
                }
            }
        } while (funcount <= maxit);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = p[i][l - 1];
        }
        if (funcount > maxit) {
            fail = 1;
        }
        return new Result(x, p[n1 - 1][l - 1], funcount, fail);
    }
}
