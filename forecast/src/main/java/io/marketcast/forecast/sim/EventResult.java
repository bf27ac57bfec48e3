package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Optional;

/**
 * Probabilities of an event over the simulated quarters.
 *
 * @param name      event name
 * @param quarters  the grid's quarters
 * @param at        P(condition holds in quarter k)
 * @param by        P(condition has held in some quarter ≤ k): the cumulative distribution of the first quarter
 * @param paths     number of paths
 */
public record EventResult(String name, List<Quarter> quarters, double[] at, double[] by, long paths) {

    public EventResult {
        quarters = List.copyOf(quarters);
        at = at.clone();
        by = by.clone();
    }

    /** P(condition holds in quarter k), per quarter (a copy). */
    @Override
    public double[] at() {
        return at.clone();
    }

    /** P(condition has held by quarter k), per quarter (a copy). */
    @Override
    public double[] by() {
        return by.clone();
    }

    /** P(the condition never holds within the horizon). */
    public double neverWithinHorizon() {
        return 1 - by[by.length - 1];
    }

    /** The first quarter at which P(by) reaches {@code p}; empty when it does not within the horizon. */
    public Optional<Quarter> quarterReaching(double p) {
        for (int k = 0; k < by.length; k++) {
            if (by[k] >= p) {
                return Optional.of(quarters.get(k));
            }
        }
        return Optional.empty();
    }

    /** Median first quarter; empty when more than half the paths never meet the condition within the horizon. */
    public Optional<Quarter> median() {
        return quarterReaching(0.5);
    }

    /** P(the condition has held by {@code q}); @throws IllegalArgumentException for a quarter off the grid */
    public double by(Quarter q) {
        return by[index(q)];
    }

    /** P(the condition holds in {@code q}); @throws IllegalArgumentException for a quarter off the grid */
    public double at(Quarter q) {
        return at[index(q)];
    }

    private int index(Quarter q) {
        int i = quarters.indexOf(q);
        if (i < 0) {
            throw new IllegalArgumentException("event " + name + " has no probability for " + q + " (simulated "
                    + quarters.get(0) + ".." + quarters.get(quarters.size() - 1) + ")");
        }
        return i;
    }
}
