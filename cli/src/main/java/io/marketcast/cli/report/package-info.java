/**
 * The scenario report: {@code report.html}, one self-contained page per run (inline CSS, no scripts, no network),
 * that shows the scenario, its assumptions, the summary tables, the charts (relative links to the PNGs written
 * beside it) and the manifest. It reads offline from nothing but the run's output folder.
 */
package io.marketcast.cli.report;
