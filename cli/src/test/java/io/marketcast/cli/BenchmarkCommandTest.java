package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkCommandTest {

    @TempDir
    Path dir;

    /** Two yearly series and one quarterly, with one published entrant. */
    private Path smallCompetition() throws Exception {
        Files.writeString(dir.resolve("series.csv"), "id,period,type,frequency,n,h\n"
                + "Y1,YEARLY,MICRO,1,6,2\nY2,YEARLY,MICRO,1,6,2\nQ1,QUARTERLY,MACRO,4,12,4\n");
        StringBuilder train = new StringBuilder("id,t,value\n");
        StringBuilder test = new StringBuilder("id,t,value\n");
        for (int t = 1; t <= 6; t++) {
            train.append("Y1,").append(t).append(',').append(100 + 10 * t).append('\n');
        }
        for (int t = 1; t <= 6; t++) {
            train.append("Y2,").append(t).append(',').append(50).append('\n');
        }
        for (int t = 1; t <= 12; t++) {
            train.append("Q1,").append(t).append(',').append(200 + t).append('\n');
        }
        test.append("Y1,1,160\nY1,2,180\nY2,1,50\nY2,2,55\nQ1,1,213\nQ1,2,214\nQ1,3,215\nQ1,4,216\n");
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
        Files.writeString(dir.resolve("published_benchmarks.csv"),
                "method,period,smape,mase,n_series\nOLD,YEARLY,9.5,1.1,2\nOLD,ALL,7.25,1.0,3\n");
        return dir;
    }

    @Test
    void jsonHasOurRowsPerPeriodAndOverallAndThePublishedOnes() throws Exception {
        CliRun r = CliRun.of("benchmark", "--dataset", smallCompetition().toString(), "--methods", "naive,drift",
                "--format", "json", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        JsonNode results = j.get("results");
        assertEquals(6, results.size(), "2 methods x (YEARLY, QUARTERLY, ALL)");
        JsonNode naiveYearly = results.get(0);
        assertEquals("naive", naiveYearly.get("method").asText());
        assertEquals("YEARLY", naiveYearly.get("period").asText());
        assertEquals(2, naiveYearly.get("series").asInt());
        // Y1: naive 160 vs 160, 180: sMAPE (0 + 200*20/340)/2; Y2: 50 vs 50, 55: (0 + 200*5/105)/2
        double y1 = (200 * 20 / 340.0) / 2;
        double y2 = (200 * 5 / 105.0) / 2;
        assertEquals((y1 + y2) / 2, naiveYearly.get("smape").asDouble(), 1e-12);
        // MASE of Y1: MAE 10 over scale 10 = 1; Y2: scale 0 -> undefined, left out of the mean (and counted in a note)
        assertEquals(1.0, naiveYearly.get("mase").asDouble(), 1e-12, naiveYearly.toString());
        assertTrue(r.err().contains("MASE leaves out 1 series whose history is constant"), r.err());
        JsonNode all = results.get(2);
        assertEquals("ALL", all.get("period").asText());
        assertEquals(3, all.get("series").asInt());
        assertEquals(2, j.get("published").size());
        assertEquals("OLD", j.get("published").get(0).get("method").asText());
        assertEquals(9.5, j.get("published").get(0).get("smape").asDouble());
    }

    @Test
    void tableAndCsvShowOursNextToThePublished() throws Exception {
        Path d = smallCompetition();
        CliRun t = CliRun.of("benchmark", "--dataset", d.toString(), "--methods", "naive2,theta", "--period",
                "Yearly");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("yearly") && l.contains("* theta")), t.out());
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("yearly") && l.contains("  OLD") && l.contains("9.50")),
                t.out());
        assertTrue(t.out().lines().noneMatch(l -> l.startsWith("all")), "only the asked period");
        CliRun csv = CliRun.of("benchmark", "--dataset", d.toString(), "--methods", "naive2", "--format", "csv");
        assertTrue(csv.out().startsWith("period,method,source,smape,mase,coverage80,coverage95,msis,series,failed\n"),
                csv.out());
        assertTrue(csv.out().contains("YEARLY,naive2,marketcast,"), csv.out());
        assertTrue(csv.out().contains("ALL,OLD,published,7.2500,1.0000,,,,3,\n"), csv.out());
    }

    /**
     * Coverage and MSIS worked out by hand for the naive method on the two yearly series. Naive's interval is
     * {@code y_n ± z·σ·√h} with σ² the mean squared one-step change (docs/methods.md).
     * Y1 (110, 120, ..., 160; σ = 10), actuals 160, 180: the 80% interval (z = 1.28155) is 160 ± 12.82 then
     * 160 ± 18.12, so 160 is in and 180 out (coverage 0.5); the 95% interval (z = 1.95996) is 160 ± 19.60 then
     * 160 ± 27.72, both in (coverage 1); MSIS = mean width 2·19.5996·(1 + √2)/2 over the naive MAE 10, no penalty.
     * Y2 (constant 50; σ = 0), actuals 50, 55: the interval is [50, 50], 50 in and 55 out (coverage 0.5 at both
     * levels), and MSIS is undefined (a constant history has no scale), so the yearly mean MSIS is null.
     */
    @Test
    void coverageAndMsisAgreeWithAHandComputation() throws Exception {
        CliRun r = CliRun.of("benchmark", "--dataset", smallCompetition().toString(), "--methods", "naive",
                "--format", "json", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        JsonNode yearly = Json.MAPPER.readTree(r.out()).get("results").get(0);
        assertEquals("YEARLY", yearly.get("period").asText());
        assertEquals((0.5 + 0.5) / 2, yearly.get("coverage80").asDouble(), 1e-12);
        assertEquals((1 + 0.5) / 2, yearly.get("coverage95").asDouble(), 1e-12);
        // Y2's history is constant: it has no MASE scale, so it is left out of MASE and MSIS (counted, as
        // docs/methods.md says) and the period's MSIS is Y1's alone: 1.95996·10·(1 + √2) / 10 = 4.732
        double msisY1 = 1.959963984540054 * 10 * (1 + Math.sqrt(2)) / 10;
        assertEquals(msisY1, yearly.get("msis").asDouble(), 1e-9, yearly.toString());
        CliRun one = CliRun.of("benchmark", "--dataset", smallCompetition().toString(), "--methods", "naive",
                "--format", "csv", "--period", "yearly");
        // the same numbers in the csv: coverage 0.5000 and 0.7500, MSIS 4.7318
        assertTrue(one.out().contains("YEARLY,naive,marketcast,"), one.out());
        assertTrue(one.out().lines().filter(l -> l.startsWith("YEARLY,naive,"))
                .allMatch(l -> l.split(",", -1)[5].equals("0.5000") && l.split(",", -1)[6].equals("0.7500")
                        && l.split(",", -1)[7].equals("4.7318")), one.out());
        // Y1 alone (drop Y2) has a scale: MSIS = 1.95996·10·(1 + √2) / 10 = 4.732
        Files.writeString(dir.resolve("series.csv"), "id,period,type,frequency,n,h\nY1,YEARLY,MICRO,1,6,2\n");
        Files.writeString(dir.resolve("train.csv"), "id,t,value\nY1,1,110\nY1,2,120\nY1,3,130\nY1,4,140\nY1,5,150\n"
                + "Y1,6,160\n");
        Files.writeString(dir.resolve("test.csv"), "id,t,value\nY1,1,160\nY1,2,180\n");
        CliRun y1 = CliRun.of("benchmark", "--dataset", dir.toString(), "--methods", "naive", "--format", "json");
        assertEquals(0, y1.code(), y1.err());
        JsonNode row = Json.MAPPER.readTree(y1.out()).get("results").get(0);
        assertEquals(0.5, row.get("coverage80").asDouble(), 1e-12);
        assertEquals(1.0, row.get("coverage95").asDouble(), 1e-12);
        assertEquals(1.959963984540054 * 10 * (1 + Math.sqrt(2)) / 10, row.get("msis").asDouble(), 1e-9);
        CliRun table = CliRun.of("benchmark", "--dataset", dir.toString(), "--methods", "naive");
        assertTrue(table.out().contains("cover80") && table.out().contains("MSIS95"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.contains("* naive") && l.contains("0.500")
                && l.contains("1.000") && l.contains("4.73")), table.out());
    }

    /** Y1's training part 110..160 with its last 2 held out: naive from 140 against 150, 160. */
    @Test
    void withinTrainingScoresTheEndOfTheTrainingParts() throws Exception {
        CliRun r = CliRun.of("benchmark", "--dataset", smallCompetition().toString(), "--methods", "naive",
                "--within-training", "--period", "yearly", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertTrue(j.get("dataset").asText().contains("last h of each training part held out"), j.toString());
        assertEquals(0, j.get("published").size());
        double y1 = (200 * 10 / 290.0 + 200 * 20 / 300.0) / 2;
        assertEquals(y1 / 2, j.get("results").get(0).get("smape").asDouble(), 1e-12, "Y2 is constant: 0");
    }

    @Test
    void embeddedM3YearlyNaive2MatchesThePublishedNaive2() throws Exception {
        CliRun r = CliRun.of("benchmark", "--period", "yearly", "--methods", "naive2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals(17.8799, j.get("results").get(0).get("smape").asDouble(), 5e-5);
        assertEquals(645, j.get("results").get(0).get("series").asInt());
        assertTrue(j.get("published").size() > 20);
        j.get("published").forEach(p -> assertEquals("YEARLY", p.get("period").asText()));
    }

    @Test
    void badInputIsOneLineWithExitCode2AndNoOutput() throws Exception {
        Path d = smallCompetition();
        assertOneLineError(CliRun.of("benchmark", "--dataset", d.resolve("missing").toString()), "no such folder");
        assertOneLineError(CliRun.of("benchmark", "--methods", "naive,thetaa"),
                "--methods: unknown method 'thetaa' (did you mean theta?); valid: naive, snaive,");
        assertOneLineError(CliRun.of("benchmark", "--period", "weekly"),
                "--period: unknown period 'weekly'; valid: yearly, quarterly, monthly, other, all");
        assertOneLineError(CliRun.of("benchmark", "--threads", "0"), "--threads must be at least 1");
        Files.writeString(d.resolve("test.csv"), "id,t,value\nY1,1,160\nY1,2,abc\n");
        assertOneLineError(CliRun.of("benchmark", "--dataset", d.toString()),
                d.resolve("test.csv") + ":3: column 'value': 'abc' is not a number");
        Files.delete(d.resolve("train.csv"));
        assertOneLineError(CliRun.of("benchmark", "--dataset", d.toString()), d.resolve("train.csv")
                + ": no such file");
    }

    @Test
    void anUnknownPeriodInTheFolderIsAUsageError() throws Exception {
        assertOneLineError(CliRun.of("benchmark", "--dataset", smallCompetition().toString(), "--period", "monthly"),
                "no MONTHLY series in");
    }

    static void assertOneLineError(CliRun r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("marketcast: "), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals("", r.out());
    }
}
