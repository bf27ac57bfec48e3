/**
 * Long-format panels in files: readers of CSV/TSV (and standard input), Parquet and Excel tables into a
 * {@link io.marketcast.forecast.panel.Panel}, and the writers of the forecast and cross-validation tables
 * (docs/outputs.md). Bad content is a {@link io.marketcast.forecast.panel.PanelException} naming file, row and column.
 */
package io.marketcast.cli.panel;
