package io.marketcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.panel.CrossValidation;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelBuilder;
import io.marketcast.forecast.panel.PanelForecaster;
import io.marketcast.forecast.panel.PanelOptions;
import io.marketcast.forecast.panel.PanelSeries;
import io.marketcast.forecast.registry.Methods;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code spark-submit} job as a user runs it: a CSV file in, Parquet and CSV out, the tables equal to the command
 * line's; bad input is one line naming the file, row and column, exit code 2, and nothing written.
 */
class SparkJobTest {

    static final String METHODS = "naive2,theta";

    @TempDir
    static Path dir;

    static SparkSession spark;
    static Path csv;
    static Panel panel;

    @BeforeAll
    static void start() throws IOException {
        spark = TestSpark.session();
        csv = dir.resolve("m3.csv");
        StringBuilder text = new StringBuilder("unique_id,ds,y\n");
        PanelBuilder b = Panel.builder(csv.toString(), PanelOptions.DEFAULT);
        long line = 2;
        for (Row r : SparkPanelTest.m3Rows(6)) {
            String value = Double.toString(r.getDouble(2));
            text.append(r.getString(0)).append(',').append(r.getString(1)).append(',').append(value).append('\n');
            b.add(line++, r.getString(0), r.getString(1), value);
        }
        Files.writeString(csv, text);
        panel = b.build();
    }

    @AfterAll
    static void stop() {
        TestSpark.release();
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SparkJob.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void cvWritesTheCommandLinesWindowsAndAccuracy() {
        Path windows = dir.resolve("windows.parquet");
        Path accuracy = dir.resolve("accuracy.parquet");
        Run r = run("cv", csv.toString(), "--h", "12", "--windows", "2", "--step", "6", "--methods", METHODS,
                "--out", windows.toString(), "--accuracy", accuracy.toString(), "--partitions", "3");
        assertEquals(0, r.code(), r.err());
        CrossValidation.Result expected = CrossValidation.run(panel,
                new CrossValidation.Spec(Methods.parseList(METHODS), 12, 2, 6, new double[] {0.8, 0.95}, 2));
        List<Row> acc = spark.read().parquet(accuracy.toString()).collectAsList();
        assertEquals(2, acc.size());
        for (int i = 0; i < acc.size(); i++) {
            CrossValidation.Accuracy e = expected.accuracy().get(i);
            Row a = acc.stream().filter(x -> x.getString(0).equals(e.method())).findFirst().orElseThrow();
            assertEquals(e.series(), a.getInt(1));
            assertEquals(e.windows(), a.getInt(2));
            assertArrayEquals(new double[] {e.mae(), e.rmse(), e.mape(), e.smape(), e.mase(), e.coverage()[0],
                e.coverage()[1], e.msis()}, new double[] {a.getDouble(3), a.getDouble(4), a.getDouble(5),
                    a.getDouble(6), a.getDouble(7), a.getDouble(8), a.getDouble(9), a.getDouble(10)});
            // printed too, with every digit
            assertTrue(r.out().contains(e.method() + "\t" + e.series() + "\t" + e.windows() + "\t" + e.mae()), r.out());
        }
        assertEquals(expected.windows().size() * 12, spark.read().parquet(windows.toString()).count());
    }

    @Test
    void forecastWritesTheCommandLinesRowsAsCsv() {
        Path out = dir.resolve("fc.csv");
        Run r = run("forecast", csv.toString(), "--h", "6", "--methods", METHODS, "--level", "90", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<PanelForecaster.Result> expected = PanelForecaster.forecast(panel,
                new PanelForecaster.Spec(Methods.parseList(METHODS), 6, new double[] {0.9}, 1));
        Map<String, Row> got = new HashMap<>();
        for (Row row : spark.read().option("header", "true").csv(out.toString()).collectAsList()) {
            got.put(row.getString(0) + "|" + row.getString(1) + "|" + row.getString(2), row);
        }
        assertEquals(expected.size() * 6, got.size());
        for (PanelForecaster.Result e : expected) {
            PanelSeries s = e.series();
            for (int h = 0; h < 6; h++) {
                Row row = got.get(s.id() + "|" + s.date(s.length() + h) + "|" + e.method());
                assertEquals(e.forecast().mean()[h], Double.parseDouble(row.getString(3)));
                assertEquals(e.forecast().upper(0.9)[h], Double.parseDouble(row.getString(5)));
            }
        }
        assertEquals(List.of("series", "date", "method", "point", "lo90", "hi90", "note"),
                List.of(spark.read().option("header", "true").csv(out.toString()).columns()));
    }

    @Test
    void badInputIsOneLocatedLineAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "id,date,value\na,2020-01,1\na,2020-02,2\nb,2020-01,3\nb,2020-01,4\n");
        Path out = dir.resolve("bad-out.parquet");
        Run r = run("forecast", bad.toString(), "--h", "2", "--methods", "naive", "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        String[] lines = r.err().strip().split("\n");
        assertEquals(1, lines.length, r.err());
        assertTrue(lines[0].startsWith("marketcast-spark: " + bad + ":"), lines[0]);
        assertTrue(lines[0].contains("column 'date': duplicate (id, date): series 'b' has 2020-01"), lines[0]);
        assertFalse(Files.exists(out));

        Run unknown = run("forecast", csv.toString(), "--h", "2", "--methods", "thetta", "--out",
                dir.resolve("x.parquet").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("thetta") && unknown.err().contains("theta"), unknown.err());
        assertFalse(Files.exists(dir.resolve("x.parquet")));
    }
}
