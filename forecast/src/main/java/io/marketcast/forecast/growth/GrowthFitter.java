package io.marketcast.forecast.growth;

import io.marketcast.forecast.InsufficientDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits a {@link GrowthSpec} to data by Levenberg–Marquardt (Commons Math {@link LevenbergMarquardtOptimizer}, the
 * MINPACK algorithm of Moré 1978, or the compact {@link Solver#COMPACT}) with the curve's analytic Jacobian, then computes the covariance, information
 * criteria and diagnostics of {@link GrowthFit}. Stateless and thread-safe.
 */
public final class GrowthFitter {

    /** A capacity beyond this many times the data scale is reported as running off. */
    static final double RUNAWAY_MULTIPLE = 20;

    private GrowthFitter() {
    }

    /**
     * Fits {@code spec} to {@code (t, y)}.
     *
     * @throws InsufficientDataException when there are too few points for the curve's parameters, non-positive
     *                                   values under the multiplicative model, or no starting values can be found
     * @throws IllegalArgumentException  for arrays of different length or non-finite values
     */
    public static GrowthFit fit(GrowthSpec spec, double[] t, double[] y) {
        check(spec, t, y);
        GrowthCurve curve = spec.curve();
        Objective objective = new Objective(curve, spec.error(), t, y);
        double[] start = spec.start() != null ? spec.start() : bestStart(curve, objective, t, y);
        if (spec.solver() == Solver.COMPACT || spec.solver() == Solver.AUTO) {
            CompactLevenbergMarquardt.Result r = CompactLevenbergMarquardt.solve(objective, start,
                    spec.maxIterations(), spec.tolerance());
            if (r.converged() || spec.solver() == Solver.COMPACT) {
                return summarise(spec, objective, t, y, r.point(), r.iterations(), r.evaluations(), r.converged(),
                        r.converged() ? null : "stopped after " + r.iterations() + " iterations without converging");
            }
        }
        Tracker tracker = new Tracker(objective, start.length);
        // Commons Math does not report the iteration count when it stops early; a checker that never declares
        // convergence sees every iteration's number without changing the optimizer's own stopping rules.
        int[] lastIteration = {0};
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .checker((iteration, previous, current) -> {
                    lastIteration[0] = Math.max(lastIteration[0], iteration);
                    return false;
                })
                .start(start)
                .target(objective.target())
                .model(tracker)
                .maxIterations(spec.maxIterations())
                .maxEvaluations(spec.maxIterations() * 4 + 100)
                .lazyEvaluation(false)
                .build();
        LeastSquaresOptimizer optimizer = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(spec.tolerance())
                .withParameterRelativeTolerance(spec.tolerance())
                .withOrthoTolerance(spec.tolerance());
        double[] estimates;
        int iterations;
        boolean converged;
        String stopped = null;
        try {
            LeastSquaresOptimizer.Optimum optimum = optimizer.optimize(problem);
            estimates = optimum.getPoint().toArray();
            iterations = optimum.getIterations();
            converged = true;
        } catch (TooManyIterationsException | TooManyEvaluationsException e) {
            estimates = tracker.best();
            iterations = lastIteration[0];
            converged = false;
            stopped = "stopped after " + tracker.evaluations() + " evaluations without converging";
        } catch (ConvergenceException e) {
            estimates = tracker.best();
            iterations = lastIteration[0];
            converged = false;
            stopped = "the optimizer could not make progress (" + e.getMessage() + ")";
        }
        return summarise(spec, objective, t, y, estimates, iterations, tracker.evaluations(), converged, stopped);
    }

    /**
     * Fits every curve the data can support (enough points; positive values under the multiplicative model) and
     * ranks the usable fits by AICc.
     */
    public static GrowthSelection auto(ErrorModel error, double[] t, double[] y) {
        return auto(error, Solver.AUTO, t, y);
    }

    /** {@link #auto(ErrorModel, double[], double[])} with a chosen solver. */
    public static GrowthSelection auto(ErrorModel error, Solver solver, double[] t, double[] y) {
        int fewest = Curves.all().stream().mapToInt(c -> GrowthSpec.of(c).minimumPoints()).min().orElseThrow();
        if (t.length < fewest) {
            throw new InsufficientDataException("too few points for any growth curve: got " + t.length
                    + "; the two-parameter curves need at least " + fewest);
        }
        List<GrowthFit> fits = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (GrowthCurve c : Curves.all()) {
            try {
                fits.add(fit(GrowthSpec.of(c).withError(error).withSolver(solver), t, y));
            } catch (InsufficientDataException e) {
                skipped.add(c.name() + ": " + e.getMessage());
            }
        }
        return new GrowthSelection(fits, skipped);
    }

    private static void check(GrowthSpec spec, double[] t, double[] y) {
        if (t.length != y.length) {
            throw new IllegalArgumentException("t has " + t.length + " values, y has " + y.length);
        }
        for (int i = 0; i < t.length; i++) {
            if (!Double.isFinite(t[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " is not finite: t = " + t[i] + ", y = "
                        + y[i]);
            }
        }
        GrowthCurve c = spec.curve();
        if (t.length < spec.minimumPoints()) {
            throw new InsufficientDataException(c.name() + " has " + c.parameterCount() + " parameters and needs at"
                    + " least " + spec.minimumPoints() + " points; got " + t.length);
        }
        if (spec.error() == ErrorModel.MULTIPLICATIVE) {
            for (int i = 0; i < y.length; i++) {
                if (!(y[i] > 0)) {
                    throw new InsufficientDataException("the multiplicative error model needs positive values; point "
                            + (i + 1) + " is " + y[i] + " (use additive errors)");
                }
            }
        }
    }

    private static double[] bestStart(GrowthCurve curve, Objective objective, double[] t, double[] y) {
        double[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double[] c : curve.startCandidates(t, y)) {
            if (!curve.violations(c).isEmpty()) {
                continue;
            }
            double cost = objective.cost(c);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        if (best == null) {
            throw new InsufficientDataException("no starting values for " + curve.name() + " fit these data ("
                    + (Starts.max(y) > 0 ? "they do not look like a " + curve.name() + " curve" : "no positive value")
                    + "); give a start");
        }
        return best;
    }

    private static GrowthFit summarise(GrowthSpec spec, Objective objective, double[] t, double[] y, double[] est,
            int iterations, int evaluations, boolean converged, String stopped) {
        GrowthCurve curve = spec.curve();
        int n = t.length;
        int k = est.length;
        double[] value = new double[n];
        double[][] jac = new double[n][k];
        objective.evaluate(est, value, jac);
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = objective.target()[i] - value[i];
            rss += r * r;
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!converged) {
            diagnostics.add(new Diagnostic(Diagnostic.Kind.NOT_CONVERGED, stopped
                    + "; the estimates are the best point seen (try another start or curve)"));
        }
        for (String v : curve.violations(est)) {
            diagnostics.add(new Diagnostic(Diagnostic.Kind.CONSTRAINT_VIOLATED, v));
        }
        double[][] cov = Double.isFinite(rss) ? Covariance.of(jac, rss / (n - k)) : null;
        if (cov == null) {
            diagnostics.add(new Diagnostic(Diagnostic.Kind.SINGULAR_JACOBIAN, "the data do not pin down all of "
                    + String.join(", ", curve.parameterNames()) + " (Jacobian rank-deficient at the estimates);"
                    + " no standard errors"));
        }
        capacity(curve, y, est, cov, diagnostics);
        if (!Double.isFinite(rss)) {
            throw new InsufficientDataException(curve.name() + " cannot be evaluated on these data at "
                    + java.util.Arrays.toString(est));
        }
        return new GrowthFit(curve, spec.error(), t, y, est, cov, rss, iterations, evaluations, converged,
                diagnostics);
    }

    private static void capacity(GrowthCurve curve, double[] y, double[] est, double[][] cov, List<Diagnostic> out) {
        int i = curve.capacityIndex();
        if (i < 0 || !(est[i] > 0)) {
            return;
        }
        String name = curve.parameterNames().get(i);
        double scale = curve.capacityScale(y);
        String of = curve.capacityScaleLabel();
        if (est[i] > RUNAWAY_MULTIPLE * scale) {
            out.add(new Diagnostic(Diagnostic.Kind.CAPACITY_RUNAWAY, String.format(Locale.ROOT,
                    "capacity %s = %.4g is %.0f× %s: the data show no saturation", name, est[i], est[i] / scale, of)));
        } else if (cov != null && Math.sqrt(cov[i][i]) > est[i]) {
            out.add(new Diagnostic(Diagnostic.Kind.CAPACITY_RUNAWAY, String.format(Locale.ROOT,
                    "capacity %s = %.4g has a standard error of %.4g: not identified by these data", name, est[i],
                    Math.sqrt(cov[i][i]))));
        } else if (est[i] < scale) {
            out.add(new Diagnostic(Diagnostic.Kind.CAPACITY_BELOW_DATA, String.format(Locale.ROOT,
                    "capacity %s = %.4g is below %s (%.4g)", name, est[i], of, scale)));
        }
    }

    /** The model function for Commons Math; remembers the best point evaluated, for a fit that stops early. */
    private static final class Tracker implements MultivariateJacobianFunction {

        private final Objective objective;
        private final int k;
        private double[] best;
        private double bestCost = Double.POSITIVE_INFINITY;
        private int evaluations;

        Tracker(Objective objective, int k) {
            this.objective = objective;
            this.k = k;
        }

        @Override
        public Pair<RealVector, RealMatrix> value(RealVector point) {
            double[] p = point.toArray();
            int n = objective.size();
            double[] v = new double[n];
            double[][] jac = new double[n][k];
            objective.evaluate(p, v, jac);
            evaluations++;
            double cost = 0;
            double[] target = objective.target();
            for (int i = 0; i < n; i++) {
                double r = target[i] - v[i];
                cost += r * r;
            }
            if (best == null || cost < bestCost) {
                bestCost = cost;
                best = p;
            }
            return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
        }

        double[] best() {
            return best.clone();
        }

        int evaluations() {
            return evaluations;
        }
    }
}
