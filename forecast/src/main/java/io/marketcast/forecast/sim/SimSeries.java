package io.marketcast.forecast.sim;

import io.marketcast.forecast.PathModel;
import io.marketcast.model.Quarter;
import java.util.Objects;

/**
 * A simulated series: a fitted path model and where its history ends.
 *
 * @param id        name used in results, shocks and analyses (e.g. {@code aws})
 * @param model     draws future paths; its horizon covers {@code first .. end} of the simulation
 * @param first     first simulated quarter (the quarter after the last observation)
 * @param lastValue the last observed level (shocks chain growth from it)
 * @param known     observed levels for the quarters just before {@code first}, oldest first (may be empty); used
 *                  where another series' simulation starts earlier and an analysis needs both
 */
public record SimSeries(String id, PathModel model, Quarter first, double lastValue, double[] known) {

    public SimSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(first, "first");
        if (!Double.isFinite(lastValue)) {
            throw new IllegalArgumentException("last value of " + id + " must be finite, was " + lastValue);
        }
        known = known == null ? new double[0] : known.clone();
    }

    public SimSeries(String id, PathModel model, Quarter first, double lastValue) {
        this(id, model, first, lastValue, new double[] {lastValue});
    }
}
