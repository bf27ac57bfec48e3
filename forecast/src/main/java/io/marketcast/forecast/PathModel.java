package io.marketcast.forecast;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fitted model that can simulate future sample paths: the contract between fitters and the simulation engine.
 *
 * <p>One call draws one path of {@link #horizon()} steps. The engine supplies the innovations {@code eps}: standard
 * normal draws, one per step, which it may correlate across series (a common market factor). The model turns them
 * into levels, adding its own parameter uncertainty from {@code rng} (e.g. a draw from the parameter covariance).
 * Implementations are immutable and thread-safe; all randomness comes from the arguments, so the same arguments
 * give the same path.
 */
public interface PathModel {

    /** Number of steps a path has. */
    int horizon();

    /**
     * Writes one simulated future path into {@code out[0..horizon-1]}.
     *
     * @param rng  source for parameter uncertainty (not for the innovations)
     * @param eps  {@code horizon} standard-normal innovations for this path
     * @param out  receives the simulated levels, in the unit of the history
     */
    void path(UniformRandomProvider rng, double[] eps, double[] out);
}
