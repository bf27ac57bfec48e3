package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A series computed on each simulated path from other series (a market share, an operating income from revenue),
 * reported with quantiles like a simulated one and usable in events. Derived series are computed in the order
 * given, so one may use an earlier one.
 */
public interface DerivedSeries {

    /** Name in results and events. */
    String id();

    /** First quarter to report. */
    Quarter first();

    /**
     * Binds to the simulation's layout: {@code index} maps every series id (simulated, then derived) to its row in
     * the path matrix. Called once per run, before any path.
     */
    Computation bind(Map<String, Integer> index, Quarter gridStart);

    /** The per-path computation, bound to row indices. Must be thread-safe (no shared mutable state). */
    @FunctionalInterface
    interface Computation {
        /**
         * Writes this path's values on the simulation grid into {@code out}.
         *
         * @param paths rows of levels on the grid, one per series id; rows of later derived series are not yet set
         * @param rng   for this derived series' own parameter uncertainty
         */
        void compute(double[][] paths, UniformRandomProvider rng, double[] out);
    }
}
