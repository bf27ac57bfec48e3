package io.marketcast.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.model.Quarter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** What each chart plots is what the CSV of record says (data series, not pixels). */
class ChartDataTest {

    private static final double EPS = 1e-9;
    private static final ChartSize SIZE = ChartSize.DEFAULT;

    private static double[] column(List<QuantileRow> rows, String series,
            java.util.function.ToDoubleFunction<QuantileRow> f, double scale) {
        return rows.stream().filter(r -> r.series().equals(series)).mapToDouble(r -> scale * f.applyAsDouble(r))
                .toArray();
    }

    private static XYSeries series(XYChart chart, String name) {
        XYSeries s = chart.getSeriesMap().get(name);
        assertTrue(s != null, "chart has a series '" + name + "', has " + chart.getSeriesMap().keySet());
        return s;
    }

    @Test
    void fanChartMedianIsTheP50ColumnInBillionsStartingFromTheLastHistoryValue() {
        XYChart c = FanChart.build(Tables.quantiles(), Tables.history(), "aws", SIZE, "quantiles.csv");
        double[] y = series(c, FanChart.MEDIAN).getYData();
        assertEquals(11.601, y[0], EPS, "the fan opens at the last known value (2020Q3)");
        assertArrayEquals(column(Tables.quantiles(), "aws", QuantileRow::p50, 1e-3),
                Arrays.copyOfRange(y, 1, y.length), EPS);
        assertArrayEquals(new double[] {2020.5, 2020.75, 2021.0, 2021.25}, series(c, FanChart.MEDIAN).getXData(), EPS);
    }

    @Test
    void fanChartBandsRunForwardAlongTheUpperQuantileAndBackAlongTheLowerOne() {
        List<QuantileRow> q = Tables.quantiles();
        XYChart c = FanChart.build(q, Tables.history(), "aws", SIZE, "quantiles.csv");
        Object[][] bands = {{FanChart.BAND_50, (java.util.function.ToDoubleFunction<QuantileRow>) QuantileRow::p25,
            (java.util.function.ToDoubleFunction<QuantileRow>) QuantileRow::p75},
            {FanChart.BAND_80, (java.util.function.ToDoubleFunction<QuantileRow>) QuantileRow::p10,
                (java.util.function.ToDoubleFunction<QuantileRow>) QuantileRow::p90},
            {FanChart.BAND_90, (java.util.function.ToDoubleFunction<QuantileRow>) QuantileRow::p5,
                (java.util.function.ToDoubleFunction<QuantileRow>) QuantileRow::p95}};
        for (Object[] b : bands) {
            @SuppressWarnings("unchecked")
            double[] lo = column(q, "aws", (java.util.function.ToDoubleFunction<QuantileRow>) b[1], 1e-3);
            @SuppressWarnings("unchecked")
            double[] hi = column(q, "aws", (java.util.function.ToDoubleFunction<QuantileRow>) b[2], 1e-3);
            double[] y = series(c, (String) b[0]).getYData();
            // anchor, upper edge forward, lower edge backward, anchor
            assertEquals(2 * (hi.length + 1), y.length, (String) b[0]);
            assertArrayEquals(hi, Arrays.copyOfRange(y, 1, 1 + hi.length), EPS, b[0] + " upper edge");
            double[] back = Arrays.copyOfRange(y, 1 + hi.length, 1 + 2 * hi.length);
            for (int k = 0; k < lo.length; k++) {
                assertEquals(lo[lo.length - 1 - k], back[k], EPS, b[0] + " lower edge");
            }
        }
    }

