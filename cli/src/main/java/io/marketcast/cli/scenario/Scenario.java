package io.marketcast.cli.scenario;

import io.marketcast.forecast.sim.Shock;
import io.marketcast.model.Quarter;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A validated scenario: what a user assumes, and what to compute and write. Every default is filled in
 * (docs/scenarios.md documents each key with its unit and default).
 *
 * @param name           short name; also the default output folder {@code out/<name>}
 * @param description    free text
 * @param asOf           the vantage point: only data known at the end of this quarter is used
 * @param end            last forecast quarter
 * @param currency       currency of all money series (USD)
 * @param series         the series to forecast
 * @param market         how market totals and shares are formed
 * @param correlation    correlation of the series' innovations
 * @param shocks         changes applied on the paths
 * @param analyses       share, profitability, crossover and threshold questions
 * @param reportQuarters quarters shown in the printed summary
 * @param paths          number of sample paths
 * @param seed           the run's one seed
 * @param outputs        where and what to write
 */
public record Scenario(String name, String description, Quarter asOf, Quarter end, String currency,
        List<SeriesSpec> series, Market market, CorrelationSpec correlation, List<Shock> shocks, Analyses analyses,
        List<Quarter> reportQuarters, int paths, long seed, Outputs outputs) {

    /**
     * One forecast series.
     *
     * @param id       data slug, e.g. {@code aws}
     * @param label    display name
     * @param method   path method name ({@code auto} by default)
     * @param window   quarters of history to fit (0 = the whole comparable stretch)
     * @param capacity a fixed saturation level in the scenario currency's millions, for growth curves
     * @param growth   a fixed growth path, percent per year, one per year after as_of (empty = fitted)
     */
    public record SeriesSpec(String id, String label, String method, int window, OptionalDouble capacity,
            List<Double> growth) {
    }

    /**
     * @param basis  {@code revenue} (vendor revenue over a market total) or {@code analyst} (analyst shares)
     * @param source analyst whose totals and shares are used ({@code synergy} or {@code canalys}; never mixed)
     */
    public record Market(String basis, String source) {
    }

    /**
     * @param mode   {@code estimated} (from the series' log-growth residuals), {@code equal} or {@code matrix}
     * @param rho    the common correlation when {@code equal}
     * @param matrix the full matrix when {@code matrix}, in series order
     */
    public record CorrelationSpec(String mode, double rho, double[][] matrix) {
    }

    /**
     * @param share         compute market shares
     * @param profitability units whose first profitable quarter is asked for
     * @param crossover     pairs {@code [challenger, leader]}: when does the first reach the second
     * @param thresholds    levels: when does a series reach a value
     * @param margins       operating margins (percent) whose first reaching quarter is asked for
     */
    public record Analyses(boolean share, List<String> profitability, List<List<String>> crossover,
            List<Threshold> thresholds, List<Double> margins) {
    }

    /** When does {@code series} reach {@code value} (scenario currency, millions). */
    public record Threshold(String series, double value) {
    }

    /**
     * @param directory output folder
     * @param charts    write charts
     */
    public record Outputs(String directory, boolean charts) {
    }

    /** Label of a series id. */
    public String label(String id) {
        return series.stream().filter(s -> s.id().equals(id)).map(SeriesSpec::label).findFirst().orElse(id);
    }
}
