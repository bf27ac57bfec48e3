/**
 * Scenario files and the files of a run, for the command line. {@link io.marketcast.cli.scenario.ScenarioReader}
 * binds a YAML scenario file (docs/scenarios.md) to the library's {@link io.marketcast.forecast.scenario.Scenario};
 * {@link io.marketcast.cli.scenario.RunReport} and {@link io.marketcast.cli.scenario.HistoryTable} write the tables of
 * record of a run (quantiles.csv, events.csv, history.csv, the resolved scenario, the manifest) through
 * {@link io.marketcast.cli.scenario.OutputFiles}.
 *
 * <p>Invariants: a bad scenario file changes nothing and raises one
 * {@link io.marketcast.cli.scenario.ScenarioException} located by file, line, column and key. A run's files are
 * written all or nothing. Charts and the report are drawn from the tables of record, never from memory only.
 */
package io.marketcast.cli.scenario;
