package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad segments file is rejected whole, with FILE:LINE and the column; nothing is loaded. */
class BadInputTest {

    private static final String HEADER = "company,segment,definition,calendar_quarter,fiscal_label,currency,"
            + "revenue_millions,operating_income_millions,income_metric,status,source_note\n";
    private static final String GOOD = "Acme,Cloud,A-1,2020Q1,Q1 2020,USD,100,-5,operating income,reported,note\n"
            + "Acme,Cloud,A-1,2020Q2,Q2 2020,USD,110,,operating income,reported,\"note, with comma\"\n";

    @TempDir
    Path dir;

    private DataException load(String content) throws IOException {
        Path f = dir.resolve("mine.csv");
        Files.writeString(f, content);
        return assertThrows(DataException.class, () -> Dataset.withSegmentsFrom(f));
    }

    @Test
    void aGoodFileLoads() throws IOException {
        Path f = dir.resolve("good.csv");
        Files.writeString(f, HEADER + GOOD);
        Dataset d = Dataset.withSegmentsFrom(f);
        Series s = d.revenue("acme-cloud");
        assertEquals(2, s.size());
        assertEquals(1, d.income("acme-cloud").size(), "the empty income cell is a gap, not a zero");
        assertEquals("note, with comma", s.points().get(1).source());
    }

    @Test
    void aQuarterAsFirstReportedAndAsRestatedIsTwoVintages() throws IOException {
        Path f = dir.resolve("vintages.csv");
        Files.writeString(f, HEADER + GOOD + "Acme,Cloud,A-2,2020Q2,,USD,130,-7,,restated 2021,recast\n");
        Dataset d = Dataset.withSegmentsFrom(f);
        assertEquals(130, d.revenue("acme-cloud").valueAt(Quarter.parse("2020Q2")).orElseThrow(), 0.0,
                "the latest value is the restatement");
        Series before = d.asOf(Quarter.parse("2020Q4")).revenue("acme-cloud");
        assertEquals(2, before.size());
        assertEquals(Provenance.REPORTED, before.point(Quarter.parse("2020Q2")).orElseThrow().provenance(),
                "before the recast year the view has the value as first reported");
        assertEquals(130, d.asOf(Quarter.parse("2021Q1")).revenue("acme-cloud").valueAt(Quarter.parse("2020Q2"))
                .orElseThrow(), 0.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unparseable quarter|Acme,Cloud,A-1,2020Q5,,USD,120,,,reported,|4|calendar_quarter|'2020Q5' is not a quarter",
        "unknown currency|Acme,Cloud,A-1,2020Q3,,EURO,120,,,reported,|4|currency|unknown currency 'EURO'",
        "duplicate|Acme,Cloud,A-1,2020Q2,,USD,120,,,reported,|4|calendar_quarter|duplicate Acme / Cloud / 2020Q2 (first at line 3",
        "non-numeric revenue|Acme,Cloud,A-1,2020Q3,,USD,12O,,,reported,|4|revenue_millions|'12O' is not a number",
        "negative revenue|Acme,Cloud,A-1,2020Q3,,USD,-120,,,reported,|4|revenue_millions|'-120' is negative",
        "empty revenue|Acme,Cloud,A-1,2020Q3,,USD,,,,reported,|4|revenue_millions|is empty",
        "non-numeric income|Acme,Cloud,A-1,2020Q3,,USD,120,n/a,,reported,|4|operating_income_millions|'n/a' is not a number",
        "bad status|Acme,Cloud,A-1,2020Q3,,USD,120,,,restated,|4|status|'restated' is not a status",
        "fiscal label disagrees|Alibaba,Cloud,A-1,2020Q3,FY2021 Q3,CNY,120,,,reported,|4|fiscal_label|'FY2021 Q3' is 2020Q4",
    })
    void badRowsAreLocated(String name, String row, int line, String column, String message) throws IOException {
        DataException e = load(HEADER + GOOD + row + "\n");
        assertEquals(line, e.line(), name);
        assertEquals(column, e.column(), name);
        String expectedStart = e.file() + ":" + line + ": column '" + column + "': " + message;
        assertEquals(true, e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void missingRequiredColumn() throws IOException {
        DataException e = load("company,segment,calendar_quarter,currency\nAcme,Cloud,2020Q1,USD\n");
        assertEquals(1, e.line());
        assertEquals("revenue_millions", e.column());
    }

    @Test
    void rowWithTheWrongNumberOfFields() throws IOException {
        DataException e = load(HEADER + GOOD + "Acme,Cloud,2020Q3,USD\n");
        assertEquals(4, e.line());
        assertEquals(e.file() + ":4: row has 4 fields, the header has 11", e.getMessage());
    }

    @Test
    void unbalancedQuote() throws IOException {
        DataException e = load(HEADER + GOOD + "Acme,\"Cloud,A-1,2020Q3,,USD,1,,,reported,\n");
        assertEquals(4, e.line());
    }

    @Test
    void quotedNewlinesKeepLineNumbersRight() throws IOException {
        DataException e = load(HEADER + "Acme,Cloud,A-1,2020Q1,,USD,100,,,reported,\"two\nlines\"\n"
                + "Acme,Cloud,A-1,2020Q2,,USD,oops,,,reported,\n");
        assertEquals(4, e.line(), e.getMessage());
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        assertEquals(0, load("").line());
        DataException e = assertThrows(DataException.class,
                () -> Dataset.withSegmentsFrom(dir.resolve("nope.csv")));
        assertEquals(e.file() + ": no such file", e.getMessage());
    }

    @Test
    void severalProblemsAreCountedAndNothingIsLoaded() throws IOException {
        DataException e = load(HEADER + GOOD + "Acme,Cloud,A-1,2020Q3,,USD,x,,,reported,\n"
                + "Acme,Cloud,A-1,2020Q4,,USD,y,,,reported,\n");
        assertEquals(4, e.line());
        assertEquals(true, e.getMessage().endsWith("(and 1 more problem in this file)"), e.getMessage());
        // The embedded dataset is untouched by a failed load.
        assertEquals(48, Dataset.embedded().revenue("aws").size());
    }
}
