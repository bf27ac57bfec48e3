package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartCommandTest {

    @TempDir
    Path dir;

    private static final String QUANTILES = """
            series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status
            aws,2020Q4,12400,11800,11900,12100,12400,12700,12900,13000,12742.0,reported
            aws,2021Q1,13300,12300,12500,12900,13300,13700,14100,14300,,
            share:aws,2020Q4,36.0,34.0,34.5,35.2,36.1,36.8,37.5,38.0,,
            share:aws,2021Q1,35.8,33.5,34.0,35.0,35.7,36.6,37.4,38.1,,
            share:others,2020Q4,64,62,62.5,63,63.9,64.5,65,66,,
            share:others,2021Q1,64.2,62,62.5,63,64.3,64.5,65,66,,
            """;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void drawsAFanChartWithTheHistoryBesideItAsPngOfTheAskedSize() throws Exception {
        Path q = write("quantiles.csv", QUANTILES);
        write("history.csv", "series,quarter,value,status\naws,2020Q3,11601,reported\n");
        Path out = dir.resolve("aws.png");
        CliRun r = CliRun.of("chart", "fan", "--input", q.toString(), "--series", "aws", "--out", out.toString(),
                "--width", "640", "--height", "400");
        assertEquals(0, r.code(), r.err());
        byte[] png = Files.readAllBytes(out);
        assertEquals('P', png[1]);
        assertEquals(640, ((png[18] & 0xFF) << 8) | (png[19] & 0xFF));
        assertEquals(400, ((png[22] & 0xFF) << 8) | (png[23] & 0xFF));
    }

    @Test
    void svgFromTheExtensionOrTheOption() throws Exception {
        Path q = write("quantiles.csv", QUANTILES);
        Path svg = dir.resolve("share.svg");
        assertEquals(0, CliRun.of("chart", "share", "--input", q.toString(), "--out", svg.toString()).code());
        assertTrue(Files.readString(svg).contains("<svg"));
        Path other = dir.resolve("share.img");
        assertEquals(0, CliRun.of("chart", "share", "--input", q.toString(), "--out", other.toString(),
                "--format", "svg").code());
        assertTrue(Files.readString(other).contains("<svg"));
    }

    @Test
    void badInputIsOneLocatedLineExitTwoAndNoFile() throws Exception {
        Path bad = write("bad.csv", QUANTILES.replace("aws,2021Q1,13300,12300", "aws,2021Q1,13300,twelve"));
        Path out = dir.resolve("never.png");
        CliRun r = CliRun.of("chart", "fan", "--input", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("marketcast: " + bad + ":3: column 'p5': expected a number, found 'twelve'", r.err().strip());
        assertFalse(Files.exists(out));

        CliRun missing = CliRun.of("chart", "crossover", "--input", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.csv: no such file"), missing.err());

        CliRun nothing = CliRun.of("chart", "crossover", "--input", write("e.csv",
                "event,quarter,p_at,p_by\nprofitable:x,2021Q1,0.1,0.1\n").toString());
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("e.csv: no crossover events"), nothing.err());

        CliRun kind = CliRun.of("chart", "pie", "--input", bad.toString());
        assertEquals(2, kind.code());
        assertTrue(kind.err().toLowerCase(java.util.Locale.ROOT).contains("fan, share, profit, crossover, growth, benchmark"),
                "lists the kinds: " + kind.err());

        CliRun size = CliRun.of("chart", "share", "--input", bad.toString(), "--width", "10");
        assertEquals(2, size.code());
        assertTrue(size.err().contains("width must be in 160..8000"), size.err());
    }

    @Test
    void drawsWhatBenchmarkFormatCsvWrites() throws Exception {
        CliRun b = CliRun.of("benchmark", "--period", "other", "--methods", "naive2", "--format", "csv");
        assertEquals(0, b.code(), b.err());
        Path csv = write("benchmark.csv", b.out());
        Path png = dir.resolve("benchmark.png");
        CliRun r = CliRun.of("chart", "benchmark", "--input", csv.toString(), "--out", png.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(png) > 1000, "a PNG was drawn");
    }
}