    @Test
    void fanChartKeepsReportedEstimatedAndIncomparablePointsApart() {
        XYChart aws = FanChart.build(Tables.quantiles(), Tables.history(), "aws", SIZE, "quantiles.csv");
        assertArrayEquals(new double[] {10.219, 10.808, 11.601}, series(aws, FanChart.REPORTED).getYData(), EPS,
                "reported and restated history");
        assertFalse(aws.getSeriesMap().containsKey(FanChart.ESTIMATE));
        assertArrayEquals(new double[] {12.742, 13.503}, series(aws, FanChart.ACTUAL).getYData(), EPS);
        assertTrue(aws.getSeriesMap().containsKey(FanChart.AS_OF + " 2020Q3"));

        XYChart azure = FanChart.build(Tables.quantiles(), Tables.history(), "azure", SIZE, "quantiles.csv");
        assertArrayEquals(new double[] {4.7, 5.05}, series(azure, FanChart.ESTIMATE).getYData(), EPS);
        assertFalse(azure.getSeriesMap().containsKey(FanChart.REPORTED));
        assertArrayEquals(new double[] {5.7, 6.3}, series(azure, FanChart.ACTUAL_ESTIMATE).getYData(), EPS);
        assertFalse(azure.getSeriesMap().containsKey(FanChart.ACTUAL));

        XYChart income = FanChart.build(Tables.quantiles(), Tables.history(), "income:alibaba-cloud", SIZE, "q");
        assertArrayEquals(new double[] {-0.005, 0.060}, series(income, FanChart.ACTUAL).getYData(), EPS);
        assertArrayEquals(new double[] {0.037}, series(income, FanChart.ACTUAL_OTHER).getYData(), EPS,
                "the actual on another segment definition is drawn apart");
    }

    @Test
    void percentSeriesArePlottedAsIsAndMoneyInBillions() {
        XYChart margin = FanChart.build(Tables.quantiles(), Tables.history(), "margin:alibaba-cloud", SIZE, "q");
        double[] y = series(margin, FanChart.MEDIAN).getYData();
        assertArrayEquals(new double[] {-2.6, -0.7, 0.5, 1.6}, y, EPS);
        assertEquals("$12B", Unit.MONEY.tick(12));
        assertEquals("$2.5B", Unit.MONEY.tick(2.5));
        assertEquals("-$5B", Unit.MONEY.tick(-5));
        assertEquals("35%", Unit.PERCENT.tick(35));
        assertEquals(Unit.PERCENT, Unit.of("share:aws"));
        assertEquals(Unit.MONEY, Unit.of("income:aws"));
    }

    @Test
    void fanChartWithoutHistoryStartsAtTheFirstForecastQuarter() {
        XYChart c = FanChart.build(Tables.quantiles(), List.of(), "others", SIZE, "quantiles.csv");
        assertArrayEquals(column(Tables.quantiles(), "others", QuantileRow::p50, 1e-3),
                series(c, FanChart.MEDIAN).getYData(), EPS);
    }

    @Test
    void stackedShareAreasAreTheCumulativeExpectedShares() {
        List<QuantileRow> q = Tables.quantiles();
        XYChart c = ShareChart.build(q, SIZE, "quantiles.csv");
        double[] aws = column(q, "share:aws", QuantileRow::mean, 1);
        double[] azure = column(q, "share:azure", QuantileRow::mean, 1);
        double[] others = column(q, "share:others", QuantileRow::mean, 1);
        double[][] upper = new double[3][3];
        for (int k = 0; k < 3; k++) {
            upper[0][k] = aws[k];
            upper[1][k] = aws[k] + azure[k];
            upper[2][k] = aws[k] + azure[k] + others[k];
        }
        String[] names = {"AWS", "Azure (estimate)", "rest of market"};
        assertEquals(List.of(names), List.copyOf(c.getSeriesMap().keySet()), "stacked bottom up, in file order");
        for (int i = 0; i < 3; i++) {
            double[] y = series(c, names[i]).getYData();
            assertArrayEquals(upper[i], Arrays.copyOfRange(y, 0, 3), EPS, names[i] + " upper edge");
            for (int k = 0; k < 3; k++) {
                double lower = i == 0 ? 0 : upper[i - 1][k];
                assertEquals(lower, y[5 - k], EPS, names[i] + " lower edge is the layer below");
            }
        }
        Map<String, double[]> layers = ShareChart.layers(q, List.of(Quarter.parse("2020Q4"), Quarter.parse("2021Q1"),
                Quarter.parse("2021Q2")));
        assertArrayEquals(upper[2], layers.get("others"), EPS);
    }

