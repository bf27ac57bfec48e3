package io.marketcast.cli.chart;

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
        List<QuantileRow> q = QuantileRow.read(CsvInput.parse("quantiles.csv", quantilesCsv));
        List<EventRow> e = EventRow.read(CsvInput.parse("events.csv", eventsCsv));
        List<HistoryRow> h = HistoryRow.read(CsvInput.parse("history.csv", historyCsv));
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        if (q.stream().anyMatch(r -> r.series().startsWith("share:"))) {
            charts.put("share", ShareChart.build(q, size, "quantiles.csv"));
        }
        if (e.stream().anyMatch(r -> r.profitableUnit() != null)) {
            charts.put("profit", ProfitChart.build(e, q, size, "events.csv"));
        }
        if (e.stream().anyMatch(r -> r.crossoverPair() != null)) {
            charts.put("crossover", CrossoverChart.build(e, size, "events.csv"));
        }
        for (String id : FanChart.seriesIds(q)) {
            charts.put(fanName(id), FanChart.build(q, h, id, size, "quantiles.csv"));
        }
        return charts;
    }
}
