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
 */
record FitData(String title, double[] t, double[] y, String axis, double[] future, List<String> labels) {
}