    @Test
    void profitChartPlotsProbabilityByQuarterAndMarksTheActualFirstProfit() {
        XYChart c = ProfitChart.build(Tables.events(), Tables.quantiles(), SIZE, "events.csv");
        assertArrayEquals(new double[] {5, 14, 25}, series(c, "Alibaba Cloud").getYData(), EPS);
        // first non-negative actual income is 2021Q1 (on another definition), at P = 14%
        String marker = "Alibaba Cloud" + ProfitChart.ACTUAL_SUFFIX + " 2021Q1 (other definition)";
        assertArrayEquals(new double[] {2021.0}, series(c, marker).getXData(), EPS);
        assertArrayEquals(new double[] {14}, series(c, marker).getYData(), EPS);
        XYChart without = ProfitChart.build(Tables.events(), List.of(), SIZE, "events.csv");
        assertEquals(1, without.getSeriesMap().size(), "no actuals, no marker");
    }

    @Test
    void crossoverChartPlotsBothProbabilitiesOfEachPairAndNothingElse() {
        XYChart c = CrossoverChart.build(Tables.events(), SIZE, "events.csv");
        assertEquals(Set.of(CrossoverChart.byName("azure", "aws"), CrossoverChart.atName("azure", "aws")),
                c.getSeriesMap().keySet(), "thresholds, margins and profit events are not crossovers");
        assertArrayEquals(new double[] {0, 1, 3}, series(c, CrossoverChart.byName("azure", "aws")).getYData(), EPS);
        assertArrayEquals(new double[] {0, 1, 2}, series(c, CrossoverChart.atName("azure", "aws")).getYData(), EPS);
        assertNull(new EventRow("aws>=20000", Quarter.parse("2021Q1"), 0, 0).crossoverPair());
    }

    @Test
    void growthFitChartPlotsDataWhereObservedTheCurveEverywhereAndTheCapacity() {
        List<FitRow> rows = FitRow.read(CsvInput.parse("fit.csv", """
                series,quarter,t,value,fitted,capacity
                aws,2020Q1,0,10219,10100,60000
                aws,2020Q2,1,10808,10900,60000
                aws,2020Q3,2,11601,11700,60000
                aws,2020Q4,3,,12500,60000
                """));
        XYChart c = GrowthFitChart.build(rows, SIZE, "fit.csv");
        assertArrayEquals(new double[] {10.1, 10.9, 11.7, 12.5}, series(c, GrowthFitChart.FITTED).getYData(), EPS);
        assertArrayEquals(new double[] {10.219, 10.808, 11.601}, series(c, GrowthFitChart.DATA).getYData(), EPS);
        assertArrayEquals(new double[] {60, 60}, series(c, GrowthFitChart.CAPACITY + " $60B").getYData(), EPS);
    }

    @Test
    void growthFitChartNamesTheCurveAndShadesTheForecastIntervalsPastTheData() {
        List<FitRow> rows = FitRow.read(CsvInput.parse("fit.csv", """
                series,quarter,t,value,fitted,capacity
                aws,2020Q2,1,10808,10900,60000
                aws,2020Q3,2,11601,11700,60000
                aws,2020Q4,3,,12500,60000
                aws,2021Q1,4,,13300,60000
                """));
        GrowthFitChart.Bands bands = new GrowthFitChart.Bands(new double[] {0.8, 0.95},
                new double[][] {{12000, 12600}, {11700, 12200}}, new double[][] {{13000, 14000}, {13300, 14500}});
        XYChart c = GrowthFitChart.build(rows, SIZE, "fit.csv", "gompertz", bands);
        assertTrue(c.getTitle().contains("gompertz"), c.getTitle());
        // the 80% band: upper bounds forward, lower bounds back, over the two forecast quarters only
        assertArrayEquals(new double[] {13.0, 14.0, 12.6, 12.0}, series(c, "80% interval").getYData(), EPS);
        assertArrayEquals(new double[] {13.3, 14.5, 12.2, 11.7}, series(c, "95% interval").getYData(), EPS);
    }

