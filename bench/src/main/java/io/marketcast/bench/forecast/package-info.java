/**
 * JMH benchmarks of the forecasting methods of {@code io.marketcast.forecast} (the registry
 * {@link io.marketcast.forecast.Methods}): time to fit and forecast real series, in memory.
 */
package io.marketcast.bench.forecast;
