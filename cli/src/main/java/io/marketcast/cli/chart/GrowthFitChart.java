package io.marketcast.cli.chart;

import java.util.List;
import java.util.OptionalDouble;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A growth-curve fit: the observed values (points), the fitted curve (line, through every row, including quarters
 * past the data), the fitted capacity (dashed horizontal line) when the curve has one and, when the caller gives them,
 * the forecast's 80% and 95% intervals (shaded) past the data, with the curve named in the title. Money in USD
 * billions.
 */
public final class GrowthFitChart {

    public static final String DATA = "data";
    public static final String FITTED = "fitted curve";
    public static final String CAPACITY = "capacity";

    private GrowthFitChart() {
    }

    /**
     * The forecast's intervals past the data: {@code lower[j][i]}, {@code upper[j][i]} at {@code levels[j]} for the
     * i-th quarter after the last observation.
     */
    public record Bands(double[] levels, double[][] lower, double[][] upper) {
    }

    public static XYChart build(List<FitRow> rows, ChartSize size, String inputName) {
        return build(rows, size, inputName, null, null);
    }

    /**
     * The chart, with the curve's name in the title and the forecast's intervals shaded when given (either may be
     * null).
     */
    public static XYChart build(List<FitRow> rows, ChartSize size, String inputName, String curve, Bands bands) {
        if (rows.isEmpty()) {
            throw new ChartInputException(inputName + ": no rows to draw");
        }
        String series = rows.get(0).series();
        XYChart chart = ChartStyle.xy(size, VendorPalette.name(series) + " revenue: "
                + (curve == null ? "growth-curve fit" : curve + " curve fit"
                + (bands == null ? "" : ", forecast with intervals")), Unit.MONEY);
        if (bands != null) {
            List<FitRow> future = rows.stream().filter(r -> r.value().isEmpty()).toList();
            double[] fx = FanChart.xs(future.stream().map(FitRow::quarter).toList());
            java.awt.Color c = VendorPalette.colour(series);
            // widest first, so the narrower band is drawn over it
            for (int j = bands.levels().length - 1; j >= 0; j--) {
                int n = Math.min(fx.length, bands.lower()[j].length);
                if (n == 0) {
                    continue;
                }
                double[] x = new double[2 * n];
                double[] y = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    x[i] = fx[i];
                    y[i] = Unit.MONEY.plot(bands.upper()[j][i]);
                    x[2 * n - 1 - i] = fx[i];
                    y[2 * n - 1 - i] = Unit.MONEY.plot(bands.lower()[j][i]);
                }
                XYSeries b = chart.addSeries(Math.round(100 * bands.levels()[j]) + "% interval", x, y);
                b.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                b.setMarker(SeriesMarkers.NONE);
                b.setFillColor(new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), j == 0 ? 90 : 45));
                b.setLineColor(new java.awt.Color(0, 0, 0, 0));
            }
        }
        List<FitRow> data = rows.stream().filter(r -> r.value().isPresent()).toList();
        double[] x = FanChart.xs(rows.stream().map(FitRow::quarter).toList());
        XYSeries fit = chart.addSeries(FITTED, x, rows.stream().mapToDouble(r -> Unit.MONEY.plot(r.fitted())).toArray());
        fit.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        fit.setMarker(SeriesMarkers.NONE);
        fit.setLineColor(VendorPalette.colour(series).darker());
        fit.setLineStyle(new java.awt.BasicStroke(3f));
        if (!data.isEmpty()) {
            XYSeries d = chart.addSeries(DATA, FanChart.xs(data.stream().map(FitRow::quarter).toList()),
                    data.stream().mapToDouble(r -> Unit.MONEY.plot(r.value().getAsDouble())).toArray());
            d.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            d.setMarker(SeriesMarkers.CIRCLE);
            d.setMarkerColor(VendorPalette.colour(series));
        }
        OptionalDouble cap = rows.stream().filter(r -> r.capacity().isPresent())
                .mapToDouble(r -> r.capacity().getAsDouble()).findFirst();
        if (cap.isPresent()) {
            double c = Unit.MONEY.plot(cap.getAsDouble());
            XYSeries s = chart.addSeries(CAPACITY + " " + Unit.MONEY.tick(c), new double[] {x[0], x[x.length - 1]},
                    new double[] {c, c});
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(ChartStyle.INK);
            s.setLineStyle(ChartStyle.THIN_DASH);
        }
        chart.getStyler().setYAxisMin(0.0);
        ChartStyle.finish(chart, size);
        return chart;
    }
}
