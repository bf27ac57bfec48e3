package io.marketcast.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Charts name a series by its label and draw money in its currency, from a run's series.csv. */
class SeriesLabelsTest {

    private static final String QUANTILES = """
            series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status
            voltra-cars,2023Q1,4000,3500,3600,3800,4000,4200,4400,4500,,
            voltra-cars,2023Q2,4200,3600,3700,3900,4200,4400,4600,4800,,
            cielo-auto-cars,2023Q1,900,800,820,860,900,940,980,1000,,
            cielo-auto-cars,2023Q2,1100,900,950,1000,1100,1200,1250,1300,,
            share:voltra-cars,2023Q1,23,21,21.5,22,23,24,24.5,25,,
            share:voltra-cars,2023Q2,22,20,20.5,21,22,23,23.5,24,,
            share:cielo-auto-cars,2023Q1,7,6,6.2,6.6,7,7.4,7.8,8,,
            share:cielo-auto-cars,2023Q2,8,7,7.2,7.6,8,8.4,8.8,9,,
            share:others,2023Q1,70,68,68.5,69,70,71,71.5,72,,
            share:others,2023Q2,70,68,68.5,69,70,71,71.5,72,,
            income:cielo-auto-cars,2023Q1,-20,-60,-50,-35,-20,-5,10,20,,
            income:cielo-auto-cars,2023Q2,-10,-50,-40,-25,-10,5,20,30,,
            """;
    private static final String SERIES = """
            series,label,unit
            voltra-cars,Voltra,EUR millions
            cielo-auto-cars,"Cielo, the challenger",EUR millions
            others,rest of market,EUR millions
            share:voltra-cars,Voltra,percent
            share:cielo-auto-cars,"Cielo, the challenger",percent
            share:others,rest of market,percent
            income:cielo-auto-cars,"Cielo, the challenger",EUR millions
            """;
    private static final String EVENTS = """
            event,quarter,p_at,p_by
            profitable:cielo-auto-cars,2023Q1,0.1,0.1
            profitable:cielo-auto-cars,2023Q2,0.2,0.25
            cielo-auto-cars>=voltra-cars,2023Q1,0.0,0.0
            cielo-auto-cars>=voltra-cars,2023Q2,0.01,0.01
            """;

    private static SeriesLabels labels() {
        return SeriesLabels.read(CsvInput.parse("series.csv", SERIES));
    }

    private static List<QuantileRow> quantiles() {
        return QuantileRow.read(CsvInput.parse("quantiles.csv", QUANTILES));
    }

    @Test
    void fanChartsUseTheLabelAndTheCurrency() {
        XYChart fan = FanChart.build(quantiles(), List.of(), "cielo-auto-cars", labels(), ChartSize.DEFAULT, "q");
        assertEquals("Cielo, the challenger: revenue, forecast as of 2022Q4", fan.getTitle());
        assertEquals("EUR billions per quarter", fan.getYAxisTitle());
        assertEquals("€1.5B", fan.getStyler().getyAxisTickLabelsFormattingFunction().apply(1.5));
        XYChart income = FanChart.build(quantiles(), List.of(), "income:cielo-auto-cars", labels(), ChartSize.DEFAULT,
                "q");
        assertEquals("Cielo, the challenger: operating income, forecast as of 2022Q4", income.getTitle());
        SeriesLabels ebita = SeriesLabels.read(CsvInput.parse("series.csv", "series,label,unit,metric\n"
                + "cielo-auto-cars,Cielo,EUR millions,revenue\nincome:cielo-auto-cars,Cielo,EUR millions,adjusted EBITA\n"));
        assertEquals("Cielo: adjusted EBITA, forecast as of 2022Q4", FanChart.build(quantiles(),
                List.of(), "income:cielo-auto-cars", ebita, ChartSize.DEFAULT, "q").getTitle(),
                "the company's own measure, from series.csv's metric column");
        XYChart builtIn = FanChart.build(Tables.quantiles(), Tables.history(), "aws", ChartSize.DEFAULT, "q");
        assertEquals("AWS: revenue, forecast as of 2020Q3", builtIn.getTitle(), "without series.csv: built-in names");
        assertEquals("USD billions per quarter", builtIn.getYAxisTitle());
        assertEquals("$1.5B", builtIn.getStyler().getyAxisTickLabelsFormattingFunction().apply(1.5));
    }

    @Test
    void shareProfitAndCrossoverChartsNameEachSeriesByItsLabelInDistinctColours() {
        XYChart share = ShareChart.build(quantiles(), labels(), ChartSize.DEFAULT, "q");
        XYChart rounded = ShareChart.build(QuantileRow.read(CsvInput.parse("quantiles.csv", QUANTILES.replace(
                "share:voltra-cars,2023Q1,23,", "share:voltra-cars,2023Q1,23.000000000000004,"))), labels(),
                ChartSize.DEFAULT, "q");
        assertEquals(100.0, rounded.getStyler().getYAxisMax(), "the share axis ends at 100% despite rounding");
        assertTrue(share.getSeriesMap().keySet().containsAll(List.of("Voltra", "Cielo, the challenger",
                "rest of market")), share.getSeriesMap().keySet().toString());
        Set<Color> fills = new HashSet<>();
        for (XYSeries s : share.getSeriesMap().values()) {
            fills.add(s.getFillColor());
        }
        assertEquals(3, fills.size(), "every vendor its own colour");
        assertEquals(new Color(0xBAB0AC), share.getSeriesMap().get("rest of market").getFillColor(),
                "the rest of the market keeps its colour");
        assertNotEquals(labels().colour("voltra-cars"), labels().colour("cielo-auto-cars"));
        assertEquals(labels().colour("cielo-auto-cars"), labels().colour("share:cielo-auto-cars"),
                "one colour per vendor in every chart");
        List<EventRow> events = EventRow.read(CsvInput.parse("events.csv", EVENTS));
        XYChart profit = ProfitChart.build(events, quantiles(), labels(), ChartSize.DEFAULT, "e");
        assertTrue(profit.getSeriesMap().containsKey("Cielo, the challenger"), profit.getSeriesMap().keySet()
                .toString());
        XYChart cross = CrossoverChart.build(events, labels(), ChartSize.DEFAULT, "e");
        assertTrue(cross.getSeriesMap().containsKey(CrossoverChart.byName("cielo-auto-cars", "voltra-cars",
                labels())), cross.getSeriesMap().keySet().toString());
        assertEquals("Cielo, the challenger has reached Voltra by q", CrossoverChart.byName("cielo-auto-cars",
                "voltra-cars", labels()));
    }

    @Test
    void aBadRowOfSeriesCsvIsLocated() {
        ChartInputException e = assertThrows(ChartInputException.class, () -> SeriesLabels.read(CsvInput.parse(
                "series.csv", "series,label,unit\naws,AWS,USD millions\nazure,,USD millions\n")));
        assertEquals("series.csv:3: column 'label' is empty", e.getMessage());
        ChartInputException missing = assertThrows(ChartInputException.class, () -> SeriesLabels.read(
                CsvInput.parse("series.csv", "series,name\naws,AWS\n")));
        assertTrue(missing.getMessage().startsWith("series.csv:1: missing column 'label'"), missing.getMessage());
    }
}
