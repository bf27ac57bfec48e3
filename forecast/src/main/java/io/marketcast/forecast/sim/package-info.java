/**
 * The Monte Carlo engine: {@link io.marketcast.forecast.sim.Simulation} (the spec: series with their
 * {@link io.marketcast.forecast.PathModel path models}, correlation, shocks, derived series, events, paths, seed),
 * {@link io.marketcast.forecast.sim.Simulator} (runs it on all cores, deterministically) and
 * {@link io.marketcast.forecast.sim.SimulationResult} (quantiles per series and quarter, event probabilities).
 *
 * <p>Memory is bounded by the grid (series × quarters × sketch buckets), not by the number of paths: every value is
 * streamed into a {@link io.marketcast.forecast.internal.QuantileSketch} (relative error ≤ 2^-11). Values are in the unit
 * of the series' history; NaN is rejected.
 */
package io.marketcast.forecast.sim;
