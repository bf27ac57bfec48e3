package io.marketcast.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad tables of record fail with FILE:LINE and what was expected. */
class CsvInputTest {

    private static String message(Runnable r) {
        return assertThrows(ChartInputException.class, r::run).getMessage();
    }

    @Test
    void anOversizedTableIsRejectedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path big = dir.resolve("series.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(CsvInput.MAX_BYTES + 1);
        }
        assertEquals(big + ": is " + (CsvInput.MAX_BYTES + 1) + " bytes; the largest table read is "
                + CsvInput.MAX_BYTES + " bytes", message(() -> CsvInput.read(big)));
    }

    @Test
    void quotedCellsWithCommasAreOneCell() {
        List<QuantileRow> rows = QuantileRow.read(CsvInput.parse("q.csv",
                "series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status\n"
                + "aws,2020Q4,1,1,1,1,1,1,1,1,2,\"restated, \"\"2023\"\"\"\n"));
        assertEquals("restated, \"2023\"", rows.get(0).actualStatus());
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() {
        String m = message(() -> QuantileRow.read(CsvInput.parse("q.csv", """
                series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status

                aws,2020Q4,1,1,1,1,x1,1,1,1,,
                """)));
        assertEquals("q.csv:3: column 'p50': expected a number, found 'x1'", m);
    }

    @Test
    void missingColumnsWrongCellCountsBadQuartersAndDisorderedQuantilesAreLocated() {
        assertEquals("e.csv:1: missing column 'p_by' (expected columns: event,quarter,p_at,p_by)",
                message(() -> EventRow.read(CsvInput.parse("e.csv", "event,quarter,p_at\nx,2020Q1,0.5\n"))));
        assertEquals("e.csv:2: expected 4 cells (event,quarter,p_at,p_by), found 3",
                message(() -> EventRow.read(CsvInput.parse("e.csv", "event,quarter,p_at,p_by\nx,2020Q1,0.5\n"))));
        assertEquals("e.csv:2: column 'quarter': expected a quarter like 2020Q3, found '2020-3'",
                message(() -> EventRow.read(CsvInput.parse("e.csv", "event,quarter,p_at,p_by\nx,2020-3,0.5,1\n"))));
        assertEquals("e.csv:2: column 'p_by': expected a probability in [0, 1], found 1.5",
                message(() -> EventRow.read(CsvInput.parse("e.csv", "event,quarter,p_at,p_by\nx,2020Q3,0.5,1.5\n"))));
        String m = message(() -> QuantileRow.read(CsvInput.parse("q.csv", """
                series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status
                aws,2020Q4,1,1,1,1,3,2,4,5,,
                """)));
        assertEquals(true, m.startsWith("q.csv:2: quantiles of aws 2020Q4 must be non-decreasing"), m);
        assertEquals("h.csv:2: column 'status': expected reported, restated or estimate, found 'guess'",
                message(() -> HistoryRow.read(CsvInput.parse("h.csv", "series,quarter,value,status\n"
                        + "aws,2020Q1,1,guess\n"))));
        assertEquals("x.csv:1: empty file, expected a header row", message(() -> CsvInput.parse("x.csv", "\n")));
        assertEquals("x.csv:2: unclosed quote", message(() -> CsvInput.parse("x.csv", "a,b\n\"1,2\n")));
    }

    @Test
    void askingForASeriesTheFileDoesNotHaveListsTheOnesItHas() {
        String m = message(() -> FanChart.build(Tables.quantiles(), List.of(), "gcp", ChartSize.DEFAULT,
                "quantiles.csv"));
        assertEquals(true, m.startsWith("quantiles.csv: no rows for series 'gcp' (series in the file: aws, azure,"),
                m);
    }
}
