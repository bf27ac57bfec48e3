package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Market share: the expected (mean) share of every vendor ({@code share:<id>} rows, column {@code mean}), stacked in
 * file order (the rest of the market last, on top). Layer k is the band between the sums of the first k and the first
 * k+1 expected shares (its polygon runs forward along the upper sum and back along the lower one). Shares sum to 100%
 * on every simulated path, so their means do too and the stack reaches 100% in every quarter — which medians, not
 * being additive, would not; the per-vendor medians and intervals are in the share fan charts.
 */
public final class ShareChart {

    private ShareChart() {
    }

    /** The stacked layers: per vendor id (bottom first), the cumulative expected share per quarter, in percent. */
    public static Map<String, double[]> layers(List<QuantileRow> rows, List<Quarter> quarters) {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] sum = new double[quarters.size()];
        for (String id : shareIds(rows)) {
            for (QuantileRow r : rows) {
                if (r.series().equals(id)) {
                    int k = quarters.indexOf(r.quarter());
                    sum[k] += r.mean();
                }
            }
            out.put(VendorPalette.vendor(id), sum.clone());
        }
        return out;
    }

    static List<String> shareIds(List<QuantileRow> rows) {
        return rows.stream().map(QuantileRow::series).filter(s -> s.startsWith("share:")).distinct().toList();
    }

    public static XYChart build(List<QuantileRow> rows, ChartSize size, String inputName) {
        return build(rows, SeriesLabels.NONE, size, inputName);
    }

    /** The stacked expected shares, each vendor under its label (series.csv). */
    public static XYChart build(List<QuantileRow> rows, SeriesLabels labels, ChartSize size, String inputName) {
        List<QuantileRow> shares = rows.stream().filter(r -> r.series().startsWith("share:")).toList();
        if (shares.isEmpty()) {
            throw new ChartInputException(inputName
                    + ": no share:<id> rows (run a scenario with analyses.share: true)");
        }
        List<Quarter> quarters = shares.stream().map(QuantileRow::quarter).distinct().sorted().toList();
        for (String id : shareIds(shares)) {
            long n = shares.stream().filter(r -> r.series().equals(id)).count();
            if (n != quarters.size()) {
                throw new ChartInputException(inputName + ": " + id + " has " + n
                        + " quarters, other shares have " + quarters.size() + "; shares can only be stacked quarter"
                        + " by quarter");
            }
        }
        Quarter asOf = quarters.get(0).previous();
        XYChart chart = ChartStyle.xy(size, "Expected market share, forecast as of " + asOf,
                Unit.PERCENT);
        chart.setYAxisTitle("share of the market total, %");
        Map<String, double[]> layers = layers(shares, quarters);
        double[] x = FanChart.xs(quarters);
        int n = x.length;
        double[] below = new double[n];
        double top = 0;
        for (Map.Entry<String, double[]> layer : layers.entrySet()) {
            double[] upper = layer.getValue();
            double[] px = new double[2 * n];
            double[] py = new double[2 * n];
            for (int k = 0; k < n; k++) {
                px[k] = x[k];
                py[k] = upper[k];
                px[2 * n - 1 - k] = x[k];
                py[2 * n - 1 - k] = below[k];
                top = Math.max(top, upper[k]);
            }
            String id = layer.getKey();
            XYSeries s = chart.addSeries(labels.name(id), px, py);
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            s.setMarker(SeriesMarkers.NONE);
            s.setFillColor(labels.colour(id));
            s.setLineColor(Color.WHITE);
            s.setLineStyle(new BasicStroke(1f));
            below = upper;
        }
        chart.getStyler().setYAxisMin(0.0);
        // expected shares sum to 100% up to rounding (100.00000000000001 must not open a 110% axis)
        chart.getStyler().setYAxisMax(Math.max(100, Math.ceil((top - 1e-6) / 10) * 10));
        ChartStyle.finish(chart, size);
        return chart;
    }
}
