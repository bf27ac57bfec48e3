package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Fan chart of one series: the history it starts from (reported points as circles, estimates as diamonds), a
 * dashed marker at the as-of quarter, the median path (p50), the 50%, 80% and 90% intervals (p25–p75, p10–p90,
 * p5–p95) as nested bands, and what actually happened after the as-of quarter (black; estimates as diamonds, values
 * on a segment definition not comparable with the history as grey crosses).
 *
 * <p>The median and the bands start at the last history value, so the fan opens from where the data ends; every
 * later point is the table's value, scaled by {@link Unit#plot}.
 */
public final class FanChart {

    public static final String MEDIAN = "median";
    public static final String BAND_50 = "50% interval";
    public static final String BAND_80 = "80% interval";
    public static final String BAND_90 = "90% interval";
    public static final String HISTORY = "history";
    public static final String REPORTED = "history, reported";
    public static final String ESTIMATE = "history, estimate";
    public static final String ACTUAL = "actual, reported";
    public static final String ACTUAL_ESTIMATE = "actual, estimate";
    public static final String ACTUAL_OTHER = "actual, other definition";
    public static final String AS_OF = "as of";

    private FanChart() {
    }

    /** Result ids of a quantiles table, in file order, without repeats. */
    public static List<String> seriesIds(List<QuantileRow> rows) {
        return rows.stream().map(QuantileRow::series).distinct().toList();
    }

    /**
     * @param rows    quantiles.csv rows (only those of {@code series} are used)
     * @param history history.csv rows (only those of {@code series} are used; may be empty)
     * @param series  the result id to draw
     * @throws ChartInputException when the table has no rows for the series
     */
    public static XYChart build(List<QuantileRow> rows, List<HistoryRow> history, String series, ChartSize size,
            String inputName) {
        return build(rows, history, series, SeriesLabels.NONE, size, inputName);
    }

    /**
     * @param rows    quantiles.csv rows (only those of {@code series} are used)
     * @param history history.csv rows (only those of {@code series} are used; may be empty)
     * @param series  the result id to draw
     * @param labels  the series' display names and currency (series.csv)
     * @throws ChartInputException when the table has no rows for the series
     */
    public static XYChart build(List<QuantileRow> rows, List<HistoryRow> history, String series, SeriesLabels labels,
            ChartSize size, String inputName) {
        return build(rows, history, series, labels, size, inputName, null);
    }

    /**
     * @param runAsOf the run's as-of quarter, for the title; null to take the quarter before the first forecast
     *                quarter (a series that reports late, e.g. an estimate ending a quarter early, opens its fan at
     *                its last known value, and the dashed line there then says "last known", not "as of")
     */
    public static XYChart build(List<QuantileRow> rows, List<HistoryRow> history, String series, SeriesLabels labels,
            ChartSize size, String inputName, Quarter runAsOf) {
        List<QuantileRow> q = rows.stream().filter(r -> r.series().equals(series)).toList();
        if (q.isEmpty()) {
            throw new ChartInputException(inputName + ": no rows for series '" + series
                    + "' (series in the file: " + String.join(", ", seriesIds(rows)) + ")");
        }
        List<HistoryRow> h = history.stream().filter(r -> r.series().equals(series)
                && r.quarter().isBefore(q.get(0).quarter())).toList();
        Unit unit = Unit.of(series);
        Quarter asOf = q.get(0).quarter().previous();
        Quarter titleAsOf = runAsOf == null ? asOf : runAsOf;
        String metric = labels.metric(series);
        XYChart chart = ChartStyle.xy(size, title(labels.name(series), series, titleAsOf, metric), unit,
                labels.currency(series));
        if (series.startsWith("share:")) {
            chart.setYAxisTitle("share of the market total, %");
        } else if (series.startsWith("margin:")) {
            chart.setYAxisTitle((metric == null ? "operating margin" : metric) + ", %");
        }
        Color c = labels.colour(series);
        Double anchor = h.isEmpty() || !h.get(h.size() - 1).quarter().equals(asOf) ? null
                : unit.plot(h.get(h.size() - 1).value());

        band(chart, BAND_90, q, QuantileRow::p5, QuantileRow::p95, anchor, asOf, unit, labels.colour(series, 45));
        band(chart, BAND_80, q, QuantileRow::p10, QuantileRow::p90, anchor, asOf, unit,
                labels.colour(series, 75));
        band(chart, BAND_50, q, QuantileRow::p25, QuantileRow::p75, anchor, asOf, unit,
                labels.colour(series, 120));

        if (!h.isEmpty()) {
            XYSeries line = chart.addSeries(HISTORY, xs(h.stream().map(HistoryRow::quarter).toList()),
                    h.stream().mapToDouble(r -> unit.plot(r.value())).toArray());
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(c.darker());
            line.setLineStyle(new BasicStroke(2f));
            line.setShowInLegend(false);
            points(chart, REPORTED, h, r -> !r.isEstimate(), unit, SeriesMarkers.CIRCLE, c.darker());
            points(chart, ESTIMATE, h, HistoryRow::isEstimate, unit, SeriesMarkers.DIAMOND, c.darker());
        }

        List<Quarter> mq = new ArrayList<>();
        List<Double> my = new ArrayList<>();
        if (anchor != null) {
            mq.add(asOf);
            my.add(anchor);
        }
        for (QuantileRow r : q) {
            mq.add(r.quarter());
            my.add(unit.plot(r.p50()));
        }
        XYSeries median = chart.addSeries(MEDIAN, xs(mq), my.stream().mapToDouble(Double::doubleValue).toArray());
        median.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        median.setMarker(SeriesMarkers.NONE);
        median.setLineColor(c.darker().darker());
        median.setLineStyle(new BasicStroke(3f));

        actuals(chart, ACTUAL, q, r -> !r.actualIsEstimate() && !r.actualNotComparable(), unit,
                SeriesMarkers.CIRCLE, Color.BLACK);
        actuals(chart, ACTUAL_ESTIMATE, q, r -> r.actualIsEstimate() && !r.actualNotComparable(), unit,
                SeriesMarkers.DIAMOND, Color.BLACK);
        actuals(chart, ACTUAL_OTHER, q, QuantileRow::actualNotComparable, unit, SeriesMarkers.CROSS, Color.GRAY);

        double lo = java.util.stream.DoubleStream.concat(q.stream().mapToDouble(r -> unit.plot(r.p5())),
                h.stream().mapToDouble(r -> unit.plot(r.value()))).min().orElseThrow();
        double hi = java.util.stream.DoubleStream.concat(q.stream().mapToDouble(r -> unit.plot(r.p95())),
                h.stream().mapToDouble(r -> unit.plot(r.value()))).max().orElseThrow();
        double x = QuarterAxis.x(asOf);
        XYSeries marker = chart.addSeries((titleAsOf.equals(asOf) ? AS_OF : "last known value,") + " " + asOf,
                new double[] {x, x},
                new double[] {unit == Unit.MONEY ? Math.min(0, lo) : lo, hi});
        marker.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        marker.setMarker(SeriesMarkers.NONE);
        marker.setLineColor(ChartStyle.INK);
        marker.setLineStyle(ChartStyle.THIN_DASH);
        ChartStyle.finish(chart, size);
        return chart;
    }

