package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void seedScenarioWritesItsTablesOfRecordAndPrintsMediansBesideActuals() throws Exception {
        Path out = dir.resolve("seed");
        CliRun r = run("run", "--paths", "2000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String f : List.of("quantiles.csv", "events.csv", "scenario.resolved.yaml", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (var s = Files.list(out)) {
            assertEquals(4, s.count(), "no temporary files left");
        }
        List<String> q = Files.readAllLines(out.resolve("quantiles.csv"));
        assertEquals("series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status", q.get(0));
        // 2020Q4..2025Q4 = 21 quarters for: 4 vendors + the rest of the market, their 5 shares, and income and
        // margin of the 2 profitability units
        assertEquals(1 + (5 + 5 + 4) * 21, q.size());
        for (String id : List.of("aws", "others", "share:aws", "share:others", "income:alibaba-cloud",
            "margin:google-cloud")) {
            assertEquals(21, q.stream().filter(l -> l.startsWith(id + ",")).count(), id);
        }
        String aws2021q4 = q.stream().filter(l -> l.startsWith("aws,2021Q4,")).findFirst().orElseThrow();
        assertTrue(aws2021q4.contains(",17780.0,reported"), aws2021q4);
        String azure = q.stream().filter(l -> l.startsWith("azure,2021Q4,")).findFirst().orElseThrow();
        assertTrue(azure.endsWith(",estimate"), "the Azure actual stays marked as an estimate: " + azure);
        String ali = q.stream().filter(l -> l.startsWith("alibaba-cloud,2024Q4,")).findFirst().orElseThrow();
        assertTrue(ali.contains("not comparable"), "Alibaba's 2024 actual is on another definition: " + ali);
        for (String quarter : List.of("2020Q4", "2023Q2", "2025Q4")) {
            double sum = q.stream().filter(l -> l.startsWith("share:") && l.contains("," + quarter + ","))
                    .mapToDouble(l -> Double.parseDouble(l.split(",")[2])).sum();
            assertEquals(100, sum, 1e-6, "mean shares sum to 100% in " + quarter);
        }
        for (String line : q.subList(1, q.size())) {
            String[] c = line.split(",");
            double p5 = Double.parseDouble(c[3]);
            double p50 = Double.parseDouble(c[6]);
            double p95 = Double.parseDouble(c[9]);
            assertTrue(p5 <= p50 && p50 <= p95, line);
        }
        for (String label : List.of("AWS", "Azure (estimate)", "Google Cloud", "Alibaba Cloud")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(label) && l.contains("2021Q4")), label);
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(label) && l.contains("2025Q4")), label);
        }
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals(20201108L, manifest.get("seed").asLong());
        assertEquals(2000, manifest.get("paths").asInt());
        assertEquals("2020Q3", manifest.get("asOf").asText());
        assertEquals(64, manifest.get("scenarioSha256").asText().length());
        assertFalse(manifest.get("dataVersion").asText().isEmpty());
        assertTrue(manifest.has("gitCommit") && manifest.has("java") && manifest.has("wallTimeMillis"));
        String resolved = Files.readString(out.resolve("scenario.resolved.yaml"));
        assertTrue(resolved.contains("paths: 2000") && resolved.contains("method: auto"), resolved);
    }

    @Test
    void theResolvedScenarioRunsToTheSameNumbers() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("run", "--paths", "1000", "--out", a.toString()).code());
        Path resolved = dir.resolve("resolved.yaml");
        Files.writeString(resolved, Files.readString(a.resolve("scenario.resolved.yaml")));
        assertEquals(0, run("run", resolved.toString(), "--out", b.toString()).code());
        assertEquals(Files.readString(a.resolve("quantiles.csv")), Files.readString(b.resolve("quantiles.csv")));
    }

    @Test
    void identicalResultsOnOneAndTwoThreads() throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(0, run("run", "--paths", "3000", "--threads", "1", "--out", one.toString()).code());
        assertEquals(0, run("run", "--paths", "3000", "--threads", "2", "--out", two.toString()).code());
        assertEquals(Files.readString(one.resolve("quantiles.csv")), Files.readString(two.resolve("quantiles.csv")));
        assertEquals(Files.readString(one.resolve("events.csv")), Files.readString(two.resolve("events.csv")));
    }

    @Test
    void everyShippedScenarioRuns() {
        for (String name : RunCommand.SHIPPED) {
            CliRun r = run("run", name, "--paths", "500", "--out", dir.resolve(name).toString());
            assertEquals(0, r.code(), name + ": " + r.err());
            assertTrue(Files.isRegularFile(dir.resolve(name).resolve("quantiles.csv")), name);
        }
    }

    @Test
    void aBadScenarioIsOneLocatedLineAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nas_of: 2020Q3\nhorizon: 2025Q4\nseries:\n  - id: aws\npathz: 10\n");
        Path out = dir.resolve("never");
        CliRun r = run("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("marketcast: " + bad + ":6:1: key 'pathz': unknown key (did you mean 'paths'?)"),
                r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void impossibleOptionsAreUsageErrors() {
        CliRun zero = run("run", "--paths", "0", "--out", dir.resolve("z").toString());
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--paths must be in 1.."), zero.err());
        CliRun missing = run("run", "no-such.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such.yaml: no such scenario file"), missing.err());
    }
}
