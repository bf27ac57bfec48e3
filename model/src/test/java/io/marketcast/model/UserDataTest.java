package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own files: exported, added to the embedded data, used alone, in any currency; clashes named. */
class UserDataTest {

    private static final String SEGMENTS = "company,segment,label,calendar_quarter,currency,revenue_millions,"
            + "operating_income_millions,income_metric\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private Path exported() throws IOException {
        Path folder = dir.resolve("export");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> e : Dataset.export().entrySet()) {
            Files.writeString(folder.resolve(e.getKey()), e.getValue());
        }
        return folder;
    }

    @Test
    void theExportReadAloneIsTheEmbeddedDataExactly() throws IOException {
        Dataset embedded = Dataset.embedded();
        Dataset back = Dataset.load(DataSources.only(exported()));
        assertEquals(embedded.slugs(), back.slugs(), "the same series in the same order");
        assertEquals(embedded.series().size(), back.series().size());
        for (int i = 0; i < embedded.series().size(); i++) {
            Series a = embedded.series().get(i);
            Series b = back.series().get(i);
            String what = a.slug() + " " + a.metric();
            assertEquals(a.metric(), b.metric(), what);
            assertEquals(a.company(), b.company(), what);
            assertEquals(a.currency(), b.currency(), what);
            assertEquals(a.unit(), b.unit(), what);
            assertEquals(a.points(), b.points(), what + ": every value, status, definition and source");
            assertEquals(a.gapNotes(), b.gapNotes(), what);
            for (Point p : a.points()) {
                assertEquals(a.basisOf(p.definition()), b.basisOf(p.definition()), what + " " + p.definition());
            }
            assertEquals(embedded.label(a.slug()), back.label(a.slug()), what);
        }
        assertEquals(embedded.annual(), back.annual());
        assertEquals(embedded.fx().rates(), back.fx().rates());
        assertEquals(embedded.marketSources(), back.marketSources());
        assertEquals(Currency.USD, back.currency(), "USD and CNY: the default stays USD");
        for (Quarter q : List.of(Quarter.parse("2020Q3"), Quarter.parse("2022Q4"))) {
            assertEquals(embedded.asOf(q).series().stream().map(Series::points).toList(),
                    back.asOf(q).series().stream().map(Series::points).toList(), "as of " + q);
        }
        String readme = Dataset.export().get("README.md");
        for (String column : List.of("revenue_millions", "total_billions", "average_rate", "revenue_basis",
            "period_end_quarter", "label")) {
            assertTrue(readme.contains(column), column);
        }
    }

    @Test
    void aUserCompanyIsAddedToTheEmbeddedDataWithItsLabel() throws IOException {
        Path f = write("acme.csv", SEGMENTS + "Acme,Cloud,Acme Cloud Co.,2019Q1,USD,100,-20,operating income\n"
                + "Acme,Cloud,,2019Q2,USD,120,-10,operating income\n");
        Dataset d = Dataset.load(DataSources.embeddedAnd(f));
        assertEquals(2, d.revenue("acme-cloud").size());
        assertEquals(2, d.income("acme-cloud").size());
        assertEquals("Acme Cloud Co.", d.label("acme-cloud"));
        assertEquals("AWS", d.label("aws"));
        assertEquals(List.of("acme-cloud"), List.copyOf(d.userSlugs()));
        assertEquals(Dataset.embedded().revenue("aws"), d.revenue("aws"), "embedded series untouched");
        assertTrue(d.origin().startsWith("embedded + "), d.origin());
        assertEquals(Currency.USD, d.currency());
        assertEquals("synergy", d.defaultMarketSource().orElseThrow());
    }

    @Test
    void aRowTheEmbeddedDataHasIsAClashNamingBothRows() throws IOException {
        Path f = write("mine.csv", SEGMENTS + "Acme,Cloud,,2019Q1,USD,100,,\nAmazon,AWS,,2020Q3,USD,11601,,\n");
        DataClashException e = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.embeddedAnd(f)));
        assertEquals(f.toString(), e.file());
        assertEquals(3, e.line());
        assertEquals("segments.csv", e.otherFile());
        int embeddedLine = lineOf(DatasetLoader.resource("segments.csv"), "Amazon,AWS,AWS-2016,2020Q3,");
        assertEquals(embeddedLine, e.otherLine());
        assertEquals(f + ":3: column 'calendar_quarter': Amazon / AWS / revenue / 2020Q3 is also given at "
                + "segments.csv:" + embeddedLine + " (a value can come from one row only)", e.getMessage());
        // alone, the same file loads
        assertEquals(1, Dataset.load(DataSources.only(f)).revenue("aws").size());
    }

    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError(prefix);
    }

    @Test
    void everyKindOfClashIsNamedWithBothRows() throws IOException {
        Path market = write("m.csv", "source,calendar_quarter,total_usd_billions,vendor,share_pct\n"
                + "Canalys,2020Q4,39.9,,\n");
        DataClashException m = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.EMBEDDED.withMarket(market)));
        assertEquals(2, m.line());
        assertEquals("market.csv", m.otherFile());
        assertTrue(m.getMessage().contains("the Canalys market total of 2020Q4 is also given at market.csv:"),
                m.getMessage());

        Path share = write("s.csv", "source,calendar_quarter,total_billions,currency,vendor,share_pct\n"
                + "Synergy Research Group,2030Q1,,USD,Amazon,30\nSynergy Research Group,2020Q3,,USD,Amazon,33\n");
        DataClashException s = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.EMBEDDED.withMarket(share)));
        assertEquals(3, s.line());
        assertTrue(s.getMessage().contains("share of Amazon in 2020Q3"), s.getMessage());

        Path fx = write("fx.csv", "calendar_quarter,currency,per,average_rate\n2020Q3,CNY,USD,7\n");
        DataClashException r = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.EMBEDDED.withFx(fx)));
        assertEquals(fx + ":2: column 'calendar_quarter': the CNY per USD rate of 2020Q3 is also given at "
                + "fx_usdcny.csv:" + lineOf(DatasetLoader.resource("fx_usdcny.csv"), "2020Q3,") + " (a value can "
                + "come from one row only)", r.getMessage());
        Path inverse = write("inv.csv", "calendar_quarter,currency,per,average_rate\n2030Q1,USD,CNY,0.14\n");
        DataClashException i = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.EMBEDDED.withFx(inverse)));
        assertTrue(i.getMessage().contains("a rate between USD and CNY (USD per CNY) is also given at fx_usdcny.csv:2"),
                i.getMessage());

        Path folder = dir.resolve("folder");
        write("folder/segments.csv", SEGMENTS + "Acme,Cloud,,2019Q1,USD,100,,\n");
        write("folder/definitions.csv", "definition,revenue_basis,income_basis\nAWS-2016,X,X\n");
        DataClashException d = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.embeddedAnd(folder)));
        assertEquals("definitions.csv", d.otherFile());
        assertTrue(d.getMessage().contains("definition tag 'AWS-2016'"), d.getMessage());
        Files.delete(folder.resolve("definitions.csv"));
        write("folder/annual.csv", "company,segment,fiscal_year,period_end_quarter,currency,revenue_millions,"
                + "operating_income_millions,income_metric\nAlibaba,Cloud (Alibaba Cloud),FY2020,2020Q1,CNY,1,1,x\n");
        DataClashException a = assertThrows(DataClashException.class,
                () -> Dataset.load(DataSources.embeddedAnd(folder)));
        assertEquals("annual.csv", a.otherFile());
        assertTrue(a.getMessage().contains("Alibaba / Cloud (Alibaba Cloud) / FY2020"), a.getMessage());
    }

    @Test
    void slugsMustBeDistinctAndNotReserved() throws IOException {
        DataException same = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(write("a.csv",
                SEGMENTS + "Acme,Cloud,,2019Q1,USD,1,,\nACME,cloud!,,2019Q1,USD,1,,\n"))));
        assertEquals(3, same.line());
        assertTrue(same.getMessage().contains("gets the slug 'acme-cloud', as does 'Acme / Cloud' at "), same.getMessage());
        DataException others = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(write("b.csv",
                SEGMENTS + "Others,!,,2019Q1,USD,1,,\n"))));
        assertTrue(others.getMessage().contains("'Others / !' would get the slug 'others', which is reserved"),
                others.getMessage());
        DataException market = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(write("m.csv",
                SEGMENTS + "Market,Cars,,2019Q1,USD,1,,\n"))));
        assertTrue(market.getMessage().contains("would get the slug 'market-cars', which is reserved"),
                market.getMessage());
        DataException azure = assertThrows(DataException.class, () -> Dataset.load(DataSources.embeddedAnd(
                write("c.csv", SEGMENTS + "Microsoft,Azure and other cloud services (estimate),,2030Q1,USD,1,,\n"))));
        assertTrue(azure.getMessage().contains("the slug 'azure' is the embedded Azure estimate"), azure.getMessage());
    }

    @Test
    void aEuroMarketAloneDefaultsToEuroAndConvertsAtTheGivenRates() throws IOException {
        Path seg = write("cars.csv", SEGMENTS + "Voltra,Cars,Voltra,2020Q1,EUR,100,,\n"
                + "Voltra,Cars,Voltra,2020Q2,EUR,110,,\n");
        Path fx = write("fx.csv", "calendar_quarter,currency,per,average_rate,source_note\n"
                + "2020Q1,USD,EUR,1.10,test\n2020Q2,USD,EUR,1.20,test\n2020Q1,GBP,EUR,0.5,test\n");
        Dataset d = Dataset.load(DataSources.only(seg).withFx(fx));
        assertEquals(Currency.parse("EUR"), d.currency());
        assertTrue(d.marketSources().isEmpty());
        Series usd = d.convert(d.revenue("voltra-cars"), Currency.USD);
        assertEquals(100 / (1 / 1.10), usd.values()[0], 1e-12, "the inverse of USD per EUR");
        assertEquals(110 / (1 / 1.20), usd.values()[1], 1e-12);
        assertTrue(usd.conversion().contains("inverse of the quarterly average USD per EUR"), usd.conversion());
        assertEquals(0.5 / 1.10, d.fx().rate(Currency.parse("GBP"), Currency.USD, Quarter.parse("2020Q1")), 1e-15,
                "a cross rate through EUR");
        Series gbp = new Series("x", "X", "Y", Metric.REVENUE, null, Currency.parse("GBP"), "millions",
                List.of(new Point(Quarter.parse("2020Q2"), 1, Provenance.REPORTED, null, null, null)), null, null,
                null);
        MissingRateException e = assertThrows(MissingRateException.class, () -> d.convert(gbp, Currency.USD));
        assertEquals(Quarter.parse("2020Q2"), e.quarter());
        assertEquals("no GBP per USD rate for 2020Q2 (cross rates through EUR exist only where both GBP and USD "
                + "have a rate)", e.getMessage());
        MissingRateException none = assertThrows(MissingRateException.class,
                () -> Dataset.load(DataSources.only(seg)).convert(d.revenue("voltra-cars"), Currency.USD));
        assertEquals("no EUR per USD rate for 2020Q1 (there are no EUR/USD rates)", none.getMessage());
    }

    @Test
    void aUserMarketHasItsOwnSourceCurrencyAndDescription() throws IOException {
        Path seg = write("cars.csv", SEGMENTS + "Voltra,Cars,,2020Q1,EUR,100,,\n");
        Path market = write("market.csv", "source,calendar_quarter,currency,total_billions,vendor,share_pct,status,"
                + "market\nEV Europe (synthetic),2020Q1,EUR,2.5,Voltra,4,reported,electric cars\n"
                + "EV Europe (synthetic),2020Q2,EUR,2.75,,,reported,\n");
        Dataset d = Dataset.load(DataSources.only(seg).withMarket(market));
        assertEquals(List.of("ev-europe-synthetic"), d.marketSources());
        Series total = d.marketTotal("ev-europe-synthetic");
        assertEquals(Currency.parse("EUR"), total.currency());
        assertEquals("billions", total.unit());
        assertEquals("electric cars", total.segment());
        assertEquals(Provenance.REPORTED, total.points().get(0).provenance());
        assertEquals(4, d.analystShare("ev-europe-synthetic", "voltra").values()[0], 0);
        Dataset merged = Dataset.load(DataSources.EMBEDDED.withMarket(market));
        assertEquals(List.of("synergy", "canalys", "ev-europe-synthetic"), merged.marketSources());
        assertEquals("synergy", merged.defaultMarketSource().orElseThrow(), "the embedded default stays");
        UnknownSeriesException u = assertThrows(UnknownSeriesException.class, () -> d.marketTotal("synergy"));
        assertTrue(u.getMessage().startsWith("unknown market source 'synergy'; known: ev-europe-synthetic"),
                u.getMessage());
        DataException differ = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(seg)
                .withMarket(write("m2.csv", "source,calendar_quarter,total_billions\nA,2020Q1,1\nA,2020Q1,2\n"))));
        assertTrue(differ.getMessage().endsWith("m2.csv:3: column 'total_billions': 2.0 differs from the total 1.0"
                + " given for A / 2020Q1 at line 2"), differ.getMessage());
    }

    @Test
    void fileSizeIsCheckedBeforeReading() throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(DatasetLoader.MAX_FILE_BYTES + 1);
        }
        DataException e = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(big)));
        assertEquals(big + ": is " + (DatasetLoader.MAX_FILE_BYTES + 1) + " bytes; the largest data file read is "
                + DatasetLoader.MAX_FILE_BYTES + " bytes", e.getMessage());
        Path folder = Files.createDirectories(dir.resolve("empty"));
        DataException noSegments = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(folder)));
        assertTrue(noSegments.getMessage().contains("a data folder needs segments.csv"), noSegments.getMessage());
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (SEGMENTS + "Caf\u00e9,Cars,,2020Q1,EUR,1,,\n").getBytes("ISO-8859-1"));
        assertEquals(latin1 + ":2: column 4: byte 0xE9 is not UTF-8 (save the file as UTF-8)",
                assertThrows(DataException.class, () -> Dataset.load(DataSources.only(latin1))).getMessage());
        assertFalse(Files.exists(dir.resolve("nothing-written")));
    }
}
