/**
 * Exponential smoothing state-space models (ETS) and their automatic selection (AutoETS), after Hyndman, Koehler,
 * Ord &amp; Snyder (2008), <i>Forecasting with Exponential Smoothing: The State Space Approach</i>, Springer, and
 * Hyndman, Koehler, Snyder &amp; Grose (2002), "A state space framework for automatic forecasting using exponential
 * smoothing methods", <i>International Journal of Forecasting</i> 18:439–454; engineered to give the answers of R's
 * {@code forecast::ets} (Hyndman &amp; Khandakar 2008, <i>Journal of Statistical Software</i> 27(3)).
 *
 * <p>Entry points: {@link io.marketcast.forecast.ets.EtsMethod} (the {@code ets} and {@code ets:MODEL} methods) and
 * {@link io.marketcast.forecast.ets.Ets},
 * configured by the immutable {@link io.marketcast.forecast.ets.EtsSpec}, giving an
 * {@link io.marketcast.forecast.ets.EtsFit} (parameters, states, criteria, optimiser diagnostics, forecasts and a
 * {@link io.marketcast.forecast.PathModel}).
 *
 * <p>Invariants and units: observations are equally spaced and finite; states and forecasts are in the unit of the
 * data; seasonal states of a multiplicative season are ratios averaging 1, of an additive season offsets summing to
 * 0; smoothing parameters lie in {@code [lower, upper]} and/or the admissible region per
 * {@link io.marketcast.forecast.ets.Bounds}. NaN policy: NaN or infinite observations are rejected with
 * {@link java.lang.IllegalArgumentException}; parameters a model does not have are reported as NaN; a parameter
 * vector where the likelihood is undefined scores +Inf in the optimiser. Deterministic: the same data and spec give
 * the same fit and forecast on any thread (simulated intervals use the spec's seed). Nothing here prints or writes.
 */
package io.marketcast.forecast.ets;
