package io.marketcast.model;

import java.util.Objects;

/**
 * One series of a forecasting competition in the M-competition layout: its in-sample part and the hold-out part
 * that immediately follows it.
 *
 * @param id        series id, e.g. {@code N0001}
 * @param period    {@code YEARLY}, {@code QUARTERLY}, {@code MONTHLY} or {@code OTHER} (upper case as in the file)
 * @param type      domain, e.g. {@code MICRO}, {@code MACRO}
 * @param frequency seasonal period: 1, 4 or 12
 * @param train     in-sample values, oldest first; finite
 * @param test      hold-out values ({@code h} of them), in order; finite
 */
public record CompetitionSeries(String id, String period, String type, int frequency, double[] train,
        double[] test) {

    public CompetitionSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        if (frequency < 1) {
            throw new IllegalArgumentException("series " + id + ": frequency must be at least 1, was " + frequency);
        }
        train = train.clone();
        test = test.clone();
    }

    @Override
    public double[] train() {
        return train.clone();
    }

    @Override
    public double[] test() {
        return test.clone();
    }

    /** The forecast horizon: the length of the hold-out part. */
    public int horizon() {
        return test.length;
    }
}
