package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What to simulate and how: the spec of a Monte Carlo run. Immutable; defaults in one place, {@code withX} copies.
 *
 * <p>The grid runs from the earliest first simulated quarter of any series to {@code end}. Series whose history
 * reaches further fill the quarters before their first simulated one with observed values.
 *
 * @param series      simulated series, in result order
 * @param derived     series computed on each path from others, in computation order
 * @param shocks      changes applied to the simulated paths
 * @param correlation correlation of the series' innovations (size = number of simulated series)
 * @param events      conditions whose probabilities are reported
 * @param end         last simulated quarter
 * @param paths       number of sample paths, ≥ 1
 * @param seed        the run's one seed: every random stream is split from it
 * @param threads     worker threads, ≥ 1 (results do not depend on it)
 * @param blockSize   paths per random stream, ≥ 1 (results do depend on it: part of the spec, not a tuning knob)
 */
public record Simulation(List<SimSeries> series, List<DerivedSeries> derived, List<Shock> shocks,
        Correlation correlation, List<EventSpec> events, Quarter end, int paths, long seed, int threads,
        int blockSize) {

    public static final int DEFAULT_PATHS = 10_000;
    public static final long DEFAULT_SEED = 20201108L;
    public static final int DEFAULT_BLOCK_SIZE = 1024;
    /** Reported probabilities: 5, 10, 25, 50, 75, 90, 95%. */
    public static final double[] PROBABILITIES = {0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95};

    public Simulation {
        series = List.copyOf(series);
        derived = List.copyOf(derived);
        shocks = List.copyOf(shocks);
        events = List.copyOf(events);
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(correlation, "correlation");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a simulation needs at least one series");
        }
        if (correlation.size() != series.size()) {
            throw new IllegalArgumentException("correlation is " + correlation.size() + "x" + correlation.size()
                    + " for " + series.size() + " series");
        }
        if (paths < 1) {
            throw new IllegalArgumentException("paths must be >= 1, was " + paths);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1, was " + blockSize);
        }
        Set<String> ids = new HashSet<>();
        for (SimSeries s : series) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("series " + s.id() + " is simulated twice");
            }
            if (s.first().isAfter(end)) {
                throw new IllegalArgumentException("series " + s.id() + " starts at " + s.first()
                        + ", after the end " + end);
            }
            int steps = s.first().until(end) + 1;
            if (s.model().horizon() != steps) {
                throw new IllegalArgumentException("series " + s.id() + ": model horizon " + s.model().horizon()
                        + " but " + s.first() + ".." + end + " has " + steps + " quarters");
            }
        }
        for (DerivedSeries d : derived) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("series " + d.id() + " is defined twice");
            }
        }
        for (Shock s : shocks) {
            if (!s.target().equals(Shock.MARKET) && !ids.contains(s.target())) {
                throw new IllegalArgumentException("shock targets unknown series '" + s.target() + "'");
            }
        }
    }

    /** A simulation of {@code series} to {@code end} with independent innovations and the default settings. */
    public static Simulation of(List<SimSeries> series, Quarter end) {
        return new Simulation(series, List.of(), List.of(), Correlation.identity(series.size()), List.of(), end,
                DEFAULT_PATHS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), DEFAULT_BLOCK_SIZE);
    }

    public Simulation withPaths(int n) {
        return new Simulation(series, derived, shocks, correlation, events, end, n, seed, threads, blockSize);
    }

    public Simulation withSeed(long s) {
        return new Simulation(series, derived, shocks, correlation, events, end, paths, s, threads, blockSize);
    }

    public Simulation withThreads(int t) {
        return new Simulation(series, derived, shocks, correlation, events, end, paths, seed, t, blockSize);
    }

    public Simulation withBlockSize(int b) {
        return new Simulation(series, derived, shocks, correlation, events, end, paths, seed, threads, b);
    }

    public Simulation withCorrelation(Correlation c) {
        return new Simulation(series, derived, shocks, c, events, end, paths, seed, threads, blockSize);
    }

    public Simulation withShocks(List<Shock> s) {
        return new Simulation(series, derived, s, correlation, events, end, paths, seed, threads, blockSize);
    }

    public Simulation withDerived(List<DerivedSeries> d) {
        return new Simulation(series, d, shocks, correlation, events, end, paths, seed, threads, blockSize);
    }

    public Simulation withEvents(List<EventSpec> e) {
        return new Simulation(series, derived, shocks, correlation, e, end, paths, seed, threads, blockSize);
    }

    /** First quarter of the grid. */
    public Quarter gridStart() {
        return series.stream().map(SimSeries::first).min(Quarter::compareTo).orElseThrow();
    }

    /** Quarters of the grid. */
    public int gridLength() {
        return gridStart().until(end) + 1;
    }

    /** Row of every series id in the path matrix: simulated series first, then derived ones. */
    public Map<String, Integer> index() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (SimSeries s : series) {
            m.put(s.id(), m.size());
        }
        for (DerivedSeries d : derived) {
            m.put(d.id(), m.size());
        }
        return m;
    }

    /** Every id, in row order. */
    public List<String> ids() {
        return new ArrayList<>(index().keySet());
    }

    static int row(Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown series '" + id + "' (simulated: " + index.keySet() + ")");
        }
        return i;
    }
}
