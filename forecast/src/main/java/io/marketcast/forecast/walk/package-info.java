/**
 * Random walks: {@link io.marketcast.forecast.walk.LogRandomWalk}, the multiplicative random walk with drift — the
 * simplest honest forecast of a growing revenue, and the reference process of the simulation benchmarks.
 */
package io.marketcast.forecast.walk;
