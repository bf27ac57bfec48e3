package io.marketcast.cli.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.model.Quarter;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

/** The baseline chart's arithmetic: lines from baseline.csv in billions, one shaded window per shock window. */
class BaselineChartTest {

    static final String BASELINE = """
            series,quarter,baseline_p10,baseline_p50,baseline_p90,scenario_p10,scenario_p50,scenario_p90
            aws,2026Q1,30000,35000,40000,25500,29750,34000
            aws,2026Q2,31000,36000,41000,26350,30600,34850
            aws,2026Q3,32000,37000,42000,27200,31450,35700
            """;
    static final String SHOCKS = """
            target,from,to,kind,value,temporary,decay,description
            market,2026Q1,2026Q2,level_multiplier,0.85,false,0,every series: revenue × 0.85
            market,2026Q1,2026Q2,growth_multiplier,0.5,false,0,the same window again
            aws,2026Q3,2026Q3,growth_add_pp,10,false,0,aws: +10 pp
            """;

    @Test
    void aLateSeriesFanSaysTheRunsAsOfAndWhereItsDataEnd() {
        XYChart fan = FanChart.build(Tables.quantiles(), Tables.history(), "aws", SeriesLabels.NONE,
                ChartSize.DEFAULT, "q", Quarter.parse("2020Q4"));
        assertEquals("AWS: revenue, forecast as of 2020Q4", fan.getTitle(), "the run's as-of, not the table's");
        assertTrue(fan.getSeriesMap().containsKey("last known value, 2020Q3"), fan.getSeriesMap().keySet()
                .toString());
        XYChart same = FanChart.build(Tables.quantiles(), Tables.history(), "aws", SeriesLabels.NONE,
                ChartSize.DEFAULT, "q", Quarter.parse("2020Q3"));
        assertTrue(same.getSeriesMap().containsKey(FanChart.AS_OF + " 2020Q3"));
    }

    @Test
    void linesInBillionsAndOneShadedWindowPerDistinctShockWindow() {
        XYChart c = BaselineChart.build(BASELINE, SHOCKS, SeriesLabels.NONE, "w", Quarter.parse("2025Q4"),
                ChartSize.DEFAULT);
        assertEquals("w vs its baseline (no shocks): median revenue, as of 2025Q4", c.getTitle());
        XYSeries base = c.getSeriesMap().get("AWS, baseline");
        XYSeries with = c.getSeriesMap().get("AWS, scenario");
        assertArrayEquals(new double[] {35, 36, 37}, base.getYData(), 1e-12);
        assertArrayEquals(new double[] {29.75, 30.6, 31.45}, with.getYData(), 1e-12);
        XYSeries w1 = c.getSeriesMap().get(BaselineChart.WINDOW);
        XYSeries w2 = c.getSeriesMap().get(BaselineChart.WINDOW + " 2");
        assertEquals(4, c.getSeriesMap().size(), "two lines and two windows (the repeated window drawn once)");
        double from = QuarterAxis.x(Quarter.parse("2026Q1")) - 0.125;
        double to = QuarterAxis.x(Quarter.parse("2026Q2")) + 0.125;
        assertArrayEquals(new double[] {from, to, to, from}, w1.getXData(), 1e-12);
        assertTrue(w1.isShowInLegend() && !w2.isShowInLegend());
        assertEquals(37 * 1.05, w1.getYData()[2], 1e-9, "the shading reaches above the highest line");
    }
}
