/**
 * The data a forecaster sees: {@link io.marketcast.model.Quarter quarters} and
 * {@link io.marketcast.model.FiscalCalendar fiscal calendars}, {@link io.marketcast.model.Series series} whose
 * every {@link io.marketcast.model.Point point} keeps its provenance and source, ISO 4217
 * {@link io.marketcast.model.Currency currencies} and quarterly {@link io.marketcast.model.FxRates exchange rates},
 * and {@link io.marketcast.model.Dataset datasets} with their {@link io.marketcast.model.Dataset#asOf as-of} views:
 * the embedded public cloud-infrastructure market, a user's own files in the same schemas
 * ({@link io.marketcast.model.Dataset#load}, {@link io.marketcast.model.DataSources}), or both merged, and the
 * embedded data written out in those schemas ({@link io.marketcast.model.Dataset#export}).
 *
 * <p>Forecasting competitions in the M-competition CSV layout ({@link io.marketcast.model.CompetitionData}, the M3
 * competition embedded; docs/m3.md) are read here too, for the benchmark: series in their own units, no gaps.
 *
 * <p>Units: company values are in millions of the series' currency; market totals in billions of their source's
 * currency (the embedded analysts: USD); shares in percent. Values are finite; missing quarters are gaps, never zeros
 * or NaN.
 *
 * <p>This package prints nothing and writes no files; it reads only the files a caller names, each at most 64 MiB,
 * checked before reading. Bad input data raises {@link io.marketcast.model.DataException} naming file, line and
 * column; two rows giving one value raise {@link io.marketcast.model.DataClashException} naming both; a conversion
 * without a rate raises {@link io.marketcast.model.MissingRateException} naming the currencies and the quarter.
 */
package io.marketcast.model;
