package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.cli.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees first: {@code run} opens with the answer to the scenario's question (P(Alibaba Cloud profitable
 * by 2020Q4 and 2021Q1) beside the actual first profitable quarter), the JSON carries the results, every actual is
 * compared with its band, a what-if scenario is set beside its baseline, and a thin fit is never silent.
 */
class RunAnswerTest {

    @TempDir
    Path dir;

    private static double[] percents(String line) {
        Matcher m = Pattern.compile("(\\d+\\.\\d)%").matcher(line);
        List<Double> v = new ArrayList<>();
        while (m.find()) {
            v.add(Double.parseDouble(m.group(1)));
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void theSeedRunOpensWithPByTheCfosQuartersBesideWhatHappened() {
        CliRun r = CliRun.of("run", "--paths", "2000", "--out", dir.resolve("seed").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(1).startsWith("Question: Will Alibaba Cloud turn its first profit by the fiscal year"
                + " ending March 2021 (2021Q1)"), lines.get(1));
        List<String> first = lines.subList(0, 10);
        String header = first.stream().filter(l -> l.startsWith("answer ")).findFirst().orElseThrow();
        assertTrue(header.indexOf("P(by 2020Q4)") < header.indexOf("P(by 2021Q1)")
                && header.contains("P(by 2021Q4)") && header.contains("what happened"), header);
        String model = first.stream().filter(l -> l.startsWith("Alibaba Cloud first profitable (model only)"))
                .findFirst().orElseThrow(() -> new AssertionError(String.join("\n", first)));
        assertTrue(model.contains("first profitable 2020Q4"), "the actual first profit beside the answer: " + model);
        double[] p = percents(model);
        assertTrue(p[0] <= p[1] && p[1] <= p[2], "P(by q) does not fall: " + model);
        // the anchored scale margin model (docs/methods.md, "The record: profitability backtest") gives the actual
        // first profitable quarter a real chance (10,000 paths: 21% by 2020Q4, 43% by 2021Q1; here 2,000 paths)
        assertTrue(p[0] > 10 && p[1] > 30 && p[1] < 60, "the model's P(by 2020Q4) and P(by 2021Q1): " + model);
        String guided = first.stream().filter(l -> l.startsWith("  with guidance \"profitable by 2021Q1\" (CFO, Nov"
                + " 2020), weight 4")).findFirst().orElseThrow(() -> new AssertionError(String.join("\n", first)));
        double[] g = percents(guided);
        double pm = p[1] / 100;
        // both printed to 0.1 point: the model's rounding (±0.05) moves 4p/(3p+1) by up to 4/(3p+1)² × 0.05 ≈ 0.17
        assertEquals(100 * 4 * pm / (4 * pm + 1 - pm), g[1], 0.25, "the guidance multiplies the odds by 4: " + guided);
        assertTrue(r.out().contains("Google Cloud first profitable") && r.out().contains("first profitable 2023Q1 †"));
        assertTrue(r.out().contains("Alibaba Cloud revenue reaches Google Cloud's"));
    }

    @Test
    void everyActualIsComparedWithItsBandAndTheMissesShow() {
        CliRun r = CliRun.of("run", "--paths", "2000", "--out", dir.resolve("cov").toString());
        assertEquals(0, r.code(), r.err());
        String ali = r.out().lines().dropWhile(l -> !l.startsWith("Actual vs forecast")).filter(l -> l.startsWith(
                "Alibaba Cloud  ")).findFirst().orElseThrow();
        assertTrue(ali.matches(".*\\b\\d+ of \\d+ \\(\\d+%\\).*"), ali);
        assertTrue(ali.contains("below: 2022Q2–2023Q1"), "Alibaba's revenue fell below its 90% band: " + ali);
        String aws = r.out().lines().dropWhile(l -> !l.startsWith("Actual vs forecast")).filter(l -> l.startsWith(
                "AWS  ")).findFirst().orElseThrow();
        assertTrue(aws.contains(" of 21 "), "all 21 forecast quarters of AWS have actuals: " + aws);
    }

    @Test
    void aThinFitWarnsOnEveryRowBuiltOnIt() throws Exception {
        Path out = dir.resolve("thin");
        CliRun r = CliRun.of("run", "--paths", "500", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("⚠ thin fit: rest of market has 3 quarters (2020Q1..2020Q3)"), r.out());
        assertTrue(r.out().lines().filter(l -> l.startsWith("rest of market ") && l.contains("2025Q4"))
                .allMatch(l -> l.contains("⚠")), "the rest of the market's rows");
        assertTrue(r.out().lines().filter(l -> l.startsWith("Alibaba Cloud ⚠")).count() >= 2,
                "shares are built on the rest of the market");
        assertTrue(r.out().lines().filter(l -> l.startsWith("AWS ") && l.contains("$")).noneMatch(l -> l.contains(
                "⚠")), "AWS's revenue rests on 27 quarters");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<p class=\"warn\">⚠ thin fit: rest of market"), "the report says so too");
        JsonNode json = Json.MAPPER.readTree(CliRun.of("run", "--paths", "500", "--out", dir.resolve("tj")
                .toString(), "--format", "json").out());
        assertTrue(json.get("warnings").get("others").asText().contains("3 quarters"));
        CliRun share = CliRun.of("share", "--as-of", "2020Q3", "--paths", "500", "--format", "json");
        assertEquals(0, share.code(), share.err());
        assertTrue(Json.MAPPER.readTree(share.out()).get("warnings").get("others").asText().startsWith("thin fit"),
                "share's JSON carries the warnings too: " + share.out());
        CliRun csv = CliRun.of("share", "--as-of", "2020Q3", "--paths", "500", "--format", "csv");
        assertTrue(csv.out().startsWith("series,quarter,") && csv.err().contains("⚠ every share is built on this:"
                + " thin fit: rest of market"), "CSV stays clean; the warning goes to stderr: " + csv.err());
    }