    static String title(String series, Quarter asOf) {
        return title(VendorPalette.name(series), series, asOf);
    }

    static String title(String name, String series, Quarter asOf) {
        return title(name, series, asOf, null);
    }

    /** The title; {@code metric} (series.csv) names an income or margin measure, e.g. {@code adjusted EBITA}. */
    static String title(String name, String series, Quarter asOf, String metric) {
        String what = metric != null && (series.startsWith("income:") || series.startsWith("margin:")) ? metric
                : series.startsWith("share:") ? "market share"
                : series.startsWith("income:") ? "operating income"
                : series.startsWith("margin:") ? "operating margin"
                : "revenue";
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": " + what + ", forecast as of " + asOf;
    }

    private static void band(XYChart chart, String name, List<QuantileRow> q,
            java.util.function.ToDoubleFunction<QuantileRow> lo, java.util.function.ToDoubleFunction<QuantileRow> hi,
            Double anchor, Quarter asOf, Unit unit, Color fill) {
        int n = q.size() + (anchor == null ? 0 : 1);
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        int i = 0;
        if (anchor != null) {
            x[i] = QuarterAxis.x(asOf);
            y[i++] = anchor;
        }
        for (QuantileRow r : q) {
            x[i] = QuarterAxis.x(r.quarter());
            y[i++] = unit.plot(hi.applyAsDouble(r));
        }
        for (int k = q.size() - 1; k >= 0; k--) {
            x[i] = QuarterAxis.x(q.get(k).quarter());
            y[i++] = unit.plot(lo.applyAsDouble(q.get(k)));
        }
        if (anchor != null) {
            x[i] = QuarterAxis.x(asOf);
            y[i] = anchor;
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(new Color(0, 0, 0, 0));
    }

    private static void points(XYChart chart, String name, List<HistoryRow> h, Predicate<HistoryRow> which, Unit unit,
            Marker marker, Color colour) {
        List<HistoryRow> sel = h.stream().filter(which).toList();
        if (sel.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs(sel.stream().map(HistoryRow::quarter).toList()),
                sel.stream().mapToDouble(r -> unit.plot(r.value())).toArray());
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(colour);
    }

    private static void actuals(XYChart chart, String name, List<QuantileRow> q, Predicate<QuantileRow> which,
            Unit unit, Marker marker, Color colour) {
        List<QuantileRow> sel = q.stream().filter(r -> r.actual().isPresent()).filter(which).toList();
        if (sel.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, xs(sel.stream().map(QuantileRow::quarter).toList()),
                sel.stream().mapToDouble(r -> unit.plot(r.actual().getAsDouble())).toArray());
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(marker);
        s.setMarkerColor(colour);
    }

    static double[] xs(List<Quarter> quarters) {
        return quarters.stream().mapToDouble(QuarterAxis::x).toArray();
    }
}
