/**
 * The Theta method of the M3 competition and its optimised state-space variants.
 *
 * <p>{@link io.marketcast.forecast.theta.Theta}: the standard Theta method (Assimakopoulos &amp; Nikolopoulos 2000,
 * "The theta model: a decomposition approach to forecasting", IJF 16:521-530), in the form shown by Hyndman &amp;
 * Billah (2003, "Unmasking the Theta method", IJF 19:287-290) and implemented by R's {@code forecast::thetaf}:
 * deseasonalise by classical multiplicative decomposition when the 90% autocorrelation test says the series is
 * seasonal; forecast the adjusted data by simple exponential smoothing plus a drift of half the slope of the
 * linear trend; reseasonalise.
 *
 * <p>{@link io.marketcast.forecast.theta.Dotm}: the Dynamic Optimised Theta Model and its static version OTM
 * (Fiorucci, Pellegrini, Louzada, Petropoulos &amp; Koehler 2016, "Models for optimising the theta method and their
 * relationship to state space models", IJF 32:1151-1161), with {@code θ}, {@code α} and {@code ℓ_0} estimated by
 * least squares on the one-step errors.
 *
 * <p>Units: forecasts and intervals are in the unit of the history. Inputs must be finite; multiplicative
 * deseasonalisation is applied only to strictly positive series. Intervals are normal with the SES variance
 * {@code σ²(1 + (h-1)α²)}, as {@code thetaf}; they ignore the uncertainty of the trend and of the seasonal indices.
 */
package io.marketcast.forecast.theta;
