/**
 * Panels: many series of one frequency from long-format rows (id, date, value), forecast in batch and
 * cross-validated with the registry's methods.
 *
 * <p>{@link io.marketcast.forecast.panel.PanelBuilder} checks the rows (dates, numbers, duplicates, frequency,
 * gaps) and names the source, row and column of the first problem; it reads no files — the caller parses the file
 * and hands it rows. {@link io.marketcast.forecast.panel.PanelForecaster} forecasts every series with every method,
 * {@link io.marketcast.forecast.panel.CrossValidation} scores them on rolling origins with the benchmark's metrics.
 * Both run in parallel and return the same numbers on any thread count; a method that cannot forecast a series
 * falls back to the naive forecast with a note, and the run goes on.
 */
package io.marketcast.forecast.panel;
