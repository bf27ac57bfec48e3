package io.marketcast.cli.chart;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One series of a panel: its history (line), each method's point forecast (line) with its interval as a shaded
 * band, and for cross-validation the cut-offs (dashed vertical lines). Time is in years with fractions (an index
 * for integer-indexed data); values in the data's own unit.
 */
public final class PanelChart {

    /**
     * One method's forecast.
     *
     * @param method the method (one colour and one legend entry per method)
     * @param window 0, or the cross-validation window (1, 2, ...) of this forecast
     * @param x      time of each step
     * @param point  the point forecast
     * @param lower  the interval's lower bound (NaN-free), or null for none
     * @param upper  the interval's upper bound, or null
     */
    public record Line(String method, int window, double[] x, double[] point, double[] lower, double[] upper) {
    }

    private PanelChart() {
    }

    /**
     * @param title    the chart title
     * @param xTitle   the x axis title (e.g. {@code year}, {@code index})
     * @param years    whether x is in years (ticks as years) rather than an index
     * @param band     the interval's label, e.g. {@code 80%}
     * @param cutoffs  x of each cross-validation cut-off (empty for a forecast)
     */
    public static XYChart build(String title, String xTitle, boolean years, double[] hx, double[] hy,
            List<Line> lines, String band, double[] cutoffs, ChartSize size) {
        if (hx.length == 0) {
            throw new ChartInputException(title + ": no history to draw");
        }
        XYChart chart = ChartStyle.xy(size, title, Unit.PERCENT);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle("value");
        chart.getStyler().setxAxisTickLabelsFormattingFunction(v -> years ? String.format(Locale.ROOT, "%.0f",
                Math.floor(v + 1e-9)) : String.format(Locale.ROOT, "%.0f", v));
        chart.getStyler().setyAxisTickLabelsFormattingFunction(PanelChart::tick);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : hy) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        List<String> methods = lines.stream().map(Line::method).distinct().toList();
        java.util.Set<String> inLegend = new java.util.HashSet<>();
        for (Line l : lines) {
            int i = methods.indexOf(l.method());
            Color c = VendorPalette.ORDERED.get(i % VendorPalette.ORDERED.size());
            boolean first = inLegend.add(l.method());
            String name = first || l.window() == 0 ? l.method() : l.method() + " (window " + l.window() + ")";
            if (l.lower() != null && l.upper() != null) {
                XYSeries b = chart.addSeries(name + " " + band, l.x(), l.upper(), null);
                b.setShowInLegend(first);
                b.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.PolygonArea);
                double[] xs = new double[2 * l.x().length];
                double[] ys = new double[2 * l.x().length];
                int n = l.x().length;
                for (int k = 0; k < n; k++) {
                    xs[k] = l.x()[k];
                    ys[k] = l.upper()[k];
                    xs[2 * n - 1 - k] = l.x()[k];
                    ys[2 * n - 1 - k] = l.lower()[k];
                    lo = Math.min(lo, l.lower()[k]);
                    hi = Math.max(hi, l.upper()[k]);
                }
                b.replaceData(xs, ys, null);
                b.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 50));
                b.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 0));
                b.setMarker(SeriesMarkers.NONE);
            }
            double[] px = new double[l.x().length + 1];
            double[] py = new double[l.x().length + 1];
            px[0] = hx[hx.length - 1];
            py[0] = hy[hy.length - 1];
            System.arraycopy(l.x(), 0, px, 1, l.x().length);
            System.arraycopy(l.point(), 0, py, 1, l.point().length);
            if (cutoffs.length > 0) {
                // a cross-validation forecast starts at its own cut-off, not at the end of the history
                px = l.x();
                py = l.point();
            }
            for (double v : l.point()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            XYSeries p = chart.addSeries(name, px, py);
            p.setShowInLegend(first);
            p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            p.setMarker(SeriesMarkers.NONE);
            p.setLineColor(c);
            p.setLineStyle(new java.awt.BasicStroke(2.5f));
        }
        XYSeries h = chart.addSeries("history", hx, hy);
        h.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        h.setMarker(SeriesMarkers.NONE);
        h.setLineColor(ChartStyle.INK);
        h.setLineStyle(new java.awt.BasicStroke(1.8f));
        for (int i = 0; i < cutoffs.length; i++) {
            XYSeries s = chart.addSeries(i == 0 ? "cut-off" : "cut-off " + (i + 1), new double[] {cutoffs[i],
                cutoffs[i]}, new double[] {lo, hi});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(ChartStyle.INK);
            s.setLineStyle(ChartStyle.THIN_DASH);
            s.setShowInLegend(i == 0);
        }
        ChartStyle.finish(chart, size);
        return chart;
    }

    /** Compact ticks: 1.2M, 35k, 12.5. */
    static String tick(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.3gB", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3gM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.3gk", v / 1e3);
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
