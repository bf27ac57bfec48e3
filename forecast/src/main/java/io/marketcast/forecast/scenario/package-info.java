/**
 * The scenario engine. A {@link io.marketcast.forecast.scenario.Scenario} states what a user assumes and what to
 * compute (as-of quarter, horizon, series and their methods, market basis, correlation, shocks, analyses, paths,
 * seed); {@link io.marketcast.forecast.scenario.ScenarioEngine} checks it against a
 * {@link io.marketcast.model.Dataset}, fits every series, simulates, and returns a
 * {@link io.marketcast.forecast.scenario.ScenarioRun}: quantiles and event probabilities, the fits and the histories
 * they saw, and what actually happened. docs/scenarios.md documents every key with its unit and default.
 *
 * <p>Invariants: no peeking: every fit uses only data known at the end of the as-of quarter (the data that came later
 * is set beside the results only after they are computed, and tests prove it). One seed per run: the same scenario
 * and data give the same numbers on any number of threads. A scenario that cannot be run raises
 * {@link io.marketcast.forecast.scenario.ScenarioProblem} naming the scenario key. Money is in the scenario's currency
 * (USD by default; series in other currencies are converted at the data's quarterly average rates, and a missing rate
 * is a problem naming the quarter), shares and margins in percent. The market is a source's total or the scenario's
 * series plus an explicit rest series. A library: no printing, no files; a front
 * end (the command line) reads scenario files and writes the outputs.
 */
package io.marketcast.forecast.scenario;
