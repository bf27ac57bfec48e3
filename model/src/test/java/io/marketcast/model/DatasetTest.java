package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private final Dataset data = Dataset.embedded();

    private static double sum(Series s, int year) {
        return s.points().stream().filter(p -> p.quarter().year() == year).mapToDouble(Point::value).sum();
    }

    @Test
    void awsQuartersSumToTheAnnualTotals() {
        Series aws = data.revenue("aws");
        assertEquals(35_026, sum(aws, 2019), 0.0);
        assertEquals(45_370, sum(aws, 2020), 0.0);
    }

    @Test
    void googleCloud2020SumsToItsAnnualTotal() {
        assertEquals(13_059, sum(data.revenue("google-cloud"), 2020), 0.0);
    }

    @Test
    void alibabaFiscalYearsMatchTheAnnualFile() {
        Series ali = data.revenue("alibaba-cloud");
        for (AnnualFigure a : data.annual("alibaba-cloud")) {
            double quarters = a.quarters().stream().mapToDouble(q -> ali.valueAt(q).orElse(Double.NaN)).sum();
            // FY2017/FY2018 revenue in annual.csv is the sum of the quarters; FY2019 differs by rounding (4).
            assertEquals(a.revenue(), quarters, 5.0, a.fiscalYear());
        }
        assertEquals(-1414, data.annual("alibaba-cloud").get(3).income().getAsDouble(), 0.0);
    }

    @Test
    void asOfNeverLeaksALaterPoint() {
        Quarter first = Quarter.parse("2014Q1");
        for (Quarter q : Quarter.range(first, data.lastQuarter())) {
            Dataset view = data.asOf(q);
            for (Series s : view.series()) {
                for (Point p : s.points()) {
                    assertFalse(p.quarter().isAfter(q), s.slug() + " as of " + q + " has " + p.quarter());
                    assertTrue(p.restatedYear() <= q.year(), s.slug() + " as of " + q + " has a recast of "
                            + p.restatedYear());
                }
                s.gapNotes().keySet().forEach(g -> assertFalse(g.isAfter(q)));
            }
            view.annual().forEach(a -> assertFalse(a.periodEnd().isAfter(q)));
            view.growthRates().forEach(g -> assertFalse(g.quarter().isAfter(q)));
            assertTrue(view.fx().rates().isEmpty() || !view.fx().rates().lastKey().isAfter(q));
        }
    }

    @Test
    void asOfKeepsEverythingKnownAndMarksTheView() {
        Dataset view = data.asOf(Quarter.parse("2020Q3"));
        assertEquals(Quarter.parse("2020Q3"), view.revenue("aws").last());
        assertEquals(11_601, view.revenue("aws").lastPoint().value(), 0.0);
        assertEquals(27, view.revenue("aws").size(), "2014Q1..2020Q3");
        assertEquals(Quarter.parse("2020Q3"), view.asOfQuarter().orElseThrow());
        assertEquals(Quarter.parse("2023Q1"), data.asOf(Quarter.parse("2023Q1")).revenue("google-cloud").last());
    }

    @Test
    void googleCloud2022IsSeenAsFirstReportedUntilThe2023RecastReplacesIt() {
        // As of 2022Q1..Q4 each view has the 2022 quarters known by then, as first reported on the old definition
        // (Alphabet's 2022 10-Qs and the Q4 2022 release); from 2023Q1 the recast values replace them.
        double[] first = {-931, -858, -699, -480};
        double[] recast = {-706, -590, -440, -186};
        for (int i = 0; i < 4; i++) {
            Quarter asOf = Quarter.parse("2022Q" + (i + 1));
            Series inc = data.asOf(asOf).income("google-cloud");
            assertEquals(asOf, inc.last());
            for (int j = 0; j <= i; j++) {
                Point p = inc.point(Quarter.parse("2022Q" + (j + 1))).orElseThrow();
                assertEquals(first[j], p.value(), 0.0, "as of " + asOf);
                assertEquals("GC-2020", p.definition());
                assertEquals("reported", p.status());
            }
            assertEquals(asOf, data.asOf(asOf).revenue("google-cloud").last());
        }
        Series later = data.asOf(Quarter.parse("2023Q1")).income("google-cloud");
        for (int j = 0; j < 4; j++) {
            Point p = later.point(Quarter.parse("2022Q" + (j + 1))).orElseThrow();
            assertEquals(recast[j], p.value(), 0.0);
            assertEquals("GC-2023", p.definition());
        }
        // the latest data (actuals) are the recast values
        assertEquals(-186, data.income("google-cloud").valueAt(Quarter.parse("2022Q4")).orElseThrow(), 0.0);
        // the first-reported 2022 quarters continue the GC-2020 stretch of 2019Q4..2021Q4
        assertEquals(Quarter.parse("2019Q4"),
                data.income("google-cloud").comparableStretch(Quarter.parse("2022Q4")).first());
    }

    @Test
    void cnyIsConvertedAtTheQuarterlyAverageRateAndSaysSo() {
        Series cny = data.revenue("alibaba-cloud").asOf(Quarter.parse("2020Q3"));
        Series usd = data.inUsd(cny);
        assertEquals(Currency.CNY, cny.currency());
        assertEquals(Currency.USD, usd.currency());
        assertTrue(usd.conversion().contains("converted from CNY"), usd.conversion());
        double rate = data.fx().cnyPerUsd(Quarter.parse("2020Q3"));
        assertEquals(6.9233, rate, 0.05, "mean of Jul-Sep 2020 monthly rates");
        assertEquals(14_899 / rate, usd.lastPoint().value(), 1e-9);
        assertEquals(2.2e3, usd.lastPoint().value(), 0.1e3, "about 2.2 billion USD");
        assertEquals(cny.size(), usd.size());
        assertEquals(cny.points().get(0).provenance(), usd.points().get(0).provenance());
        assertThrows(IllegalArgumentException.class, () -> data.fx().cnyPerUsd(Quarter.parse("2030Q1")));
    }

    @Test
    void azureEstimateReproducesItsAnchorAndTheDisclosedGrowth() {
        Series azure = data.revenue("azure");
        double fy2025 = Quarter.range(AzureEstimate.ANCHOR_FIRST, AzureEstimate.ANCHOR_FIRST.plus(3)).stream()
                .mapToDouble(q -> azure.valueAt(q).getAsDouble()).sum();
        assertEquals(AzureEstimate.ANCHOR_TOTAL_MILLIONS, fy2025, 1e-6);
        assertTrue(azure.points().stream().allMatch(p -> p.provenance() == Provenance.ESTIMATE));
        for (GrowthRate g : data.growthRates()) {
            if (g.company().equals("Microsoft") && g.isReported() && azure.valueAt(g.quarter().minus(4)).isPresent()) {
                double growth = azure.valueAt(g.quarter()).getAsDouble() / azure.valueAt(g.quarter().minus(4))
                        .getAsDouble() - 1;
                assertEquals(g.percent() / 100, growth, 1e-12, g.quarter().toString());
            }
        }
        assertTrue(azure.gaps().isEmpty());
        assertEquals(Quarter.parse("2025Q3"), azure.last());
    }

    @Test
    void seriesKnowTheirBreaksAndComparableStretches() {
        Series ic = data.revenue("microsoft-intelligent-cloud");
        assertEquals(List.of(false), ic.breaks().stream().filter(b -> b.quarter().equals(Quarter.parse("2024Q3")))
                .map(Break::comparable).toList());
        assertEquals(Quarter.parse("2024Q3"), ic.comparableStretch(Quarter.parse("2025Q3")).first());
        assertEquals(Quarter.parse("2014Q3"), ic.comparableStretch(Quarter.parse("2024Q2")).first());

        Series ali = data.revenue("alibaba-cloud");
        assertEquals(Quarter.parse("2016Q2"), ali.comparableStretch(Quarter.parse("2023Q1")).first());
        assertEquals(Quarter.parse("2023Q2"), ali.comparableStretch(Quarter.parse("2025Q3")).first());

        Series gcIncome = data.income("google-cloud");
        assertEquals(Quarter.parse("2022Q1"), gcIncome.comparableStretch(Quarter.parse("2025Q4")).first());
        Series awsIncome = data.income("aws");
        assertEquals(Quarter.parse("2015Q1"), awsIncome.comparableStretch(Quarter.parse("2020Q3")).first());
    }

    @Test
    void missingValuesAreGapsNotZeros() {
        Series ebita = data.income("alibaba-cloud");
        assertEquals(Metric.ADJUSTED_EBITA, ebita.metric());
        assertTrue(ebita.gaps().contains(Quarter.parse("2020Q2")));
        assertTrue(ebita.valueAt(Quarter.parse("2020Q2")).isEmpty());
        // the gap keeps the row's note on why the value is missing
        assertTrue(ebita.gapNotes().get(Quarter.parse("2020Q2")).contains("adj. EBITA: quarterly value not found"));
        assertTrue(ebita.points().stream().allMatch(p -> Double.isFinite(p.value())));
    }

    @Test
    void marketSeriesKeepAnalystsApart() {
        Series synergy = data.marketTotal("synergy");
        assertEquals(33, synergy.valueAt(Quarter.parse("2020Q3")).getAsDouble(), 0.0);
        assertEquals(37.1, synergy.valueAt(Quarter.parse("2020Q4")).getAsDouble(), 0.0);
        assertEquals(39.9, data.marketTotal("canalys").valueAt(Quarter.parse("2020Q4")).getAsDouble(), 0.0);
        assertTrue(synergy.points().stream().allMatch(p -> p.definition().startsWith("Synergy")));
        assertEquals(33, data.analystShare("synergy", "aws").valueAt(Quarter.parse("2020Q3")).getAsDouble(), 0.0);
        assertEquals(Metric.MARKET_SHARE, data.analystShare("synergy", "alibaba-cloud").metric());
    }

    @Test
    void unknownNamesSuggestTheClosest() {
        UnknownSeriesException e = assertThrows(UnknownSeriesException.class, () -> data.revenue("alibaba-clod"));
        assertTrue(e.getMessage().startsWith("unknown series 'alibaba-clod' (did you mean alibaba-cloud?)"),
                e.getMessage());
        assertThrows(UnknownSeriesException.class, () -> data.series("azure", Metric.OPERATING_INCOME));
    }

    /** {@code revenue} means a company segment's revenue: a market total or an analyst share is not one. */
    @Test
    void revenueIsOnlyCompanyRevenue() {
        UnknownSeriesException total = assertThrows(UnknownSeriesException.class, () -> data.revenue("market-synergy"));
        assertTrue(total.getMessage().contains("market-total"), total.getMessage());
        assertThrows(UnknownSeriesException.class, () -> data.revenue("share-synergy-aws"));
        assertEquals(Metric.REVENUE, data.revenue("aws").metric());
        assertEquals(Metric.MARKET_TOTAL, data.headline("market-synergy").metric());
        assertEquals(Metric.MARKET_SHARE, data.headline("share-synergy-aws").metric());
        assertEquals(Metric.REVENUE, data.headline("aws").metric());
        assertThrows(UnknownSeriesException.class, () -> data.marketTotal("gartner"));
    }
}
