package io.marketcast.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The house style of every chart: white background, light grid, fonts scaled to the chart size (14 px tick labels
 * at the default 1000×600), the legend below the plot in one row where it fits, so it never covers data.
 */
final class ChartStyle {

    static final Color INK = new Color(0x333333);
    static final Color GRID = new Color(0xDDDDDD);
    static final BasicStroke THIN_DASH = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);

    private ChartStyle() {
    }

    /** An XY chart with quarters on x and {@code unit} on y (money in USD). */
    static XYChart xy(ChartSize size, String title, Unit unit) {
        return xy(size, title, unit, "USD");
    }

    /** An XY chart with quarters on x and {@code unit} on y, money in {@code currency}. */
    static XYChart xy(ChartSize size, String title, Unit unit, String currency) {
        XYChart chart = new XYChart(size.width(), size.height());
        chart.setTitle(title);
        chart.setXAxisTitle("quarter (ticks at Q1)");
        chart.setYAxisTitle(unit.axisTitle(currency));
        apply(chart.getStyler(), size);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(QuarterAxis::label);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> unit.tick(v, currency));
        chart.getStyler().setXAxisTickMarkSpacingHint((int) (110 * size.fontScale()));
        chart.getStyler().setMarkerSize((int) Math.round(8 * size.fontScale()));
        return chart;
    }

    /** A bar chart with categories on x. */
    static CategoryChart category(ChartSize size, String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChart(size.width(), size.height());
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        apply(chart.getStyler(), size);
        return chart;
    }

    private static void apply(AxesChartStyler s, ChartSize size) {
        double k = size.fontScale();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(GRID);
        s.setPlotGridLinesColor(GRID);
        s.setChartFontColor(INK);
        s.setAxisTickLabelsColor(INK);
        s.setChartTitleBoxVisible(false);
        s.setChartTitleFont(font(Font.BOLD, 20 * k));
        s.setAxisTitleFont(font(Font.PLAIN, 16 * k));
        s.setAxisTickLabelsFont(font(Font.PLAIN, 14 * k));
        s.setLegendFont(font(Font.PLAIN, 14 * k));
        s.setAnnotationTextFont(font(Font.PLAIN, 14 * k));
        s.setAnnotationTextFontColor(INK);
        s.setAnnotationLineColor(INK);
        s.setAnnotationLineStroke(THIN_DASH);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendSeriesLineLength((int) (28 * k));
        s.setChartPadding((int) (12 * k));
        s.setAxisTitlePadding((int) (8 * k));
        s.setAntiAlias(true);
    }

    /**
     * Finishes an XY chart once its series are in: the x axis spans whole years (so ticks fall on Q1) and the
     * legend is placed where it fits, see {@link #placeLegend}.
     */
    static void finish(XYChart chart, ChartSize size) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (var s : chart.getSeriesMap().values()) {
            for (double x : s.getXData()) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo <= hi) {
            chart.getStyler().setXAxisMin(Math.floor(lo));
            chart.getStyler().setXAxisMax(hi == Math.floor(hi) ? hi : Math.floor(hi) + 1);
        }
        List<XYSeries> shown = chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend).toList();
        boolean allFilled = shown.stream().allMatch(x -> x.getXYSeriesRenderStyle() == XYSeriesRenderStyle.Area
                || x.getXYSeriesRenderStyle() == XYSeriesRenderStyle.PolygonArea);
        placeLegend(chart.getStyler(), size, shown.stream().map(XYSeries::getName).toList(), allFilled);
    }

    static void finish(CategoryChart chart, ChartSize size) {
        placeLegend(chart.getStyler(), size, List.copyOf(chart.getSeriesMap().keySet()), true);
    }

    /**
     * Keeps the legend off the data and inside the image: one row below the plot when every entry is a filled box
     * and the row fits the width (XChart's one-row layout lets line and marker entries run into the next); else a
     * column right of the plot when the entries are short; else one entry per row below the plot.
     */
    static void placeLegend(AxesChartStyler s, ChartSize size, List<String> names, boolean boxesOnly) {
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(s.getLegendFont());
        int entry = s.getLegendSeriesLineLength() + 3 * s.getLegendPadding() + 10;
        int row = 2 * s.getLegendPadding();
        int widest = 0;
        for (String n : names) {
            row += fm.stringWidth(n) + entry;
            widest = Math.max(widest, fm.stringWidth(n) + entry);
        }
        // XChart spaces entries more widely than the text needs: keep a fifth of the width spare
        if (boxesOnly && row <= 0.8 * (size.width() - 2 * s.getChartPadding())) {
            s.setLegendPosition(Styler.LegendPosition.OutsideS);
            s.setLegendLayout(Styler.LegendLayout.Horizontal);
        } else if (widest <= size.width() / 3) {
            s.setLegendPosition(Styler.LegendPosition.OutsideE);
            s.setLegendLayout(Styler.LegendLayout.Vertical);
        } else {
            s.setLegendPosition(Styler.LegendPosition.OutsideS);
            s.setLegendLayout(Styler.LegendLayout.Vertical);
        }
    }

    private static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(size));
    }
}
