/**
 * Benchmarks of the ETS fitter ({@link io.marketcast.forecast.ets}): JMH benchmarks of one fit and of AutoETS per
 * M3 quarterly series, and {@link io.marketcast.bench.ets.EtsM3Run}, which runs AutoETS on M3 yearly and
 * quarterly series and sets its sMAPE and time per series beside R {@code forecast::ets}
 * ({@code bench/compare/ets_m3.R}). Inputs are the project's M3 copy, read from the classpath in the setup.
 */
package io.marketcast.bench.ets;
