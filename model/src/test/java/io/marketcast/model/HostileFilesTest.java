package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless files (issue 17): each is refused with one located line, or read as intended, without reading
 * more than the limit or allocating what a file merely claims.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    private static final List<String> COLS = List.of("company", "segment");

    private static String oneLine(DataException e) {
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsReadAndTheMessageSaysTheLimit() throws Exception {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30); // 3 GB, sparse: reading it whole would need 3 GB of heap
        }
        DataException e = assertThrows(DataException.class,
                () -> TextFiles.read(big, TextFiles.MAX_DATA_BYTES, "data file"));
        assertEquals(big + ": is " + (3L << 30) + " bytes; the largest data file read is " + TextFiles.MAX_DATA_BYTES
                + " bytes", oneLine(e));
        Path folder = dir.resolve("m");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("series.csv"), "id,period,type,frequency,n,h\nA,YEARLY,MICRO,1,1,1\n");
        Files.move(big, folder.resolve("train.csv"));
        Files.writeString(folder.resolve("test.csv"), "id,t,value\nA,1,1\n");
        e = assertThrows(DataException.class, () -> CompetitionData.from(folder));
        assertTrue(oneLine(e).startsWith(folder.resolve("train.csv") + ": is 3221225472 bytes; the largest"), e
                .getMessage());
    }

    @Test
    void aDeviceWithNoSizeIsCutAtTheLimitWhileReading() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        DataException e = assertThrows(DataException.class, () -> TextFiles.read(zero, 1024, "scenario file"));
        assertEquals("/dev/zero: is larger than 1024 bytes; the largest scenario file read is 1024 bytes", oneLine(e));
    }

    @Test
    void aCountInSeriesCsvIsCheckedAgainstTheFileBeforeAnythingIsAllocated() throws Exception {
        Files.writeString(dir.resolve("series.csv"), "id,period,type,frequency,n,h\nA,YEARLY,MICRO,1,2147483647,1\n");
        Files.writeString(dir.resolve("train.csv"), "id,t,value\nA,1,1\n");
        Files.writeString(dir.resolve("test.csv"), "id,t,value\nA,1,1\n");
        DataException e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertEquals(dir.resolve("series.csv") + ":2: column 'n': series A is said to have 2147483647 values, more"
                + " than " + dir.resolve("train.csv") + " has lines (3)", oneLine(e));
        Files.writeString(dir.resolve("series.csv"), "id,period,type,frequency,n,h\nA,YEARLY,MICRO,1,1,400000000\n");
        e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertTrue(oneLine(e).contains("column 'h': series A is said to have 400000000 values"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsAcceptedInEveryCompetitionFileAndBareCrLineEndsAreRead() throws Exception {
        String bom = "\uFEFF";
        Files.writeString(dir.resolve("series.csv"), bom + "id,period,type,frequency,n,h\rA,YEARLY,MICRO,1,2,1\r");
        Files.writeString(dir.resolve("train.csv"), bom + "id,t,value\rA,1,1\rA,2,2\r");
        Files.writeString(dir.resolve("test.csv"), bom + "id,t,value\r\nA,1,3\r\n");
        CompetitionData d = CompetitionData.from(dir);
        assertArrayEquals(new double[] {1, 2}, d.series().get(0).train());
        assertArrayEquals(new double[] {3}, d.series().get(0).test());
    }

    @Test
    void utf16AndUtf32AreRefusedWithWhatToDo() throws Exception {
        Path f = dir.resolve("u16.csv");
        Files.writeString(f, "\uFEFFcompany,segment\n", StandardCharsets.UTF_16LE);
        DataException e = assertThrows(DataException.class, () -> TextFiles.read(f, 1000, "data file"));
        assertEquals(f + ": is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8", oneLine(e));
        Files.writeString(f, "company,segment\n", StandardCharsets.UTF_16LE);
        e = assertThrows(DataException.class, () -> TextFiles.read(f, 1000, "data file"));
        assertTrue(oneLine(e).startsWith(f + ":1: column 2: a NUL byte: this is binary data, not text (or UTF-16"),
                e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreLocatedByLineAndColumn() throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: x\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        DataException e = assertThrows(DataException.class, () -> TextFiles.read(f, 1000, "scenario file"));
        assertEquals(f + ":2: column 17: byte 0xE9 is not UTF-8 (save the file as UTF-8)", oneLine(e));
    }

    @Test
    void binaryGarbageIsOneLocatedLine() throws Exception {
        Path f = dir.resolve("garbage.csv");
        byte[] b = new byte[4096];
        new java.util.Random(17).nextBytes(b);
        Files.write(f, b);
        DataException e = assertThrows(DataException.class, () -> TextFiles.read(f, 1 << 20, "data file"));
        assertTrue(oneLine(e).matches("\\Q" + f + "\\E:\\d+: column \\d+: .*"), e.getMessage());
    }

    @Test
    void aTenMegabyteFieldIsRefusedWithItsLine() {
        String text = "company,segment\nA,B\nC," + "x".repeat(10 << 20) + "\n";
        DataException e = assertThrows(DataException.class, () -> CsvFile.parse("seg.csv", text, COLS));
        assertEquals("seg.csv:3: field 2 is longer than 65536 characters, the longest field read", oneLine(e));
        String quoted = "company,segment\n\"" + "y\n".repeat(40_000) + "\",B\n";
        e = assertThrows(DataException.class, () -> CsvFile.parse("seg.csv", quoted, COLS));
        assertTrue(oneLine(e).startsWith("seg.csv:2: field 1 is longer than"), e.getMessage());
    }

    @Test
    void aColumnNamedTwiceIsRefusedAtTheHeader() {
        DataException e = assertThrows(DataException.class,
                () -> CsvFile.parse("seg.csv", "company,segment,company\nA,B,C\n", COLS));
        assertEquals("seg.csv:1: column 'company': appears twice in the header (columns 1 and 3)", oneLine(e));
    }

    @Test
    void bareCrLineEndsAreReadWithTheirLineNumbers() {
        CsvFile f = CsvFile.parse("seg.csv", "company,segment\rA,B\r\rC,D\r", COLS);
        assertEquals(2, f.rows().size());
        assertEquals("C", f.rows().get(1).get("company"));
        assertEquals(4, f.rows().get(1).line());
    }

    @Test
    void nonAsciiNamesGetAUsableSlugAndCaseOnlyDifferencesClashNamingBothRows() throws Exception {
        Path seg = dir.resolve("segments.csv");
        Files.writeString(seg, "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "M\u00fcller,Autos,2020Q1,EUR,1\n\u0160koda,Cars,2020Q1,EUR,2\nStra\u00dfe \u00d8st,Cars,2020Q1,EUR,3\n");
        Dataset d = Dataset.load(DataSources.only(seg));
        assertEquals(List.of("muller-autos", "skoda-cars", "strasse-ost-cars"), d.series().stream()
                .filter(s -> s.metric() == Metric.REVENUE).map(Series::slug).sorted().toList());
        Files.writeString(seg, "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "\u5c0f\u7c73,\u6c7d\u8f66,2020Q1,EUR,1\n");
        DataException e = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(seg)));
        assertTrue(oneLine(e).startsWith(seg + ":2: column 'segment': '\u5c0f\u7c73 / \u6c7d\u8f66' makes no slug"),
                e.getMessage());
        Files.writeString(seg, "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "Acme,Cars,2020Q1,EUR,1\nACME,Cars,2020Q2,EUR,2\n");
        e = assertThrows(DataException.class, () -> Dataset.load(DataSources.only(seg)));
        assertEquals(seg + ":3: column 'segment': 'ACME / Cars' gets the slug 'acme-cars', as does 'Acme / Cars' at "
                + seg + ":2; series need distinct slugs", oneLine(e));
    }
}
