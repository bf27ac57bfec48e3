package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Every chart a scenario run calls for, drawn from its tables of record: a fan chart per series of quantiles.csv,
 * and, when the tables have them, the market share, profitability and crossover charts.
 */
public final class RunCharts {

    private RunCharts() {
    }

    /** The file name (without extension) of a series' fan chart: {@code fan-aws}, {@code fan-share-aws}. */
    public static String fanName(String series) {
        return "fan-" + series.replace(':', '-');
    }

    /**
     * @param quantilesCsv the text of quantiles.csv
     * @param eventsCsv    the text of events.csv
     * @param historyCsv   the text of history.csv
     * @return file name without extension → chart, in reading order
     */
    public static Map<String, Chart<?, ?>> all(String quantilesCsv, String eventsCsv, String historyCsv,
            ChartSize size) {
        return all(quantilesCsv, eventsCsv, historyCsv, SeriesLabels.NONE, size, null);
    }

    /**
     * @param quantilesCsv the text of quantiles.csv
     * @param eventsCsv    the text of events.csv
     * @param historyCsv   the text of history.csv
     * @param seriesCsv    the text of series.csv: each series' label and unit
     * @return file name without extension → chart, in reading order
     */
    public static Map<String, Chart<?, ?>> all(String quantilesCsv, String eventsCsv, String historyCsv,
            String seriesCsv, ChartSize size) {
        return all(quantilesCsv, eventsCsv, historyCsv, SeriesLabels.read(CsvInput.parse("series.csv", seriesCsv)),
                size, null);
    }

    /**
     * The same, with the run's as-of quarter in every title: a series that reports late (an estimate ending a
     * quarter before the as-of quarter) starts its forecast early, and a title derived from the tables would name
     * that earlier quarter.
     */
    public static Map<String, Chart<?, ?>> all(String quantilesCsv, String eventsCsv, String historyCsv,
            String seriesCsv, ChartSize size, Quarter asOf) {
        return all(quantilesCsv, eventsCsv, historyCsv, SeriesLabels.read(CsvInput.parse("series.csv", seriesCsv)),
                size, asOf);
    }

    private static Map<String, Chart<?, ?>> all(String quantilesCsv, String eventsCsv, String historyCsv,
            SeriesLabels labels, ChartSize size, Quarter asOf) {
        List<QuantileRow> q = QuantileRow.read(CsvInput.parse("quantiles.csv", quantilesCsv));
        List<EventRow> e = EventRow.read(CsvInput.parse("events.csv", eventsCsv));
        List<HistoryRow> h = HistoryRow.read(CsvInput.parse("history.csv", historyCsv));
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        if (q.stream().anyMatch(r -> r.series().startsWith("share:"))) {
            charts.put("share", ShareChart.build(q, labels, size, "quantiles.csv"));
        }
        if (e.stream().anyMatch(r -> r.profitableUnit() != null)) {
            charts.put("profit", ProfitChart.build(e, q, labels, size, "events.csv"));
        }
        if (e.stream().anyMatch(r -> r.crossoverPair() != null)) {
            charts.put("crossover", CrossoverChart.build(e, labels, size, "events.csv"));
        }
        for (String id : FanChart.seriesIds(q)) {
            charts.put(fanName(id), FanChart.build(q, h, id, labels, size, "quantiles.csv", asOf));
        }
        if (asOf != null) {
            for (Chart<?, ?> c : charts.values()) {
                c.setTitle(c.getTitle().replaceAll("as of \\d{4}Q[1-4]", "as of " + asOf));
            }
        }
        return charts;
    }
}
