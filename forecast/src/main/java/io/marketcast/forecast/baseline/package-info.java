/**
 * The benchmark methods every forecasting study compares against: {@link io.marketcast.forecast.baseline.Naive},
 * {@link io.marketcast.forecast.baseline.SeasonalNaive}, {@link io.marketcast.forecast.baseline.Drift},
 * {@link io.marketcast.forecast.baseline.Ses simple exponential smoothing} and
 * {@link io.marketcast.forecast.baseline.Naive2} (the naive method on classically, multiplicatively deseasonalised
 * data: the M3/M4 benchmark), plus the shared pieces they are built from: the 90% seasonality test and classical
 * decomposition ({@link io.marketcast.forecast.internal.Seasonality}), the SES fit
 * ({@link io.marketcast.forecast.baseline.SesFit}) and normal prediction intervals
 * ({@link io.marketcast.forecast.internal.NormalIntervals}).
 *
 * <p>Units: forecasts and intervals are in the unit of the history. Inputs must be finite (NaN and infinities are
 * rejected with {@link java.lang.IllegalArgumentException}); a history too short for a method raises
 * {@link io.marketcast.forecast.InsufficientDataException}. Every method returns point forecasts and normal
 * prediction intervals at the requested levels; the variance formulas are those of R's {@code forecast} package
 * (Hyndman &amp; Khandakar 2008; Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed.,
 * section 5.5).
 *
 * <p>References: Makridakis, Wheelwright &amp; Hyndman (1998), <i>Forecasting: Methods and Applications</i>, 3rd ed.
 * (classical decomposition, Naive2); Makridakis &amp; Hibon (2000), "The M3-Competition", IJF 16:451-476;
 * the M4 competition's benchmark code (seasonality test at 90%); Hyndman, Koehler, Ord &amp; Snyder (2008),
 * <i>Forecasting with Exponential Smoothing</i> (SES as ETS(A,N,N), its variance).
 */
package io.marketcast.forecast.baseline;
