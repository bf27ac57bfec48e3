/**
 * JMH benchmarks of growth-curve fitting ({@link io.marketcast.forecast.growth}): logistic and Gompertz fits to 40
 * points by Levenberg–Marquardt, with either solver.
 *
 * <p>Inputs are built in memory in {@code @Setup} by {@link io.marketcast.bench.growth.BenchCurve} from a formula
 * that bench/compare/growth_fit_scipy.py and growth_fit_nls.R reproduce exactly, so the three tools time the same
 * fits from the same start. Invariants: the inputs are finite and positive by construction, and the setup refuses
 * a problem whose fit is not usable, so no benchmark times a failing fit. Units: microseconds per fit (average
 * time mode). Results and the commands that reproduce them: docs/BENCHMARKS.md.
 */
package io.marketcast.bench.growth;
