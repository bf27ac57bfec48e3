/**
 * Evaluating forecasts: accuracy {@link io.marketcast.forecast.eval.Metrics metrics}, the rolling-origin
 * {@link io.marketcast.forecast.eval.Backtest backtest} of any method on any series, and the
 * {@link io.marketcast.forecast.eval.CompetitionRunner competition runner} that scores methods on a competition in
 * the M-competition layout (M3 by default) the way the published results were scored.
 *
 * <p>Metrics (Hyndman &amp; Koehler 2006, "Another look at measures of forecast accuracy", IJF 22:679-688;
 * Makridakis, Spiliotis &amp; Assimakopoulos 2020, "The M4 Competition: 100,000 time series and 61 forecasting
 * methods", IJF 36:54-74; the M5 guidelines for RMSSE): MAPE and sMAPE in percent (sMAPE with the
 * {@code |y| + |f|} denominator, between 0 and 200), MASE and RMSSE scaled by the in-sample seasonal naive errors,
 * interval coverage as a fraction, MSIS scaled like MASE. A metric that is undefined (a zero actual for MAPE, a
 * constant training series for MASE) is {@code NaN}; means over series skip nothing, so a NaN propagates and is
 * visible rather than silently dropped.
 *
 * <p>No peeking: a backtest hands a method only the data up to its origin (as known then, when the caller supplies
 * vintages); the competition runner hands it only the training part. Results do not depend on the number of threads:
 * every series is forecast independently and scores are aggregated in series order.
 */
package io.marketcast.forecast.eval;
