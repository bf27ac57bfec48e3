/**
 * Helpers shared by the packages of the forecasting library. <b>Not API:</b> these classes are public only so that
 * the other packages of {@code io.marketcast.forecast} can use them; they may change or disappear in any release.
 * A library user calls the public packages ({@link io.marketcast.forecast.Method}, {@code registry},
 * {@code scenario}, {@code eval}, ...), never these.
 *
 * <p>What is here: argument checks whose messages name the method ({@link io.marketcast.forecast.internal.Checks});
 * the template of every fit whose future is linear in Gaussian innovations
 * ({@link io.marketcast.forecast.internal.GaussianFit}), with normal intervals
 * ({@link io.marketcast.forecast.internal.NormalIntervals}) and reseasonalising
 * ({@link io.marketcast.forecast.internal.Reseasonalize}); the seasonality test and classical decomposition of the
 * M3/M4 benchmarks ({@link io.marketcast.forecast.internal.Seasonality}); deterministic one-parameter minimisation
 * ({@link io.marketcast.forecast.internal.Minimizer}); and the simulator's bounded-memory quantile sketch
 * ({@link io.marketcast.forecast.internal.QuantileSketch}).
 *
 * <p>Invariants: this package uses only the root package {@code io.marketcast.forecast} (and the JDK and Commons
 * Math/RNG), never a sibling package, so that every sibling may use it without a cycle. Everything is stateless or
 * immutable except {@code QuantileSketch} (one per worker, not thread-safe). No printing, no files. The architecture
 * tests hold the boundary: only {@code io.marketcast.forecast} classes use this package (bench may, to benchmark
 * it), and no public method outside it takes or returns one of its types (docs/architecture.md).
 */
package io.marketcast.forecast.internal;
