package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.cli.json.BacktestReport;
import io.marketcast.cli.json.BenchmarkReport;
import io.marketcast.cli.json.CrossoverReport;
import io.marketcast.cli.json.GrowthFitReport;
import io.marketcast.cli.json.Manifest;
import io.marketcast.cli.json.ProfitReport;
import io.marketcast.cli.json.RunOutput;
import io.marketcast.cli.json.SeriesListReport;
import io.marketcast.cli.json.SeriesReport;
import io.marketcast.cli.json.ShareReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --format json} documents, one test per command family: the field names and their order are what users'
 * scripts read (spelt out here, not derived from the records), and each document parses back into its report record
 * (an unknown field fails the parse).
 */
class JsonReportsTest {

    @TempDir
    Path dir;

    private static JsonNode tree(CliRun r) throws IOException {
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out());
    }

    private static <T> T parse(CliRun r, Class<T> type) throws IOException {
        return Json.MAPPER.readValue(r.out(), type);
    }

    private static void assertFields(JsonNode node, String... names) {
        List<String> actual = new ArrayList<>();
        node.fieldNames().forEachRemaining(actual::add);
        assertEquals(List.of(names), actual, () -> "fields of " + node);
    }

    @Test
    void share() throws IOException {
        CliRun r = CliRun.of("share", "--paths", "500", "--horizon", "4", "--format", "json");
        JsonNode j = tree(r);
        assertFields(j, "asOf", "basis", "shares", "warnings");
        assertFields(j.get("shares").get(0), "series", "quarter", "mean", "median", "lower80", "upper80");
        ShareReport s = parse(r, ShareReport.class);
        assertEquals("revenue over the synergy market total", s.basis());
        Map<String, Double> sums = new TreeMap<>();
        for (ShareReport.Row row : s.shares()) {
            sums.merge(row.quarter(), row.mean(), Double::sum);
            assertTrue(row.lower80() <= row.median() && row.median() <= row.upper80(), row.toString());
        }
        assertEquals(4, sums.size(), sums.toString());
        sums.forEach((q, sum) -> assertEquals(100, sum, 1e-6, "shares are percent and sum to 100 in " + q));
    }

    @Test
    void profit() throws IOException {
        CliRun r = CliRun.of("profit", "alibaba-cloud", "--as-of", "2020Q3", "--paths", "500", "--format", "json");
        JsonNode j = tree(r);
        assertFields(j, "series", "asOf", "profitableSince", "probabilityKind", "cumulative", "median", "interval80",
                "probabilityWithinHorizon", "marginModel", "simulated", "alsoFitted", "warnings", "observations",
                "bridged", "actualFirstProfitable");
        assertFields(j.get("cumulative").get(0), "quarter", "probability");
        ProfitReport p = parse(r, ProfitReport.class);
        assertNull(p.profitableSince(), "loss-making in 2020Q3");
        assertEquals(p.cumulative().get(p.cumulative().size() - 1).probability(), p.probabilityWithinHorizon());
        assertTrue(p.probabilityWithinHorizon() >= 0 && p.probabilityWithinHorizon() <= 1, "a probability, 0..1");
        assertEquals(2, p.interval80().size());
    }

    @Test
    void crossover() throws IOException {
        CliRun r = CliRun.of("crossover", "azure", "aws", "--paths", "500", "--format", "json");
        JsonNode j = tree(r);
        assertFields(j, "challenger", "leader", "asOf", "cumulative", "median", "interval80", "estimates",
                "warnings");
        assertFields(j.get("cumulative").get(0), "quarter", "probability", "probabilityAhead");
        CrossoverReport c = parse(r, CrossoverReport.class);
        assertEquals(List.of("azure"), c.estimates(), "the Azure estimate is named");
        for (CrossoverReport.Row row : c.cumulative()) {
            assertTrue(row.probabilityAhead() <= row.probability() + 1e-12 && row.probability() <= 1, row.toString());
        }
    }

    @Test
    void fitOfASeriesAndAutoOnAFile() throws IOException {
        CliRun r = CliRun.of("fit", "aws", "--model", "logistic", "--as-of", "2020Q3", "--horizon", "2", "--format",
                "json");
        JsonNode j = tree(r);
        assertFields(j, "series", "asOf", "unit", "model", "error", "converged", "iterations", "parameters", "rss",
                "sigma", "aicc", "bic", "forecast", "n", "logLikelihood", "diagnostics");
        assertFields(j.get("parameters").get(0), "name", "estimate", "stdError");
        assertFields(j.get("forecast").get(0), "quarter", "median", "lower80", "upper80", "lower95", "upper95");
        assertEquals("aws", j.get("series").asText());
        assertEquals("USD millions", j.get("unit").asText());
        assertTrue(j.get("asOf").asText().matches("\\d{4}Q[1-4]"), j.get("asOf").asText());
        assertFalse(java.util.regex.Pattern.compile("\\d\\.\\d{7,}").matcher(j.get("forecast").toString()).find(),
                "forecast values to six significant digits: " + j.get("forecast"));
        GrowthFitReport f = parse(r, GrowthFitReport.class);
        assertEquals(List.of("K", "r", "t0"), f.parameters().stream().map(GrowthFitReport.Parameter::name).toList());
        assertEquals("2020Q4", f.forecast().get(0).quarter());

        Path csv = dir.resolve("s.csv");
        StringBuilder sb = new StringBuilder("t,y\n");
        for (int t = 1; t <= 12; t++) {
            sb.append(t).append(',').append(100 / (1 + Math.exp(-0.5 * (t - 6))) + 0.1 * Math.sin(t)).append('\n');
        }
        Files.writeString(csv, sb.toString());
        CliRun auto = CliRun.of("fit", "--csv", csv.toString(), "--x", "t", "--y", "y", "--model", "auto",
                "--horizon", "1", "--format", "json");
        JsonNode a = tree(auto);
        assertFields(a, "model", "error", "converged", "iterations", "parameters", "rss", "sigma", "aicc", "bic",
                "forecast", "n", "logLikelihood", "diagnostics", "candidates", "skipped");
        assertFields(a.get("forecast").get(0), "t", "median", "lower80", "upper80", "lower95", "upper95");
        assertFields(a.get("candidates").get(0), "model", "aicc", "deltaAicc", "usable", "diagnostics");
        GrowthFitReport fa = parse(auto, GrowthFitReport.class);
        assertEquals(13.0, fa.forecast().get(0).t());
        assertEquals(0.0, fa.candidates().get(0).deltaAicc());
    }

    @Test
    void benchmark() throws IOException {
        CliRun r = CliRun.of("benchmark", "--period", "yearly", "--methods", "naive2", "--threads", "1", "--format",
                "json");
        JsonNode j = tree(r);
        assertFields(j, "dataset", "results", "published");
        assertFields(j.get("results").get(0), "method", "period", "smape", "mase", "coverage80", "coverage95", "msis",
                "series", "failures");
        assertFields(j.get("published").get(0), "method", "period", "smape", "mase", "series");
        BenchmarkReport b = parse(r, BenchmarkReport.class);
        assertEquals(645, b.results().get(0).series());
        assertEquals(17.8799, b.results().get(0).smape(), 5e-5, "sMAPE in percent, as M3 published it");
    }

    @Test
    void backtestWithScoredAndFailedOrigins() throws IOException {
        CliRun r = CliRun.of("backtest", "google-cloud", "--methods", "snaive,theta", "--min-train", "1",
                "--horizon", "2", "--format", "json");
        JsonNode j = tree(r);
        assertFields(j, "series", "metric", "unit", "asOf", "horizon", "results");
        JsonNode m = j.get("results").get(0);
        assertFields(m, "method", "origins", "failures", "smape", "mape", "mase", "rmsse", "coverage80", "coverage95",
                "msis95", "forecasts");
        JsonNode failed = m.get("forecasts").get(0);
        assertFields(failed, "origin", "quarters", "actual", "failure");
        assertFields(m.get("forecasts").get(m.get("forecasts").size() - 1), "origin", "quarters", "actual",
                "forecast", "lower95", "upper95", "smape", "mase");
        BacktestReport b = parse(r, BacktestReport.class);
        for (BacktestReport.MethodResult mr : b.results()) {
            assertEquals(mr.failures(), mr.forecasts().stream().filter(o -> o instanceof BacktestReport.Failed)
                    .count(), mr.method());
            assertEquals(mr.origins(), mr.forecasts().size());
        }
        assertInstanceOf(BacktestReport.Scored.class, b.results().get(1).forecasts().get(b.results().get(1)
                .forecasts().size() - 1));
    }

    @Test
    void dataListAndShow() throws IOException {
        CliRun list = CliRun.of("data", "list", "--format", "json");
        JsonNode l = tree(list);
        assertFields(l, "origin", "version", "series");
        assertFields(l.get("series").get(0), "series", "label", "company", "segment", "metric", "metricLabel",
                "currency", "unit", "first", "last", "points", "reported", "restated", "estimate", "gaps", "breaks");
        SeriesListReport sl = parse(list, SeriesListReport.class);
        sl.series().forEach(e -> assertEquals(e.points(), e.reported() + e.restated() + e.estimate(), e.series()));

        CliRun show = CliRun.of("data", "show", "aws", "--as-of", "2020Q3", "--format", "json");
        JsonNode s = tree(show);
        assertFields(s, "series", "company", "segment", "metric", "currency", "unit", "asOf", "conversion", "points",
                "gaps", "breaks");
        assertFields(s.get("points").get(0), "quarter", "value", "status", "definition", "source");
        assertTrue(s.get("conversion").isNull(), "USD data is not converted");
        SeriesReport sr = parse(show, SeriesReport.class);
        assertEquals("2020Q3", sr.points().get(sr.points().size() - 1).quarter());
    }

    @Test
    void runAndItsManifest() throws IOException {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("run", "--paths", "200", "--out", out.toString(), "--format", "json");
        JsonNode j = tree(r);
        assertFields(j, "answer", "quantiles", "events", "coverage", "baseline", "warnings", "manifest", "outputs");
        assertFields(j.get("answer"), "question", "asOf", "quarters", "events", "shares");
        assertFields(j.get("answer").get("events").get(0), "kind", "event", "label", "guidance", "pBy", "median",
                "p10", "p90", "pByHorizon", "actual", "actualIncome", "actualComparable", "profitableSince", "dataEnd",
                "warning");
        assertFields(j.get("manifest"), "scenario", "scenarioFile", "scenarioSha256", "seed", "paths", "asOf",
                "horizon", "data", "dataVersion", "toolVersion", "gitCommit", "java", "threads", "wallTimeMillis",
                "fits", "correlation");
        RunOutput o = parse(r, RunOutput.class);
        assertTrue(o.outputs().contains(out.resolve("manifest.json").toString()), o.outputs().toString());
        assertEquals(j.get("manifest"), Json.MAPPER.readTree(out.resolve("manifest.json").toFile()),
                "manifest.json is the manifest printed");
        Manifest m = Json.MAPPER.readValue(out.resolve("manifest.json").toFile(), Manifest.class);
        assertEquals(200, m.paths());
        assertEquals(m.fits().size(), m.correlation().length, "one correlation row per fitted series");
    }

    @Test
    void methods() throws IOException {
        CliRun r = CliRun.of("methods", "--format", "json");
        JsonNode j = tree(r);
        assertFields(j.get(0), "name", "description", "seasonal", "minimum", "parameterUncertainty", "variants",
                "from");
        MethodsCommand.Row[] rows = parse(r, MethodsCommand.Row[].class);
        assertEquals(j.size(), rows.length);
        assertEquals("built-in", rows[0].from());
    }
}