    @Test
    void aSeriesWithNothingToPoolWithIsRefused() {
        CliRun r = CliRun.of("crossover", "aws", "microsoft-intelligent-cloud", "--as-of", "2015Q1");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("marketcast: A or B: AWS as of 2015Q1 has 4 quarters") && r.err().contains(
                "refused rather than forecast on 3 growth rates"), r.err());
        assertTrue(r.out().isEmpty(), "nothing but the error");
    }

    @Test
    void jsonCarriesTheResultsRounded() throws Exception {
        CliRun r = CliRun.of("run", "--paths", "1000", "--out", dir.resolve("j").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = Json.MAPPER.readTree(r.out());
        JsonNode answer = j.get("answer");
        assertEquals("[\"2020Q4\",\"2021Q1\",\"2021Q4\"]", answer.get("quarters").toString());
        JsonNode ali = answer.get("events").get(0);
        assertEquals("profitable:alibaba-cloud", ali.get("event").asText());
        assertEquals(3, ali.get("pBy").size());
        assertTrue(ali.get("pBy").get(1).asDouble() >= 0 && ali.get("pBy").get(1).asDouble() <= 1,
                "probabilities are fractions");
        assertEquals("2020Q4", ali.get("actual").asText());
        assertTrue(answer.get("events").get(1).get("guidance").asText().contains("CFO, Nov 2020"));
        assertEquals(5, answer.get("shares").size());
        JsonNode q = j.get("quantiles");
        assertEquals("aws", q.get(0).get("series").asText());
        assertEquals("AWS", q.get(0).get("label").asText());
        assertEquals("USD millions", q.get(0).get("unit").asText());
        assertEquals(21, q.get(0).get("rows").size());
        assertFalse(Pattern.compile("\\d\\.\\d{5,}").matcher(q.toString() + answer + j.get("events")).find(),
                "no 12531.9993616342-style numbers in the results");
        assertTrue(j.get("events").size() >= 4 && j.get("coverage").size() > 5);
        assertTrue(j.get("baseline").isNull(), "the seed scenario has no shocks");
        assertTrue(j.get("outputs").size() > 10 && j.get("manifest").has("seed"));
    }

    @Test
    void aWhatIfScenarioShowsItsDifferenceFromItsBaseline() throws Exception {
        Path out = dir.resolve("pw");
        CliRun r = CliRun.of("run", "price-war", "--paths", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Against the baseline (the same scenario without shocks, same seed 20251231):"));
        assertTrue(r.out().contains("shock: every series: revenue × 0.85 (a 15% cut) from 2026Q1 to 2026Q4; the"
                + " shift lasts after the window"), r.out());
        for (String f : List.of("baseline.csv", "shocks.csv", "baseline.png")) {
            assertTrue(Files.size(out.resolve(f)) > 100, f);
        }
        List<String> b = Files.readAllLines(out.resolve("baseline.csv"));
        assertEquals("series,quarter,baseline_p10,baseline_p50,baseline_p90,scenario_p10,scenario_p50,scenario_p90",
                b.get(0));
        for (String line : b.subList(1, b.size())) {
            String[] c = line.split(",");
            double base = Double.parseDouble(c[3]);
            double with = Double.parseDouble(c[6]);
            if (c[1].compareTo("2026Q1") < 0) {
                assertEquals(base, with, 0.0, "same seed: identical before the shocks, " + line);
            } else {
                assertTrue(with < base, "the price war lowers every median from 2026Q1: " + line);
            }
        }
        String aws2030 = b.stream().filter(l -> l.startsWith("aws,2030Q4,")).findFirst().orElseThrow();
        String[] c = aws2030.split(",");
        assertTrue(Double.parseDouble(c[6]) / Double.parseDouble(c[3]) < 0.85,
                "the 15% cut lasts and halved growth adds to it: " + aws2030);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"baseline\">Against the baseline</h2>")
                && html.contains("<img src=\"baseline.png\"") && html.contains("shaded: the shock windows"));
        assertTrue(html.contains("growth × 0.5 (slowed) from 2026Q1 to 2027Q4"), "shocks in words");
        JsonNode j = Json.MAPPER.readTree(CliRun.of("run", "price-war", "--paths", "500", "--out",
                dir.resolve("pwj").toString(), "--format", "json").out());
        assertEquals(2, j.get("baseline").get("shocks").size());
        assertTrue(j.get("baseline").get("medians").get(0).get("changePercent").asDouble() < 0);
    }
}
