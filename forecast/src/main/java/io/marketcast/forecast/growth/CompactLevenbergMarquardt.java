package io.marketcast.forecast.growth;

/**
 * {@link Solver#COMPACT}: Levenberg–Marquardt on primitive arrays for problems with a handful of parameters.
 *
 * <p>Each iteration solves {@code (JᵀJ + μ·D)·δ = Jᵀr} by Cholesky, where {@code D} holds the running maxima of the
 * diagonal of {@code JᵀJ} (Marquardt's scaling, as in MINPACK), accepts the step when the cost falls, and updates
 * μ from the gain ratio ρ (Nielsen 1999): {@code μ·max(1/3, 1 - (2ρ - 1)³)} after a success, doubling growth after
 * a failure. It stops when the actual and predicted relative reductions of the cost are both below the tolerance,
 * when the scaled step is below the tolerance relative to the scaled parameters, or when no step can reduce the
 * cost any more at machine precision (a stationary point: converged).
 */
final class CompactLevenbergMarquardt {

    /** Outcome: the parameters, iterations (Jacobian evaluations), evaluations and whether it converged. */
    record Result(double[] point, int iterations, int evaluations, boolean converged) {
    }

    private CompactLevenbergMarquardt() {
    }

    static Result solve(Objective objective, double[] start, int maxIterations, double tolerance) {
        int n = objective.size();
        int k = start.length;
        double[] target = objective.target();
        double[] p = start.clone();
        double[] value = new double[n];
        double[][] jac = new double[n][k];
        double[] trialValue = new double[n];
        double[][] trialJac = new double[n][k];
        double[] trial = new double[k];
        double[][] a = new double[k][k];
        double[] g = new double[k];
        double[] diag = new double[k];
        double[] delta = new double[k];
        double[][] chol = new double[k][k];

        objective.evaluate(p, value, jac);
        int evaluations = 1;
        int iterations = 0;
        double cost = cost(target, value);
        double mu = 1e-3;
        double nu = 2;
        boolean fresh = true;
        // Rejected steps do not count as iterations; this bounds them too, so that no input loops for ever (a damping
        // that underflows to 0 or becomes NaN would otherwise never reach the limit below).
        long passes = 0;
        long maxPasses = 50L * maxIterations + 100;
        while (iterations < maxIterations) {
            if (++passes > maxPasses || !(mu > 0) || !Double.isFinite(mu)) {
                return new Result(p, iterations, evaluations, false);
            }
            if (fresh) {
                iterations++;
                normalEquations(target, value, jac, a, g);
                for (int j = 0; j < k; j++) {
                    diag[j] = Math.max(diag[j], a[j][j]);
                    if (diag[j] == 0) {
                        diag[j] = 1;
                    }
                }
                fresh = false;
            }
            if (cost == 0) {
                return new Result(p, iterations, evaluations, true);
            }
            if (!solveDamped(a, g, diag, mu, chol, delta)) {
                mu *= nu;
                nu *= 2;
                if (mu > 1e300) {
                    return new Result(p, iterations, evaluations, false);
                }
                continue;
            }
            double stepNorm = 0;
            double pointNorm = 0;
            double predicted = 0;
            for (int j = 0; j < k; j++) {
                trial[j] = p[j] + delta[j];
                double s = Math.sqrt(diag[j]);
                stepNorm += s * delta[j] * s * delta[j];
                pointNorm += s * p[j] * s * p[j];
                predicted += delta[j] * (g[j] + mu * diag[j] * delta[j]);
            }
            stepNorm = Math.sqrt(stepNorm);
            pointNorm = Math.sqrt(pointNorm);
            if (stepNorm <= 2.2e-16 * pointNorm) {
                // No representable step left: a stationary point at machine precision.
                return new Result(p, iterations, evaluations, true);
            }
            objective.evaluate(trial, trialValue, trialJac);
            evaluations++;
            double trialCost = cost(target, trialValue);
            double actual = cost - trialCost;
            if (actual > 0 && Double.isFinite(trialCost)) {
                double rho = actual / predicted;
                double[] sw = p;
                p = trial;
                trial = sw;
                double[] sv = value;
                value = trialValue;
                trialValue = sv;
                double[][] sj = jac;
                jac = trialJac;
                trialJac = sj;
                double previous = cost;
                cost = trialCost;
                fresh = true;
                double r = 2 * rho - 1;
                mu = Math.max(1e-300, mu * Math.max(1.0 / 3, 1 - r * r * r));
                nu = 2;
                boolean smallReduction = actual <= tolerance * previous && predicted <= tolerance * previous;
                boolean smallStep = stepNorm <= tolerance * pointNorm;
                if (smallReduction || smallStep) {
                    return new Result(p, iterations, evaluations, true);
                }
            } else {
                mu *= nu;
                nu *= 2;
                if (mu > 1e300) {
                    return new Result(p, iterations, evaluations, false);
                }
            }
        }
        return new Result(p, iterations, evaluations, false);
    }

    private static double cost(double[] target, double[] value) {
        double s = 0;
        for (int i = 0; i < target.length; i++) {
            double r = target[i] - value[i];
            s += r * r;
        }
        return s;
    }

    /** {@code a = JᵀJ}, {@code g = Jᵀ·(target - value)}. */
    private static void normalEquations(double[] target, double[] value, double[][] jac, double[][] a, double[] g) {
        int k = g.length;
        for (int r = 0; r < k; r++) {
            g[r] = 0;
            for (int c = 0; c <= r; c++) {
                a[r][c] = 0;
            }
        }
        for (int i = 0; i < target.length; i++) {
            double[] row = jac[i];
            double res = target[i] - value[i];
            for (int r = 0; r < k; r++) {
                g[r] += row[r] * res;
                for (int c = 0; c <= r; c++) {
                    a[r][c] += row[r] * row[c];
                }
            }
        }
        for (int r = 0; r < k; r++) {
            for (int c = r + 1; c < k; c++) {
                a[r][c] = a[c][r];
            }
        }
    }

    /** Solves {@code (a + mu·diag(d))·x = g} by Cholesky; false when not positive definite. */
    private static boolean solveDamped(double[][] a, double[] g, double[] d, double mu, double[][] l, double[] x) {
        int k = g.length;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j] + (i == j ? mu * d[i] : 0);
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            double s = g[i];
            for (int m = 0; m < i; m++) {
                s -= l[i][m] * x[m];
            }
            x[i] = s / l[i][i];
        }
        for (int i = k - 1; i >= 0; i--) {
            double s = x[i];
            for (int m = i + 1; m < k; m++) {
                s -= l[m][i] * x[m];
            }
            x[i] = s / l[i][i];
        }
        return true;
    }
}
