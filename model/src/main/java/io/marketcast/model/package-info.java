/**
 * The data a forecaster sees: {@link io.marketcast.model.Quarter quarters} and
 * {@link io.marketcast.model.FiscalCalendar fiscal calendars}, {@link io.marketcast.model.Series series} whose
 * every {@link io.marketcast.model.Point point} keeps its provenance and source, USD/CNY
 * {@link io.marketcast.model.FxRates rates}, and the embedded {@link io.marketcast.model.Dataset dataset} of the
 * public cloud-infrastructure market with its {@link io.marketcast.model.Dataset#asOf as-of} views.
 *
 * <p>Forecasting competitions in the M-competition CSV layout ({@link io.marketcast.model.CompetitionData}, the M3
 * competition embedded; docs/m3.md) are read here too, for the benchmark: series in their own units, no gaps.
 *
 * <p>Units: company values are in millions of the series' currency; analyst market totals in USD billions;
 * shares in percent. Values are finite; missing quarters are gaps, never zeros or NaN.
 *
 * <p>This package prints nothing and writes no files. Bad input data raises
 * {@link io.marketcast.model.DataException} naming file, line and column.
 */
package io.marketcast.model;
