package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.model.Quarter;
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
        for (String f : List.of("quantiles.csv", "events.csv", "history.csv", "series.csv", "scenario.resolved.yaml",
            "manifest.json", "report.html", "share.png", "profit.png", "crossover.png", "fan-aws.png",
            "fan-share-others.png", "fan-income-alibaba-cloud.png", "fan-margin-google-cloud.png")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        try (var s = Files.list(out)) {
            // 6 tables, 3 analysis charts, 14 fan charts (one per series of quantiles.csv), the report
            assertEquals(24, s.count(), "no temporary files left");
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
        assertTrue(resolved.contains("paths: 2000") && resolved.contains("method: gompertz-or-drift8"), resolved);
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
    void givenCorrelationsWorkWithSharesOn() throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, "name: c\nas_of: 2025Q4\nhorizon: 8\nseries: [aws, azure]\ncorrelation: 0.5\n"
                + "analyses: {share: true}\npaths: 500\n");
        CliRun r = run("run", f.toString(), "--out", dir.resolve("c").toString());
        assertEquals(0, r.code(), r.err());
        Files.writeString(f, "name: c\nas_of: 2025Q4\nhorizon: 8\nseries: [aws, azure]\n"
                + "correlation: [[1, 0.3], [0.3, 1]]\nmarket: {basis: analyst}\nanalyses: {share: true}\npaths: 500\n");
        CliRun m = run("run", f.toString(), "--out", dir.resolve("m").toString());
        assertEquals(0, m.code(), m.err());
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

    @Test
    void historyHoldsOnlyWhatWasKnownAtTheAsOfQuarterWithItsProvenance() throws Exception {
        Path out = dir.resolve("h");
        assertEquals(0, run("run", "--paths", "200", "--out", out.toString()).code());
        List<String> h = Files.readAllLines(out.resolve("history.csv"));
        assertEquals("series,quarter,value,status", h.get(0));
        for (String line : h.subList(1, h.size())) {
            Quarter q = Quarter.parse(line.split(",")[1]);
            assertFalse(q.isAfter(Quarter.parse("2020Q3")), "no peeking: " + line);
        }
        assertTrue(h.contains("aws,2020Q3,11601.0,reported"), "AWS's last known quarter");
        assertTrue(h.stream().filter(l -> l.startsWith("azure,")).allMatch(l -> l.endsWith(",estimate")),
                "Azure stays an estimate");
        assertTrue(h.stream().anyMatch(l -> l.startsWith("income:alibaba-cloud,2020Q3,")));
        assertTrue(h.stream().anyMatch(l -> l.startsWith("margin:google-cloud,2020Q3,")));
    }

    @Test
    void theReportLinksEveryChartRelativelyAndChartsCanBeTurnedOff() throws Exception {
        Path out = dir.resolve("r");
        assertEquals(0, run("run", "--paths", "200", "--out", out.toString()).code());
        String html = Files.readString(out.resolve("report.html"));
        List<String> images = java.util.regex.Pattern.compile("<img src=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertEquals(17, images.size(), "share, profit, crossover and 14 fan charts");
        for (String img : images) {
            assertFalse(img.contains("/") || img.contains(":"), "relative, in the out folder: " + img);
            assertTrue(Files.size(out.resolve(img)) > 1000, img);
        }
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script"),
                "nothing fetched, nothing run");
        assertTrue(html.contains("seed: 20201108") && html.contains("scenarioSha256"),
                "assumptions and manifest are in the report");

        Path sc = dir.resolve("nocharts.yaml");
        Files.writeString(sc, "name: nocharts\nas_of: 2020Q3\nhorizon: 2021Q4\nseries: [aws]\npaths: 100\n"
                + "outputs:\n  charts: false\n");
        Path off = dir.resolve("off");
        assertEquals(0, run("run", sc.toString(), "--out", off.toString()).code());
        try (var s = Files.list(off)) {
            assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".png")).toList());
        }
        assertTrue(Files.readString(off.resolve("report.html")).contains("outputs.charts: false"));
    }
}
