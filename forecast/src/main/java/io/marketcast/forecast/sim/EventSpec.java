package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.Map;
import java.util.Optional;

/**
 * A condition evaluated on each path at each quarter of the grid ("Alibaba's operating income ≥ 0", "Azure ≥ AWS"),
 * from which the simulation reports P(condition at q), P(first true by q) and the distribution of the first quarter.
 */
public interface EventSpec {

    /** Name in results, e.g. {@code profitable:alibaba-cloud} or {@code overtakes:azure>aws}. */
    String name();

    /** Binds to the path matrix's rows; called once per run. */
    Condition bind(Map<String, Integer> index);

    /**
     * The first quarter the event is tested and reported in; empty for the start of the simulation grid. Quarters
     * before it (e.g. between a series' last known value and the as-of quarter, which the paths bridge) neither
     * count as the event happening nor appear in its result.
     */
    default Optional<Quarter> from() {
        return Optional.empty();
    }

    /** {@code series ≥ threshold}, tested from quarter {@code from} on. */
    static EventSpec atLeast(String name, String series, double threshold, Quarter from) {
        EventSpec base = atLeast(name, series, threshold);
        return new EventSpec() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Condition bind(Map<String, Integer> index) {
                return base.bind(index);
            }

            @Override
            public Optional<Quarter> from() {
                return Optional.of(from);
            }
        };
    }

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
