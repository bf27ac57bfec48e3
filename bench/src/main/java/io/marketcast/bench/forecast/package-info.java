/**
 * JMH benchmarks of the forecasting methods of {@code io.marketcast.forecast} (the registry
 * {@link io.marketcast.forecast.Methods}): time to fit and forecast real series, in memory. Also
 * {@link io.marketcast.bench.forecast.ThetaVariants}, a command-line experiment that scores variants of the Theta
 * method on the whole M3 against the published THETA entry (docs/BENCHMARKS.md).
 */
package io.marketcast.bench.forecast;
