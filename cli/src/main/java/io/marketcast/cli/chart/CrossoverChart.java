package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Crossover probabilities: per pair {@code A>=B} of events.csv, P(A has reached B by q) ({@code p_by}, solid) and
 * P(A ≥ B in q) ({@code p_at}, dashed), in percent, in the colour of the challenger A.
 */
public final class CrossoverChart {

    public static final String BY = " has reached ";
    public static final String AT = " ≥ ";

    private CrossoverChart() {
    }

    /** Per event name, in file order, its rows. */
    static Map<String, List<EventRow>> pairs(List<EventRow> events) {
        Map<String, List<EventRow>> m = new LinkedHashMap<>();
        for (EventRow e : events) {
            if (e.crossoverPair() != null) {
                m.computeIfAbsent(e.event(), k -> new ArrayList<>()).add(e);
            }
        }
        return m;
    }

    /** The legend name of the "reached by" curve of a pair. */
    public static String byName(String a, String b) {
        return byName(a, b, SeriesLabels.NONE);
    }

    /** The legend name of the "reached by" curve of a pair, under the series' labels. */
    public static String byName(String a, String b, SeriesLabels labels) {
        return labels.name(a) + BY + labels.name(b) + " by q";
    }

    /** The legend name of the "in quarter" curve of a pair. */
    public static String atName(String a, String b) {
        return atName(a, b, SeriesLabels.NONE);
    }

    /** The legend name of the "in quarter" curve of a pair, under the series' labels. */
    public static String atName(String a, String b, SeriesLabels labels) {
        return labels.name(a) + AT + labels.name(b) + " in q";
    }

    public static XYChart build(List<EventRow> events, ChartSize size, String inputName) {
        return build(events, SeriesLabels.NONE, size, inputName);
    }

    /** The crossover curves, each series under its label (series.csv). */
    public static XYChart build(List<EventRow> events, SeriesLabels labels, ChartSize size, String inputName) {
        Map<String, List<EventRow>> pairs = pairs(events);
        if (pairs.isEmpty()) {
            throw new ChartInputException(inputName + ": no crossover events A>=B (run a scenario with analyses.crossover)");
        }
        Quarter asOf = pairs.values().iterator().next().get(0).quarter().previous();
        XYChart chart = ChartStyle.xy(size, "Who overtakes whom? (forecast as of " + asOf + ")", Unit.PROBABILITY);
        for (List<EventRow> rows : pairs.values()) {
            String[] ab = rows.get(0).crossoverPair();
            double[] x = FanChart.xs(rows.stream().map(EventRow::quarter).toList());
            XYSeries by = chart.addSeries(byName(ab[0], ab[1], labels), x,
                    rows.stream().mapToDouble(r -> Unit.PROBABILITY.plot(r.pBy())).toArray());
            by.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            by.setMarker(SeriesMarkers.NONE);
            by.setLineColor(labels.colour(ab[0]));
            by.setLineStyle(new BasicStroke(3f));
            XYSeries at = chart.addSeries(atName(ab[0], ab[1], labels), x,
                    rows.stream().mapToDouble(r -> Unit.PROBABILITY.plot(r.pAt())).toArray());
            at.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            at.setMarker(SeriesMarkers.NONE);
            at.setLineColor(labels.colour(ab[0]));
            at.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {8, 5}, 0));
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        ChartStyle.finish(chart, size);
        return chart;
    }
}
