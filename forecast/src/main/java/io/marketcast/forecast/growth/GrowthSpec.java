package io.marketcast.forecast.growth;

import java.util.Arrays;
import java.util.Objects;

/**
 * What to fit and how: the curve, the error model, an optional starting point and the optimizer's limits.
 * Immutable; defaults live in {@link #of(GrowthCurve)}, changes are {@code withX} copies.
 *
 * @param curve         the curve
 * @param error         the error model; {@link ErrorModel#MULTIPLICATIVE} by default
 * @param start         starting parameters in the curve's parametrisation, or null for data-driven starts
 * @param maxIterations iteration limit of Levenberg–Marquardt (default {@value #DEFAULT_MAX_ITERATIONS})
 * @param tolerance     relative tolerance on cost and parameters (default {@value #DEFAULT_TOLERANCE})
 * @param solver        the Levenberg–Marquardt implementation (default {@link #DEFAULT_SOLVER})
 */
public record GrowthSpec(GrowthCurve curve, ErrorModel error, double[] start, int maxIterations, double tolerance,
        Solver solver) {

    public static final int DEFAULT_MAX_ITERATIONS = 400;
    public static final double DEFAULT_TOLERANCE = 1e-10;
    /** The default solver: the compact Levenberg–Marquardt, with MINPACK's where it does not converge. */
    public static final Solver DEFAULT_SOLVER = Solver.AUTO;

    public GrowthSpec {
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(solver, "solver");
        if (start != null) {
            if (start.length != curve.parameterCount()) {
                throw new IllegalArgumentException("start has " + start.length + " value"
                        + (start.length == 1 ? "" : "s") + " but " + curve.name() + " has "
                        + curve.parameterCount() + " parameters (" + String.join(", ", curve.parameterNames()) + ")");
            }
            for (double v : start) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("start values must be finite, was " + Arrays.toString(start));
                }
            }
            start = start.clone();
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
        }
    }

    /** The defaults: multiplicative error, data-driven start. */
    public static GrowthSpec of(GrowthCurve curve) {
        return new GrowthSpec(curve, ErrorModel.MULTIPLICATIVE, null, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE,
                DEFAULT_SOLVER);
    }

    public GrowthSpec withError(ErrorModel e) {
        return new GrowthSpec(curve, e, start, maxIterations, tolerance, solver);
    }

    public GrowthSpec withStart(double... s) {
        return new GrowthSpec(curve, error, s, maxIterations, tolerance, solver);
    }

    public GrowthSpec withMaxIterations(int n) {
        return new GrowthSpec(curve, error, start, n, tolerance, solver);
    }

    public GrowthSpec withTolerance(double tol) {
        return new GrowthSpec(curve, error, start, maxIterations, tol, solver);
    }

    public GrowthSpec withSolver(Solver s) {
        return new GrowthSpec(curve, error, start, maxIterations, tolerance, s);
    }

    @Override
    public double[] start() {
        return start == null ? null : start.clone();
    }

    /** Fewest points that leave at least two residual degrees of freedom for σ and AICc: parameters + 3. */
    public int minimumPoints() {
        return curve.parameterCount() + 3;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrowthSpec s && curve == s.curve && error == s.error && Arrays.equals(start, s.start)
                && maxIterations == s.maxIterations && tolerance == s.tolerance && solver == s.solver;
    }

    @Override
    public int hashCode() {
        return Objects.hash(curve, error, Arrays.hashCode(start), maxIterations, tolerance, solver);
    }

    @Override
    public String toString() {
        return "GrowthSpec[" + curve.name() + ", " + error.label() + ", start=" + Arrays.toString(start)
                + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance + ", solver=" + solver + "]";
    }
}
