/**
 * Marketcast on Apache Spark: the panel forecasts and cross-validation of {@code marketcast forecast} and
 * {@code marketcast cv} over a Spark {@code Dataset<Row>} of series in long format (id, date, value), with the same
 * column names, methods (any registered name, plugins on the class path included) and options (docs/spark.md).
 *
 * <p>Rows are grouped by series id; each group is built into a one-series panel by the library's
 * {@link io.marketcast.forecast.panel.PanelBuilder} and forecast by
 * {@link io.marketcast.forecast.panel.PanelForecaster#forecast(io.marketcast.forecast.panel.PanelSeries, int,
 * io.marketcast.forecast.panel.PanelForecaster.Spec)} or cross-validated by
 * {@link io.marketcast.forecast.panel.CrossValidation#windows}, the code the command line runs for each series, so
 * the doubles, fallbacks and notes are the command line's whatever the partitioning. The accuracy table is a
 * {@link io.marketcast.forecast.panel.CrossValidation.Tally} of exactly rounded sums, merged across partitions.
 * {@link io.marketcast.spark.SparkJob} is the {@code spark-submit} entry point.
 */
package io.marketcast.spark;
