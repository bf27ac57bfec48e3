package io.marketcast.cli;

import java.util.List;

/**
 * What {@code fit} fits: the data on its time axis, how to describe it, and where the forecast steps fall.
 *
 * @param title     one line naming the data (series, unit, as-of, span)
 * @param t         the times of the observations (quarters 1..n of a series, or a file's x column)
 * @param y         the observations
 * @param axis      {@code quarter} for a series, {@code t} for a file: the key of forecast rows in JSON
 * @param future    the times of the forecast steps
 * @param labels    the label of each forecast step (a quarter, or the time itself)
 * @param series    the series slug, or null for a file
 * @param asOf      the as-of quarter of a series fit, or null for a file
 * @param unit      the unit of the values, e.g. {@code USD millions}; null for a file (its own unit)
 */
record FitData(String title, double[] t, double[] y, String axis, double[] future, List<String> labels, String series,
        String asOf, String unit) {
}
