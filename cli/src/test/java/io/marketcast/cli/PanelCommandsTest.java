package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.cli.json.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code forecast} and {@code cv} as a user runs them: outputs, notes, and every kind of bad input. */
class PanelCommandsTest {

    @TempDir
    Path dir;

    /** Two monthly series, 36 months each, with a season and a trend. */
    static String monthly() {
        StringBuilder sb = new StringBuilder("unique_id,ds,y,comment\n");
        for (String id : List.of("shop-a", "shop-b")) {
            for (int t = 0; t < 36; t++) {
                double y = (id.equals("shop-a") ? 100 : 50) + 2 * t + 15 * Math.sin(2 * Math.PI * t / 12)
                        + ((t * 37) % 11 - 5);
                sb.append(id).append(',').append(String.format("%d-%02d-01", 2020 + t / 12, t % 12 + 1)).append(',')
                        .append(y).append(",x\n");
            }
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void forecastWritesOneRowPerSeriesDateAndMethodWithEveryBound() throws Exception {
        Path in = write("sales.csv", monthly());
        Path out = dir.resolve("fc.csv");
        CliRun r = CliRun.of("forecast", in.toString(), "--h", "4", "--methods", "ets,theta,naive", "--out",
                out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("series,date,method,point,lo80,hi80,lo95,hi95,note", lines.get(0));
        assertEquals(1 + 2 * 3 * 4, lines.size());
        assertTrue(lines.get(1).startsWith("shop-a,2023-01-01,ets,"), lines.get(1));
        assertTrue(lines.get(5).startsWith("shop-a,2023-01-01,theta,"), lines.get(5));
        assertTrue(lines.get(24).startsWith("shop-b,2023-04-01,naive,"), lines.get(24));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            double point = Double.parseDouble(f[3]);
            assertTrue(Double.parseDouble(f[6]) <= Double.parseDouble(f[4]) && Double.parseDouble(f[4]) <= point
                    && point <= Double.parseDouble(f[5]) && Double.parseDouble(f[5]) <= Double.parseDouble(f[7]), l);
            assertEquals("", f[8]);
        }
        assertTrue(r.err().contains("forecast: 2 series (monthly, season 12) x 3 method(s), h = 4"), r.err());
        assertEquals("", r.out(), "with --out nothing goes to standard output");
    }

    @Test
    void theNumbersAreTheSameOnAnyThreadCountAndInJson() throws Exception {
        Path in = write("sales.csv", monthly());
        CliRun one = CliRun.of("forecast", in.toString(), "--h", "6", "--methods", "auto,ses", "--threads", "1");
        CliRun two = CliRun.of("forecast", in.toString(), "--h", "6", "--methods", "auto,ses", "--threads", "2");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        CliRun json = CliRun.of("forecast", in.toString(), "--h", "6", "--methods", "auto,ses", "--format", "json",
                "--level", "90");
        JsonNode rows = Json.MAPPER.readTree(json.out());
        assertEquals(2 * 2 * 6, rows.size());
        JsonNode first = rows.get(0);
        assertEquals("shop-a", first.get("series").asText());
        assertEquals("auto", first.get("method").asText());
        String csvFirst = one.out().lines().skip(1).findFirst().orElseThrow();
        assertEquals(Double.parseDouble(csvFirst.split(",")[3]), first.get("point").asDouble(), 0);
        assertTrue(first.has("lo90") && first.has("hi90") && !first.has("lo80"), first.toString());
    }

    @Test
    void tooShortASeriesFallsBackToNaiveAndTheOutputSaysSo() throws Exception {
        Path in = write("short.csv", monthly() + "tiny,2022-01-01,5,\ntiny,2022-02-01,6,\ntiny,2022-03-01,7,\n");
        Path out = dir.resolve("fc.csv");
        CliRun r = CliRun.of("forecast", in.toString(), "--h", "2", "--methods", "ets,theta", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> tiny = Files.readAllLines(out).stream().filter(l -> l.startsWith("tiny,")).toList();
        assertEquals(4, tiny.size());
        assertTrue(tiny.get(0).startsWith("tiny,2022-04-01,ets,7,"), tiny.get(0));
        assertTrue(tiny.get(0).contains(",\"naive fallback: ETS ZZZ needs more than"), tiny.get(0));
        assertTrue(r.err().contains("marketcast: note: 1 of 6 forecasts fell back to the naive forecast"), r.err());
    }

    @Test
    void cvPrintsTheAccuracyTableAndWritesTheWindows() throws Exception {
        Path in = write("sales.csv", monthly());
        Path out = dir.resolve("cv.csv");
        Path acc = dir.resolve("acc.csv");
        CliRun r = CliRun.of("cv", in.toString(), "--h", "6", "--windows", "3", "--step", "6", "--methods",
                "naive,snaive", "--out", out.toString(), "--accuracy", acc.toString(), "--chart", "shop-b");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 window(s) of 6 step(s), cut-offs 6 apart"), r.out());
        List<String> rows = Files.readAllLines(out);
        assertEquals("series,window,cutoff,date,method,actual,point,lo80,hi80,lo95,hi95,note", rows.get(0));
        assertEquals(1 + 2 * 3 * 2 * 6, rows.size());
        // window 1 of shop-a: cut at 36 - 6 - 2*6 = 18 values, i.e. after 2021-06; naive repeats 2021-06
        String w1 = rows.get(1);
        assertTrue(w1.startsWith("shop-a,1,2021-06-01,2021-07-01,naive,"), w1);
        List<String> acc2 = Files.readAllLines(acc);
        assertEquals("method,series,windows,mae,rmse,mape,smape,mase,coverage80,coverage95,msis,fallbacks",
                acc2.get(0));
        assertTrue(acc2.get(1).startsWith("naive,2,6,"), acc2.get(1));
        // the table's sMAPE is the mean of the windows' sMAPE, each computed from the rows written
        double sum = 0;
        for (int w = 0; w < 6; w++) {
            double s = 0;
            for (int h = 0; h < 6; h++) {
                String[] f = rows.get(1 + w * 12 + h).split(",");
                double a = Double.parseDouble(f[5]);
                double p = Double.parseDouble(f[6]);
                s += 200 * Math.abs(a - p) / (Math.abs(a) + Math.abs(p));
            }
            sum += s / 6;
        }
        double smape = Double.parseDouble(acc2.get(1).split(",")[6]);
        assertEquals(sum / 6, smape, 1e-9);
        assertTrue(Files.size(dir.resolve("cv-shop-b.png")) > 10_000);
    }

    @Test
    void standardInputAndTabsAndOtherColumnNames() throws Exception {
        String tsv = monthly().replace("unique_id,ds,y,comment", "store\tmonth\tsales\tcomment").replace(',', '\t');
        InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream(tsv.replace('\t', ',').getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.of("forecast", "-", "--h", "1", "--methods", "naive", "--id", "store", "--date",
                    "month", "--value", "sales");
            assertEquals(0, r.code(), r.err());
            assertEquals(3, r.out().lines().count());
        } finally {
            System.setIn(old);
        }
        Path in = write("sales.tsv", tsv);
        CliRun r = CliRun.of("forecast", in.toString(), "--h", "1", "--methods", "naive", "--id", "store", "--date",
                "month", "--value", "sales");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("shop-b,2023-01-01,naive,"), r.out());
    }

    static Stream<Arguments> badInputs() {
        String head = "unique_id,ds,y\n";
        return Stream.of(
                Arguments.of("a date that is no date", head + "a,2020-01,1\na,2020-13,2\n",
                        List.of(), "bad.csv:3: column 'ds': '2020-13' is not a date; expected an ISO date"),
                Arguments.of("a value that is no number", head + "a,2020-01,1\na,2020-02,1.5.2\n",
                        List.of(), "bad.csv:3: column 'y': '1.5.2' is not a number"),
                Arguments.of("a date off the frequency", head + "a,2020-01-01,1\na,2020-02-01,2\na,2020-03-15,3\n",
                        List.of("--freq", "monthly"), "bad.csv:4: column 'ds': 2020-03-15 is off the monthly dates of "
                        + "series 'a', which fall on day 1 of the month"),
                Arguments.of("a duplicate (id, date)", head + "a,2020Q1,1\nb,2020Q1,1\na,2020Q2,1\na,2020Q1,3\n",
                        List.of(), "bad.csv:5: column 'ds': duplicate (id, date): series 'a' has 2020Q1 already on "
                        + "row 2"),
                Arguments.of("a gap", head + "a,2020Q1,1\na,2020Q2,1\na,2020Q4,1\n",
                        List.of(), "bad.csv:4: column 'ds': series 'a' has a gap: no row for 2020Q3 (1 quarterly "
                        + "period); give --fill zero or --fill interpolate to fill it"),
                Arguments.of("a missing value", head + "a,2020Q1,1\na,2020Q2,NA\na,2020Q3,1\n",
                        List.of(), "bad.csv:3: column 'y': missing value in series 'a' at 2020Q2; give --fill zero "
                        + "or --fill interpolate to fill it"),
                Arguments.of("mixed frequencies", head + "a,2020-01-31,1\na,2020-02-29,1\nb,2020-03-31,1\n"
                        + "b,2020-06-30,2\n", List.of(), "bad.csv:4: column 'ds': series 'b' is quarterly but "
                        + "series 'a' (row 2) is monthly; mixed frequencies need --freq"),
                Arguments.of("dates written two ways", head + "a,2020Q1,1\na,2020-04,1\n", List.of(),
                        "bad.csv:3: column 'ds': '2020-04' is a month (2020-07) but the date on row 2 is a quarter"),
                Arguments.of("no id column", "key,ds,y\na,2020Q1,1\n", List.of(), "bad.csv:1: column 'unique_id': "
                        + "none of unique_id, id, series is a column; the header has key, ds, y (name the column "
                        + "with --id)"),
                Arguments.of("a column asked for that is not there", head + "a,2020Q1,1\n", List.of("--value",
                        "sales"), "bad.csv:1: column 'sales': no such column; the header has unique_id, ds, y"),
                Arguments.of("a short row", head + "a,2020Q1,1\na,2020Q2\n", List.of(), "bad.csv:3: column 'y': "
                        + "the row has 2 fields, the header 3"),
                Arguments.of("an empty file", "", List.of(), "bad.csv:1: column 'header': the file is empty"),
                Arguments.of("an unclosed quote", head + "a,2020Q1,1\n\"a,2020Q2,1\n", List.of(),
                        "bad.csv:3: column '(row)': a quoted field is not closed"),
                Arguments.of("an infinite value", head + "a,2020Q1,1\na,2020Q2,Infinity\n", List.of(),
                        "bad.csv:3: column 'y': 'Infinity' is not finite"),
                Arguments.of("a field of 10 MB", head + "a,2020Q1,1\na,2020Q2," + "9".repeat(10_000_000) + "\n",
                        List.of(), "bad.csv:3: column '(row)': field 3 is longer than 65536 characters, the longest"
                        + " field read"),
                Arguments.of("a row of a million fields", head + "a,2020Q1,1\n" + ",".repeat(1_000_000) + "\n",
                        List.of(), "bad.csv:3: column '(row)': more than 4096 fields in one row"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRejectedWholeWithItsLocationAndNothingIsWritten(String what, String content,
            List<String> options, String message) throws Exception {
        Path in = write("bad.csv", content);
        for (String command : List.of("forecast", "cv")) {
            Path out = dir.resolve(command + "-out.csv");
            List<String> args = new java.util.ArrayList<>(List.of(command, "bad.csv", "--h", "1", "--methods",
                    "naive", "--out", out.toString(), "--chart-dir", dir.toString()));
            args.addAll(options);
            String[] argv = args.stream().map(a -> a.equals("bad.csv") ? in.toString() : a).toArray(String[]::new);
            CliRun r = CliRun.of(argv);
            assertEquals(2, r.code(), what + ": " + r.err());
            String err = r.err().replace(in.toString(), "bad.csv");
            assertTrue(err.startsWith("marketcast: " + message), what + ":\n" + err);
            assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
            assertFalse(err.contains("Exception"), err);
            assertEquals("", r.out());
            assertFalse(Files.exists(out), "nothing written");
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of("bad.csv"), files.map(p -> p.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void fillMakesAGapUsable() throws Exception {
        Path in = write("gap.csv", "unique_id,ds,y\na,2020Q1,1\na,2020Q2,2\na,2020Q4,4\na,2021Q1,5\n");
        CliRun r = CliRun.of("forecast", in.toString(), "--h", "1", "--methods", "naive", "--fill", "interpolate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("a,2021Q2,naive,5,"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Path in = write("sales.csv", monthly());
        assertEquals(2, CliRun.of("forecast", in.toString(), "--h", "0").code());
        assertEquals(2, CliRun.of("forecast", in.toString(), "--h", "2", "--methods", "etz").code());
        CliRun chart = CliRun.of("forecast", in.toString(), "--h", "2", "--chart", "nope");
        assertEquals(2, chart.code());
        assertTrue(chart.err().contains("--chart: no series 'nope'"), chart.err());
        CliRun missing = CliRun.of("cv", dir.resolve("absent.csv").toString(), "--h", "2");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("absent.csv: no such file"), missing.err());
        CliRun level = CliRun.of("cv", in.toString(), "--h", "2", "--level", "80,120");
        assertEquals(2, level.code());
        assertArrayEquals(new double[] {0.8, 0.95}, PanelRun.levels("95,80"));
    }

    @Test
    void excelWorkbooksAreReadWithDateCellsAndExcelsRowNumbers() throws Exception {
        Path xlsx = dir.resolve("sales.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("data");
            org.apache.poi.ss.usermodel.CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("note");
            head.createCell(1).setCellValue("id");
            head.createCell(2).setCellValue("date");
            head.createCell(3).setCellValue("value");
            for (int t = 0; t < 24; t++) {
                org.apache.poi.ss.usermodel.Row r = sheet.createRow(t + 1);
                r.createCell(1).setCellValue("s1");
                org.apache.poi.ss.usermodel.Cell d = r.createCell(2);
                d.setCellValue(java.time.LocalDate.of(2022 + t / 12, t % 12 + 1, 1));
                d.setCellStyle(dateStyle);
                r.createCell(3).setCellValue(100 + t + 0.123456789012);
            }
            try (java.io.OutputStream o = Files.newOutputStream(xlsx)) {
                wb.write(o);
            }
        }
        CliRun r = CliRun.of("forecast", xlsx.toString(), "--h", "1", "--methods", "naive");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("s1,2024-01-01,naive,123.123456789012,"), r.out());
        // a duplicate is named by Excel's own row number
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Row r10 = wb.getSheetAt(0).getRow(9);
            r10.getCell(2).setCellValue(java.time.LocalDate.of(2022, 1, 1));
            try (java.io.OutputStream o = Files.newOutputStream(dir.resolve("dup.xlsx"))) {
                wb.write(o);
            }
        }
        Path out = dir.resolve("out.csv");
        CliRun bad = CliRun.of("forecast", dir.resolve("dup.xlsx").toString(), "--h", "1", "--out", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("marketcast: " + dir.resolve("dup.xlsx") + ":10: column 'date': duplicate "
                + "(id, date): series 's1' has 2022-01-01 already on row 2"), bad.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void parquetInAndOutKeepsEveryDigitAndNamesRowsOfBadData() throws Exception {
        Path in = write("sales.csv", monthly());
        Path pq = dir.resolve("fc.parquet");
        CliRun r = CliRun.of("forecast", in.toString(), "--h", "3", "--methods", "theta", "--out", pq.toString());
        assertEquals(0, r.code(), r.err());
        CliRun csv = CliRun.of("forecast", in.toString(), "--h", "3", "--methods", "theta");
        // the forecast table read back from Parquet (as a panel of its point column) equals the CSV's numbers
        CliRun back = CliRun.of("forecast", pq.toString(), "--h", "1", "--methods", "naive", "--id", "series",
                "--date", "date", "--value", "point");
        assertEquals(0, back.code(), back.err());
        String lastA = csv.out().lines().filter(l -> l.startsWith("shop-a,2023-03-01,theta,")).findFirst()
                .orElseThrow().split(",")[3];
        assertTrue(back.out().contains("shop-a,2023-04-01,naive," + lastA + ","), back.out() + " / " + lastA);
        io.marketcast.cli.panel.Table t = io.marketcast.cli.panel.Table.of(List.of("unique_id", "ds", "y"),
                List.of(io.marketcast.cli.panel.Table.Type.STRING, io.marketcast.cli.panel.Table.Type.STRING,
                        io.marketcast.cli.panel.Table.Type.DOUBLE));
        t.add("a", "2020Q1", 1.0).add("a", "2020Q2", 2.0).add("a", "2020Q4", 3.0);
        Path bad = dir.resolve("gap.parquet");
        Files.write(bad, io.marketcast.cli.panel.ParquetTables.encode(t));
        CliRun gap = CliRun.of("cv", bad.toString(), "--h", "1");
        assertEquals(2, gap.code());
        assertTrue(gap.err().startsWith("marketcast: " + bad + ":3: column 'ds': series 'a' has a gap: no row for "
                + "2020Q3"), gap.err());
    }
}
