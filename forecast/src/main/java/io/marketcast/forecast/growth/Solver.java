package io.marketcast.forecast.growth;

/** Which Levenberg–Marquardt implementation fits a {@link GrowthSpec}. Both reach the same optimum (tested). */
public enum Solver {
    /** Commons Math's {@code LevenbergMarquardtOptimizer}: the MINPACK {@code lmder} port (Moré 1978). Default. */
    COMMONS_MATH,
    /**
     * A compact Levenberg–Marquardt on primitive arrays: normal equations with Marquardt's diagonal scaling,
     * Cholesky solves and Nielsen's damping update (H. B. Nielsen, "Damping parameter in Marquardt's method",
     * IMM-REP-1999-05). Several times faster on small problems; for the simulation engine's refits.
     */
    COMPACT
}
