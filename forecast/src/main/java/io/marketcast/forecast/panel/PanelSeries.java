package io.marketcast.forecast.panel;

import java.util.Objects;

/**
 * One regular series of a panel: values at observations {@code 0..n-1} of its {@link TimeAxis}, with no gaps (a
 * filled period is counted in {@code filled}).
 *
 * @param id     the series' id as the input wrote it
 * @param axis   where each observation is, and how its date is written
 * @param values the values, oldest first, all finite (copied in and out)
 * @param filled how many of the values were filled by {@link Fill} rather than read
 */
public record PanelSeries(String id, TimeAxis axis, double[] values, int filled) {

    public PanelSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(axis, "axis");
        values = values.clone();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("series '" + id + "': values must be finite, got " + v);
            }
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** The number of observations. */
    public int length() {
        return values.length;
    }

    /** The values of observations {@code from..to-1} (a copy). */
    public double[] values(int from, int to) {
        return java.util.Arrays.copyOfRange(values, from, to);
    }

    /** The date of observation {@code i} (beyond the end for forecasts), written as the input writes dates. */
    public String date(int i) {
        return axis.label(i);
    }
}