    @Test
    void benchmarkChartPutsOursBesideThePublishedEntryOfTheSameMethod() {
        List<BenchmarkRow> rows = BenchmarkRow.read(CsvInput.parse("bench.csv", """
                method,period,smape,mase,source
                THETA,yearly,16.90,2.77,published
                ForecastPro,yearly,17.27,3.03,published
                THETA,yearly,17.10,2.80,ours
                THETA,monthly,13.85,0.86,published
                THETA,monthly,13.90,0.87,ours
                """));
        assertEquals(List.of("ForecastPro", "THETA (ours)", "THETA"), BenchmarkChart.methods(rows));
        CategoryChart smape = BenchmarkChart.build(rows, BenchmarkChart.Metric.SMAPE, SIZE, "bench.csv");
        assertEquals(List.of(17.27, 17.10, 16.90), List.copyOf(smape.getSeriesMap().get("yearly").getYData()));
        List<?> monthly = new java.util.ArrayList<>(smape.getSeriesMap().get("monthly").getYData());
        assertEquals(Arrays.asList(null, 13.90, 13.85), monthly, "no bar where a method has no figure");
        CategoryChart mase = BenchmarkChart.build(rows, BenchmarkChart.Metric.MASE, SIZE, "bench.csv");
        assertEquals(List.of(3.03, 2.80, 2.77), List.copyOf(mase.getSeriesMap().get("yearly").getYData()));
    }

    @Test
    void everyVendorKeepsOneColourAcrossChartsAndVendorsDiffer() {
        assertEquals(VendorPalette.colour("aws"), VendorPalette.colour("share:aws"));
        assertEquals(VendorPalette.colour("aws"), VendorPalette.colour("income:aws"));
        List<String> vendors = List.of("aws", "azure", "microsoft", "google-cloud", "alibaba-cloud", "ibm", "oracle",
                "others");
        assertEquals(vendors.size(), vendors.stream().map(VendorPalette::colour).collect(Collectors.toSet()).size());
        XYChart share = ShareChart.build(Tables.quantiles(), SIZE, "q");
        XYChart fan = FanChart.build(Tables.quantiles(), Tables.history(), "aws", SIZE, "q");
        assertEquals(share.getSeriesMap().get("AWS").getFillColor().getRGB() & 0xFFFFFF,
                fan.getSeriesMap().get(FanChart.BAND_50).getFillColor().getRGB() & 0xFFFFFF,
                "AWS has the same hue in the share chart and its fan chart");
        assertNotEquals(VendorPalette.colour("zz-new"), null);
        assertEquals(VendorPalette.colour("zz-new"), VendorPalette.colour("share:zz-new"));
    }

    @Test
    void quartersSitOnANumericAxisWithYearsAtTheFirstQuarter() {
        assertEquals(2020.5, QuarterAxis.x(Quarter.parse("2020Q3")), EPS);
        assertEquals("2021", QuarterAxis.label(2021.0));
        assertEquals("2020Q3", QuarterAxis.label(2020.5));
        assertEquals("2020Q4", QuarterAxis.label(2020.75));
    }

    @Test
    void chartsEncodeAsPngAndSvgWithoutADisplay() {
        XYChart c = FanChart.build(Tables.quantiles(), Tables.history(), "aws", new ChartSize(400, 300), "q");
        byte[] png = ChartFormat.PNG.encode(c);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        // width and height from the IHDR chunk
        assertEquals(400, ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8)
                | (png[19] & 0xFF));
        assertEquals(300, ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8)
                | (png[23] & 0xFF));
        String svg = new String(ChartFormat.SVG.encode(c), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains("<svg") && svg.contains("</svg>"), svg.substring(0, Math.min(200, svg.length())));
    }
}
