/**
 * Charts drawn from the tables of record (quantiles.csv, events.csv, history.csv, growth-fit and benchmark CSVs).
 *
 * <p>Each chart kind has one builder ({@link io.marketcast.cli.chart.FanChart}, {@link
 * io.marketcast.cli.chart.ShareChart}, {@link io.marketcast.cli.chart.ProfitChart}, {@link
 * io.marketcast.cli.chart.CrossoverChart}, {@link io.marketcast.cli.chart.GrowthFitChart}, {@link
 * io.marketcast.cli.chart.BenchmarkChart}) that takes rows parsed from a CSV of record and returns an XChart chart;
 * nothing here computes a forecast. Money is plotted in USD billions (the tables hold USD millions), shares, margins
 * and probabilities in percent, time in quarters ({@link io.marketcast.cli.chart.QuarterAxis}). Every vendor keeps one
 * colour in every chart ({@link io.marketcast.cli.chart.VendorPalette}). {@link io.marketcast.cli.chart.ChartFormat}
 * encodes a chart as PNG or SVG without a display.
 */
package io.marketcast.cli.chart;
