/**
 * The scenario explorer behind {@code marketcast serve}: a page on a local HTTP server (the JDK's
 * {@code com.sun.net.httpserver}) that edits a scenario and re-simulates it. {@link io.marketcast.cli.explorer.Explorer}
 * validates each edited scenario with {@link io.marketcast.cli.scenario.ScenarioReader} (the code that reads scenario
 * files) and runs it with fits kept between runs; {@link io.marketcast.cli.explorer.ExplorerServer} serves the page,
 * its own resources and the results, and refuses foreign Host headers, large requests and large simulations. It reads
 * and writes no files.
 */
package io.marketcast.cli.explorer;
