package io.marketcast.forecast.sim;

import java.util.Map;

/**
 * A condition evaluated on each path at each quarter of the grid ("Alibaba's operating income ≥ 0", "Azure ≥ AWS"),
 * from which the simulation reports P(condition at q), P(first true by q) and the distribution of the first quarter.
 */
public interface EventSpec {

    /** Name in results, e.g. {@code profitable:alibaba-cloud} or {@code overtakes:azure>aws}. */
    String name();

    /** Binds to the path matrix's rows; called once per run. */
    Condition bind(Map<String, Integer> index);

    /** The per-path test, bound to row indices. Thread-safe. */
    @FunctionalInterface
    interface Condition {
        boolean test(double[][] paths, int k);
    }

    /** {@code series ≥ threshold}. */
    static EventSpec atLeast(String name, String series, double threshold) {
        return new EventSpec() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Condition bind(Map<String, Integer> index) {
                int i = Simulation.row(index, series);
                return (p, k) -> p[i][k] >= threshold;
            }
        };
    }

    /** {@code a ≥ b}. */
    static EventSpec atLeastOther(String name, String a, String b) {
        return new EventSpec() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Condition bind(Map<String, Integer> index) {
                int i = Simulation.row(index, a);
                int j = Simulation.row(index, b);
                return (p, k) -> p[i][k] >= p[j][k];
            }
        };
    }
}
