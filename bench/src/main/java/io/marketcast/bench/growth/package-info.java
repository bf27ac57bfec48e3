/**
 * JMH benchmarks of growth-curve fitting ({@link io.marketcast.forecast.growth}): logistic and Gompertz fits to 40
 * points by Levenberg–Marquardt. Inputs are built in memory by {@link io.marketcast.bench.growth.BenchCurve} from a
 * formula that bench/compare/growth_fit_scipy.py and growth_fit_nls.R reproduce exactly, so the three tools time
 * the same fits. Times are microseconds per fit (average time mode); see docs/BENCHMARKS.md.
 */
package io.marketcast.bench.growth;
