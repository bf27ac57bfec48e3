package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast run --format json}: the run's results — the answer to its question, every quantile and event,
 * actual-versus-forecast coverage, the baseline comparison of a what-if scenario, thin-fit warnings — with its
 * manifest and the paths of the files it wrote. Probabilities are fractions in [0, 1] everywhere ({@code pBy},
 * {@code pAt}); shares and margins are percent; money is millions of the scenario's currency ({@code unit} says
 * which), rounded to 0.1; quarters are written {@code 2020Q4}; a missing value is null.
 *
 * @param answer     the answer block
 * @param quantiles  per result series: label, unit, and per simulated quarter mean, quantiles and actual
 * @param events     per event: P(holds in q) and P(first held by q) per quarter
 * @param coverage   per result series with actuals: how many fell inside the 80% band, and the misses
 * @param baseline   for a scenario with shocks: the same scenario without them, side by side; null otherwise
 * @param warnings   per simulated id with a thin or weakly identified fit: why its band is to be read with care
 * @param manifest   manifest.json
 * @param outputs    the files written
 */
public record RunOutput(Answer answer, List<SeriesQuantiles> quantiles, List<Event> events, List<Coverage> coverage,
        Baseline baseline, java.util.Map<String, String> warnings, Manifest manifest, List<String> outputs) {

    /** The question and its answer, at the answer quarters. */
    public record Answer(String question, String asOf, List<String> quarters, List<EventAnswer> events,
            List<ShareAnswer> shares) {
    }

    /**
     * When an event first happens: {@code pBy} per answer quarter; median and 10%/90% quarters (null = beyond the
     * horizon); what happened ({@code actual}: the first quarter it held in the data, null when it did not by
     * {@code dataEnd}).
     */
    public record EventAnswer(String kind, String event, String label, String guidance, double[] pBy,
            String median, String p10, String p90, double pByHorizon, String actual, Double actualIncome,
            boolean actualComparable, String profitableSince, String dataEnd, String warning) {
    }

    /** A share at the answer quarters: median, 10% and 90% quantiles and actual, percent. */
    public record ShareAnswer(String series, String label, double[] median, double[] p10, double[] p90,
            Double[] actual, String warning) {
    }

    /** One result series: its quantiles per quarter. */
    public record SeriesQuantiles(String series, String label, String unit, String warning, List<Row> rows) {
    }

    /** One quarter of a result series; {@code actual} null where the data has none. */
    public record Row(String quarter, double mean, double p5, double p10, double p25, double p50, double p75,
            double p90, double p95, Double actual, String actualStatus) {
    }

    /** One event's probabilities per quarter. */
    public record Event(String event, List<String> quarters, double[] pAt, double[] pBy) {
    }

    /**
     * Actual versus forecast over every forecast quarter with a comparable actual.
     *
     * @param inside80 how many actuals fell inside the 10–90% band
     * @param actuals  how many comparable actuals there were
     * @param below90  quarters whose actual fell below the 5% quantile (outside the 90% band)
     * @param above90  quarters whose actual fell above the 95% quantile
     */
    public record Coverage(String series, String label, int inside80, int actuals, List<String> below80,
            List<String> above80, List<String> below90, List<String> above90) {
    }

    /** The scenario against its baseline: medians at the report quarters and event probabilities by the horizon. */
    public record Baseline(List<String> shocks, List<BaselineRow> medians, List<BaselineEvent> events) {
    }

    /** A median at a report quarter, baseline and scenario, and the change in percent. */
    public record BaselineRow(String series, String label, String quarter, double baseline, double scenario,
            double changePercent) {
    }

    /** An event's probability by the horizon and median quarter, baseline and scenario. */
    public record BaselineEvent(String event, double baselinePBy, double scenarioPBy, String baselineMedian,
            String scenarioMedian) {
    }
}
