package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Profitability timing: per unit, P(first profitable quarter ≤ q) from the {@code profitable:<id>} rows of events.csv
 * ({@code p_by}, in percent), and, where quantiles.csv has the actuals, the first quarter after the as-of quarter
 * with non-negative actual income ({@code income:<id>}) marked on the unit's curve.
 */
public final class ProfitChart {

    /** Suffix of the series that marks the actual first profitable quarter. */
    public static final String ACTUAL_SUFFIX = ": actual first profit";

    private ProfitChart() {
    }

    /** The first quarter with actual income ≥ 0 in the {@code income:<unit>} rows, with whether it is comparable. */
    public static Optional<QuantileRow> actualFirstProfit(List<QuantileRow> quantiles, String unit) {
        return quantiles.stream().filter(r -> r.series().equals("income:" + unit))
                .filter(r -> r.actual().isPresent() && r.actual().getAsDouble() >= 0).findFirst();
    }

    /** Per unit, in file order, its rows. */
    static Map<String, List<EventRow>> units(List<EventRow> events) {
        Map<String, List<EventRow>> m = new LinkedHashMap<>();
        for (EventRow e : events) {
            if (e.profitableUnit() != null) {
                m.computeIfAbsent(e.profitableUnit(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        return m;
    }

    /**
     * @param events    events.csv rows
     * @param quantiles quantiles.csv rows for the actual first profit (may be empty)
     */
    public static XYChart build(List<EventRow> events, List<QuantileRow> quantiles, ChartSize size,
            String inputName) {
        return build(events, quantiles, SeriesLabels.NONE, size, inputName);
    }

    /** The same, each unit under its label (series.csv). */
    public static XYChart build(List<EventRow> events, List<QuantileRow> quantiles, SeriesLabels labels,
            ChartSize size, String inputName) {
        Map<String, List<EventRow>> units = units(events);
        if (units.isEmpty()) {
            throw new ChartInputException(inputName + ": no profitable:<id> events (run a scenario with "
                    + "analyses.profitability)");
        }
        Quarter asOf = units.values().iterator().next().get(0).quarter().previous();
        XYChart chart = ChartStyle.xy(size, "When does each unit turn a profit? (forecast as of " + asOf + ")",
                Unit.PROBABILITY);
        chart.setYAxisTitle("P(first profitable quarter ≤ q), %");
        for (Map.Entry<String, List<EventRow>> u : units.entrySet()) {
            List<EventRow> rows = u.getValue();
            XYSeries s = chart.addSeries(labels.name(u.getKey()),
                    FanChart.xs(rows.stream().map(EventRow::quarter).toList()),
                    rows.stream().mapToDouble(r -> Unit.PROBABILITY.plot(r.pBy())).toArray());
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(labels.colour(u.getKey()));
            s.setLineStyle(new BasicStroke(3f));
        }
        for (Map.Entry<String, List<EventRow>> u : units.entrySet()) {
            Optional<QuantileRow> first = actualFirstProfit(quantiles, u.getKey());
            if (first.isEmpty()) {
                continue;
            }
            Quarter q = first.get().quarter();
            double p = u.getValue().stream().filter(e -> e.quarter().equals(q)).mapToDouble(EventRow::pBy)
                    .findFirst().orElse(Double.NaN);
            if (Double.isNaN(p)) {
                continue;
            }
            String label = labels.name(u.getKey()) + ACTUAL_SUFFIX + " " + q
                    + (first.get().actualNotComparable() ? " (other definition)" : "");
            XYSeries s = chart.addSeries(label, new double[] {QuarterAxis.x(q)},
                    new double[] {Unit.PROBABILITY.plot(p)});
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            s.setMarker(first.get().actualNotComparable() ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
            s.setMarkerColor(first.get().actualNotComparable() ? Color.GRAY : Color.BLACK);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        ChartStyle.finish(chart, size);
        return chart;
    }
}
