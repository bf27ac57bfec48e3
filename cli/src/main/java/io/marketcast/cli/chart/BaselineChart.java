package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A what-if scenario against its baseline (the same scenario without shocks, same seed), drawn from baseline.csv and
 * shocks.csv: per revenue series the scenario's median (solid) and the baseline's (dashed, same colour), with each
 * shock's window shaded grey. Where the lines part is what the shocks did.
 */
public final class BaselineChart {

    /** The columns of baseline.csv. */
    static final String[] COLUMNS = {"series", "quarter", "baseline_p50", "scenario_p50"};
    /** Legend name of the shaded windows. */
    public static final String WINDOW = "shock window";

    private BaselineChart() {
    }

    /**
     * @param baselineCsv the text of baseline.csv
     * @param shocksCsv   the text of shocks.csv
     * @param labels      series.csv's labels and currency
     * @param name        the scenario's name, for the title
     * @param asOf        the scenario's as-of quarter, for the title
     */
    public static XYChart build(String baselineCsv, String shocksCsv, SeriesLabels labels, String name, Quarter asOf,
            ChartSize size) {
        CsvInput in = CsvInput.parse("baseline.csv", baselineCsv).require(COLUMNS);
        Map<String, List<CsvInput.Row>> bySeries = new LinkedHashMap<>();
        for (CsvInput.Row r : in.rows()) {
            bySeries.computeIfAbsent(r.required("series"), k -> new ArrayList<>()).add(r);
        }
        if (bySeries.isEmpty()) {
            throw in.error("no rows");
        }
        String currency = labels.currency(bySeries.keySet().iterator().next());
        XYChart chart = ChartStyle.xy(size, name + " vs its baseline (no shocks): median revenue, as of " + asOf,
                Unit.MONEY, currency);
        double hi = 0;
        for (List<CsvInput.Row> rows : bySeries.values()) {
            for (CsvInput.Row r : rows) {
                hi = Math.max(hi, Math.max(r.number("baseline_p50"), r.number("scenario_p50")));
            }
        }
        hi = Unit.MONEY.plot(hi) * 1.05;
        CsvInput shocks = CsvInput.parse("shocks.csv", shocksCsv).require("from", "to");
        List<double[]> windows = new ArrayList<>();
        for (CsvInput.Row r : shocks.rows()) {
            double[] w = {QuarterAxis.x(r.quarter("from")) - 0.125, QuarterAxis.x(r.quarter("to")) + 0.125};
            if (!windows.stream().anyMatch(x -> x[0] == w[0] && x[1] == w[1])) {
                windows.add(w);
            }
        }
        for (int i = 0; i < windows.size(); i++) {
            double[] w = windows.get(i);
            XYSeries s = chart.addSeries(i == 0 ? WINDOW : WINDOW + " " + (i + 1),
                    new double[] {w[0], w[1], w[1], w[0]}, new double[] {0, 0, hi, hi});
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            s.setMarker(SeriesMarkers.NONE);
            s.setFillColor(new Color(0, 0, 0, 28));
            s.setLineColor(new Color(0, 0, 0, 0));
            s.setShowInLegend(i == 0);
        }
        for (Map.Entry<String, List<CsvInput.Row>> e : bySeries.entrySet()) {
            String id = e.getKey();
            List<CsvInput.Row> rows = e.getValue();
            double[] x = rows.stream().mapToDouble(r -> QuarterAxis.x(r.quarter("quarter"))).toArray();
            Color c = labels.colour(id);
            XYSeries with = chart.addSeries(labels.name(id) + ", scenario", x,
                    rows.stream().mapToDouble(r -> Unit.MONEY.plot(r.number("scenario_p50"))).toArray());
            with.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            with.setMarker(SeriesMarkers.NONE);
            with.setLineColor(c.darker());
            with.setLineStyle(new BasicStroke(3f));
            XYSeries base = chart.addSeries(labels.name(id) + ", baseline", x,
                    rows.stream().mapToDouble(r -> Unit.MONEY.plot(r.number("baseline_p50"))).toArray());
            base.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            base.setMarker(SeriesMarkers.NONE);
            base.setLineColor(c.darker());
            base.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {7f, 5f}, 0));
        }
        ChartStyle.finish(chart, size);
        return chart;
    }
}
