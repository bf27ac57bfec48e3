package io.marketcast.forecast.growth;

/**
 * Which Levenberg–Marquardt implementation fits a {@link GrowthSpec}. Both reach the same optimum (tested: RSS to
 * 1e-9, estimates to 1e-7 relative, NIST StRD to 7+ significant digits with either).
 */
public enum Solver {
    /**
     * The default: {@link #COMPACT}, and {@link #COMMONS_MATH} from the same start when the compact solver does not
     * converge. JMH (docs/BENCHMARKS.md, "Growth-curve fits") shows Commons Math's per-iteration overhead dominating
     * a 40-point fit (23–25 µs against 10–12 µs); MINPACK's QR steps stay as the robust fallback.
     */
    AUTO,
    /** Commons Math's {@code LevenbergMarquardtOptimizer}: the MINPACK {@code lmder} port (Moré 1978). */
    COMMONS_MATH,
    /**
     * A compact Levenberg–Marquardt on primitive arrays: normal equations with Marquardt's diagonal scaling,
     * Cholesky solves and Nielsen's damping update (H. B. Nielsen, "Damping parameter in Marquardt's method",
     * IMM-REP-1999-05). Several times faster on small problems; for the simulation engine's refits.
     */
    COMPACT
}
