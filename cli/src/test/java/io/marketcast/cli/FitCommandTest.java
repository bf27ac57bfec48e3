package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FitCommandTest {

    @TempDir
    static Path dir;

    /** Copies a test resource to a file, as a user's CSV would be. */
    static Path strd(String file) {
        Path p = dir.resolve(file);
        try (InputStream in = FitCommandTest.class.getResourceAsStream("strd/" + file)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static JsonNode json(CliRun r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out());
    }

    static void assertSixDigits(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-6, what);
    }

    @ParameterizedTest(name = "Misra1a from NIST start {0}")
    @CsvSource({"1, '500,0.0001'", "2, '250,0.0005'"})
    void misra1aThroughTheCli(int startNo, String start) throws IOException {
        JsonNode cert = Json.MAPPER.readTree(FitCommandTest.class.getResourceAsStream("strd/Misra1a.json"));
        JsonNode j = json(CliRun.of("fit", "--csv", strd("Misra1a.csv").toString(), "--x", "x", "--y", "y",
                "--model", "monomolecular", "--start", start, "--format", "json"));
        assertEquals("additive", j.get("error").asText(), "additive is the default for --csv");
        for (int i = 0; i < 2; i++) {
            JsonNode p = j.get("parameters").get(i);
            assertSixDigits(cert.get("certified").get(i).asDouble(), p.get("estimate").asDouble(), "b" + (i + 1));
            assertSixDigits(cert.get("certified_sd").get(i).asDouble(), p.get("stdError").asDouble(), "sd");
        }
        assertSixDigits(cert.get("rss").asDouble(), j.get("rss").asDouble(), "rss");
        assertSixDigits(cert.get("residual_sd").asDouble(), j.get("sigma").asDouble(), "residual sd");
    }

    @ParameterizedTest(name = "Rat42 from NIST start {0}")
    @ValueSource(ints = {1, 2})
    void rat42ThroughTheCli(int startNo) throws IOException {
        JsonNode cert = Json.MAPPER.readTree(FitCommandTest.class.getResourceAsStream("strd/Rat42.json"));
        JsonNode b = cert.get("start" + startNo);
        String start = b.get(0).asDouble() + "," + b.get(2).asDouble() + "," + b.get(1).asDouble()
                / b.get(2).asDouble(); // K = b1, r = b3, t0 = b2/b3
        JsonNode j = json(CliRun.of("fit", "--csv", strd("Rat42.csv").toString(), "--x", "x", "--y", "y",
                "--model", "logistic", "--start", start, "--error", "additive", "--format", "json"));
        JsonNode c = cert.get("certified");
        JsonNode sd = cert.get("certified_sd");
        JsonNode ps = j.get("parameters");
        assertEquals("K", ps.get(0).get("name").asText());
        assertSixDigits(c.get(0).asDouble(), ps.get(0).get("estimate").asDouble(), "K");
        assertSixDigits(c.get(2).asDouble(), ps.get(1).get("estimate").asDouble(), "r");
        assertSixDigits(c.get(1).asDouble() / c.get(2).asDouble(), ps.get(2).get("estimate").asDouble(), "t0");
        assertSixDigits(sd.get(0).asDouble(), ps.get(0).get("stdError").asDouble(), "sd K");
        assertSixDigits(sd.get(2).asDouble(), ps.get(1).get("stdError").asDouble(), "sd r");
        assertSixDigits(cert.get("rss").asDouble(), j.get("rss").asDouble(), "rss");
        assertTrue(j.get("converged").asBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws", "alibaba-cloud", "google-cloud"})
    void autoAsOf2020Q3GivesEstimatesWithErrorsAndWideningIntervals(String slug) throws IOException {
        JsonNode j = json(CliRun.of("fit", slug, "--model", "auto", "--as-of", "2020Q3", "--format", "json"));
        assertEquals("multiplicative", j.get("error").asText());
        for (JsonNode p : j.get("parameters")) {
            assertTrue(p.get("estimate").isDouble() && p.get("stdError").isDouble(), p.toString());
            assertTrue(p.get("stdError").asDouble() > 0);
        }
        for (String key : new String[] {"rss", "sigma", "aicc", "bic"}) {
            assertTrue(j.get(key).isDouble(), key);
        }
        JsonNode f = j.get("forecast");
        assertEquals(8, f.size());
        assertEquals("2020Q4", f.get(0).get("quarter").asText());
        assertEquals("2022Q3", f.get(7).get("quarter").asText());
        double previous = 0;
        for (JsonNode row : f) {
            double m = row.get("median").asDouble();
            assertTrue(row.get("lower95").asDouble() < row.get("lower80").asDouble()
                    && row.get("lower80").asDouble() < m && m < row.get("upper80").asDouble()
                    && row.get("upper80").asDouble() < row.get("upper95").asDouble(), row.toString());
            double width = row.get("upper95").asDouble() - row.get("lower95").asDouble();
            assertTrue(width > previous, "widens: " + row);
            previous = width;
        }
        assertTrue(j.get("candidates").size() >= 5, "runners-up shown");
        assertEquals(0.0, j.get("candidates").get(0).get("deltaAicc").asDouble());
    }

    @Test
    void alibabaIsFittedInUsd() {
        CliRun r = CliRun.of("fit", "alibaba-cloud", "--model", "logistic", "--as-of", "2020Q3");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("USD millions") && r.out().contains("converted"), r.out());
        assertTrue(r.out().contains("2016Q2..2020Q3"), r.out());
        assertFalse(r.out().contains("NaN"));
    }

    @Test
    void aUsersSegmentsFileIsFittedAsOfAQuarterWithoutPeeking() throws IOException {
        Path f = dir.resolve("acme.csv");
        StringBuilder sb = new StringBuilder("company,segment,definition,calendar_quarter,fiscal_label,currency,"
                + "revenue_millions,operating_income_millions,income_metric,status,source_note\n");
        for (int i = 0; i < 12; i++) {
            int year = 2020 + i / 4;
            int q = i % 4 + 1;
            double v = 1000 / (1 + Math.exp(-0.4 * (i + 1 - 8)));
            sb.append(String.format(java.util.Locale.ROOT, "Acme,Widgets,W-1,%dQ%d,Q%d %d,USD,%.2f,,operating income,"
                    + "reported,test%n", year, q, q, year, v));
        }
        Files.writeString(f, sb.toString());
        JsonNode j = json(CliRun.of("fit", "acme-widgets", "--data", f.toString(), "--model", "logistic", "--as-of",
                "2022Q2", "--horizon", "2", "--format", "json"));
        assertEquals(10, j.get("n").asInt(), "2020Q1..2022Q2 only");
        assertEquals("2022Q3", j.get("forecast").get(0).get("quarter").asText());
        assertEquals(1000, j.get("parameters").get(0).get("estimate").asDouble(), 5, "capacity");
    }

    @Test
    void tablesNeverShowNaN() {
        CliRun r = CliRun.of("fit", "google-cloud", "--model", "auto", "--as-of", "2020Q3");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"), r.out());
        assertTrue(r.out().contains("exponential *"), "the chosen curve is marked: " + r.out());
    }

    @Test
    void anUnusableFitPrintsItsDiagnosticsWithoutAForecastAndExitsWith1() throws IOException {
        Path f = dir.resolve("falling.csv");
        StringBuilder sb = new StringBuilder("t,y\n");
        for (int t = 1; t <= 10; t++) {
            sb.append(t).append(',').append(10 / (1 + Math.exp(0.5 * (t - 5))) + 0.01 * Math.sin(t)).append('\n');
        }
        Files.writeString(f, sb.toString());
        CliRun r = CliRun.of("fit", "--csv", f.toString(), "--x", "t", "--y", "y", "--model", "logistic", "--start",
                "10,0.5,5");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("constraint violated: rate r must be positive"), r.out());
        assertTrue(r.out().contains("No forecast: the fit is not usable"), r.out());
        assertFalse(r.out().contains("NaN"));
        JsonNode j = Json.MAPPER.readTree(CliRun.of("fit", "--csv", f.toString(), "--x", "t", "--y", "y", "--model",
                "logistic", "--start", "10,0.5,5", "--format", "json").out());
        assertEquals(0, j.get("forecast").size());
        assertTrue(j.get("parameters").get(1).get("estimate").asDouble() < 0);
    }

    @Test
    void aMissingColumnIsOneLine() throws IOException {
        CliRun r = CliRun.of("fit", "--csv", strd("Rat42.csv").toString(), "--x", "x", "--y", "revenue",
                "--model", "logistic");
        assertUserError(r, strd("Rat42.csv") + ":1: no column 'revenue' (columns: x, y)");
    }

    @Test
    void aNonNumericCellNamesFileLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "t,revenue\n1,10\n2,12\n3,n/a\n");
        assertUserError(CliRun.of("fit", "--csv", f.toString(), "--x", "t", "--y", "revenue", "--model", "linear"),
                f + ":4: column 'revenue': 'n/a' is not a number");
    }

    @Test
    void aWrongStartCountNamesTheParameters() {
        assertUserError(CliRun.of("fit", "--csv", strd("Rat42.csv").toString(), "--x", "x", "--y", "y", "--model",
                "logistic", "--start", "1,2"), "--start: start has 2 values but logistic has 3 parameters (K, r, t0)");
    }

    @Test
    void tooFewPointsSaysHowManyAreNeeded() throws IOException {
        Path f = dir.resolve("few.csv");
        Files.writeString(f, "x,y\n1,1\n2,2\n3,4\n4,7\n");
        assertUserError(CliRun.of("fit", "--csv", f.toString(), "--x", "x", "--y", "y", "--model", "richards"),
                "richards has 4 parameters and needs at least 7 points; got 4");
    }

    @Test
    void aMisspeltModelListsTheValidOnes() {
        assertUserError(CliRun.of("fit", "aws", "--model", "logistc"), "--model: unknown model 'logistc' (valid:"
                + " linear, exponential, logistic, gompertz, richards, monomolecular, bass, auto)");
    }

    @Test
    void seriesAndFileAreExclusive() {
        assertUserError(CliRun.of("fit", "--model", "linear"), "give either a series SLUG or --csv FILE (not neither)");
        assertUserError(CliRun.of("fit", "aws", "--model", "auto", "--start", "1,2"),
                "--start needs one --model, not auto");
    }

    /**
     * Golden file: the table for Rat42 (its numbers are NIST's certified values to the six digits shown). Regenerate
     * with {@code bin/marketcast fit --csv Rat42.csv --x x --y y --model logistic --start 75,0.07,35.714285714285715
     * --horizon 4} run in the folder of Rat42.csv, after checking any change by hand.
     */
    @Test
    void rat42TableMatchesTheGoldenFile() throws IOException {
        Path csv = strd("Rat42.csv");
        CliRun r = CliRun.of("fit", "--csv", csv.toString(), "--x", "x", "--y", "y", "--model", "logistic", "--start",
                "75,0.07,35.714285714285715", "--horizon", "4");
        assertEquals(0, r.code(), r.err());
        String golden;
        try (InputStream in = FitCommandTest.class.getResourceAsStream("golden/fit-rat42-logistic.txt")) {
            golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(golden.strip(), r.out().replace(csv.toString(), "Rat42.csv").strip());
    }

    @Test
    void helpIsCleanAndListedByTheRootCommand() {
        CliRun r = CliRun.of("fit", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("80% and 95% prediction intervals"), r.out());
        assertEquals("", r.err(), "nothing on stderr");
        assertTrue(CliRun.of("--help").out().contains("fit"));
    }

    static void assertUserError(CliRun r, String message) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("marketcast: " + message, r.err().strip());
        assertEquals("", r.out(), "nothing printed on bad input");
    }
}
