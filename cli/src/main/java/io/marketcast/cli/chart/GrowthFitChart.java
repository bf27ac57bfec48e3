package io.marketcast.cli.chart;

import java.util.List;
import java.util.OptionalDouble;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A growth-curve fit: the observed values (points), the fitted curve (line, through every row, including quarters
 * past the data) and the fitted capacity (dashed horizontal line) when the curve has one. Money in USD billions.
 */
public final class GrowthFitChart {

    public static final String DATA = "data";
    public static final String FITTED = "fitted curve";
    public static final String CAPACITY = "capacity";

    private GrowthFitChart() {
    }

    public static XYChart build(List<FitRow> rows, ChartSize size, String inputName) {
        if (rows.isEmpty()) {
            throw new ChartInputException(inputName + ": no rows to draw");
        }
        String series = rows.get(0).series();
        XYChart chart = ChartStyle.xy(size, VendorPalette.name(series) + " revenue: growth-curve fit", Unit.MONEY);
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
