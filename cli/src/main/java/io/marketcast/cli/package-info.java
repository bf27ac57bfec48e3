/**
 * The {@code marketcast} command line: picocli commands built by {@link io.marketcast.cli.Marketcast#commandLine()},
 * tables, JSON and CSV output. The only module that knows about terminals, files and exit codes.
 */
package io.marketcast.cli;
