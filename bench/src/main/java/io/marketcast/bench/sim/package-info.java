/**
 * JMH benchmarks of the simulation engine ({@link io.marketcast.forecast.sim}): one core drawing random-walk path
 * steps, streaming values into the quantile sketch, the market-share transform, and the whole engine on a million
 * correlated paths.
 *
 * <p>Inputs are built in memory in {@code @Setup} from fixed seeds. Warmup, measurement and forks are stated on the
 * class. Units: nanoseconds per path-step or value (average time), milliseconds per engine run (single shot).
 * Results and the commands that reproduce them: docs/BENCHMARKS.md.
 */
package io.marketcast.bench.sim;
