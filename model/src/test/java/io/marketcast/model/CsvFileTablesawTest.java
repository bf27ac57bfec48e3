package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The model's own CSV reader ({@link CsvFile}, which replaced Tablesaw's for start-up time) against Tablesaw on the
 * same text: the same header and the same cell in every row and column, for every embedded data file and for quoting
 * that a hand-written reader gets wrong (commas, doubled quotes and line breaks inside quotes, CRLF, a byte-order mark,
 * blank cells).
 */
class CsvFileTablesawTest {

    static Stream<String> files() {
        return Stream.of("data/segments.csv", "data/market.csv", "data/definitions.csv", "data/annual.csv",
                "data/growth_rates.csv", "data/fx_usdcny.csv", "m3/series.csv", "m3/published_benchmarks.csv",
                "m3/published_benchmarks_smape_variants.csv", "m3/test.csv");
    }

    static Stream<String> texts() {
        return Stream.of(
                "a,b,c\n1,\"x, y\",3\n4,\"say \"\"hi\"\"\",6\n",
                "a,b\r\n1,\"two\nlines\"\r\n3,4\r\n",
                "\uFEFFid,value,note\nq1,,\"\"\nq2,7,\" padded \"\n",
                "slug,quarter,value\naws,2020Q3,11601\naws,2020Q4,12742\n");
    }

    @ParameterizedTest
    @MethodSource("files")
    void embeddedFilesReadAsTablesawReadsThem(String file) throws IOException {
        String text;
        try (InputStream in = CsvFile.class.getResourceAsStream(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertSame(file, text);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void quotingReadsAsTablesawReadsIt(String text) {
        assertSame("inline", text);
    }

    private static void assertSame(String name, String text) {
        CsvFile ours = CsvFile.parse(name, text, List.of());
        String plain = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Table table = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(CsvFile.lineFeeds(plain)))
                .tableName(name).header(true).columnTypes(col -> ColumnType.STRING).missingValueIndicator("")
                .build());
        List<String> header = table.columnNames();
        header.forEach(c -> assertEquals(true, ours.hasColumn(c), name + ": column " + c));
        assertEquals(table.rowCount(), ours.rows().size(), name + ": rows");
        for (int r = 0; r < table.rowCount(); r++) {
            CsvFile.Row row = ours.rows().get(r);
            for (String c : header) {
                assertEquals(table.stringColumn(c).get(r).trim(), row.get(c),
                        name + " line " + row.line() + " column " + c);
            }
        }
    }
}
