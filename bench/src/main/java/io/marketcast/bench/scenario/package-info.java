/**
 * A JMH benchmark of one whole scenario run ({@link io.marketcast.forecast.scenario.ScenarioEngine}) on the shipped
 * seed scenario and the embedded dataset: everything {@code marketcast run} does except writing files and charts.
 *
 * <p>Both inputs are read once in {@code @Setup}; the run uses the scenario's own seed. Units: milliseconds per run
 * (average time). Results and the commands that reproduce them: docs/BENCHMARKS.md.
 */
package io.marketcast.bench.scenario;
