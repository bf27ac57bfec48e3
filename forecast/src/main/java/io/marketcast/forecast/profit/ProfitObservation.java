package io.marketcast.forecast.profit;

import java.util.Objects;

/**
 * One observed profit figure: a quarter, or a fiscal-year total whose quarters were not disclosed.
 *
 * @param label    e.g. {@code 2020Q3} or {@code FY2019}
 * @param revenue  revenue over the period (millions), positive
 * @param income   operating income or adjusted EBITA over the period (millions; negative = loss)
 * @param quarters the period's quarters as offsets from the model's origin (as-of quarter = 0); one for a quarter,
 *                 four for a year
 */
public record ProfitObservation(String label, double revenue, double income, int[] quarters) {

    public ProfitObservation {
        Objects.requireNonNull(label, "label");
        if (!(revenue > 0) || !Double.isFinite(revenue)) {
            throw new IllegalArgumentException(label + ": revenue must be positive, was " + revenue);
        }
        if (!Double.isFinite(income)) {
            throw new IllegalArgumentException(label + ": income must be finite, was " + income);
        }
        if (quarters.length == 0) {
            throw new IllegalArgumentException(label + ": an observation covers at least one quarter");
        }
        quarters = quarters.clone();
    }

    public double margin() {
        return income / revenue;
    }

    /** Average revenue per quarter of the period. */
    public double quarterlyRevenue() {
        return revenue / quarters.length;
    }
}
