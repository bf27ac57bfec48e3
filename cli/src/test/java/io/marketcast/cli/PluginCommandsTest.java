package io.marketcast.cli;

import io.marketcast.cli.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.forecast.docs.LibraryDoc;
import io.marketcast.model.Quarter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's method, built into a jar, works in every command that takes a method name once the jar's folder is given
 * with {@code --plugins}. The plugin is the one of docs/library.md, compiled and packed here the way the page says
 * ({@link LibraryDoc}); the commands and the scenario file of the page are run as written.
 */
class PluginCommandsTest {

    static final String PLUGIN = "median-growth";
    static final String PROVIDER = "com.example.forecast.ExampleMethods";

    @TempDir
    static Path dir;

    static LibraryDoc doc;
    static Path plugins;

    @BeforeAll
    static void buildThePluginJar() {
        doc = LibraryDoc.load();
        plugins = doc.pluginJar(dir.resolve("build")).getParent();
    }

    @Test
    void methodsListsThePluginWithWhereItComesFrom() throws Exception {
        CliRun r = CliRun.of("methods", "--plugins", plugins.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode row = null;
        for (JsonNode n : Json.MAPPER.readTree(r.out())) {
            if (n.get("name").asText().equals(PLUGIN)) {
                row = n;
            }
        }
        assertTrue(row != null, r.out());
        assertEquals(PROVIDER, row.get("from").asText());
        assertEquals("K + 3 positive", row.get("minimum").asText());
        assertFalse(row.get("parameterUncertainty").asBoolean());
        assertTrue(row.get("variants").asText().startsWith("median-growth:K"), row.toString());

        CliRun table = CliRun.of("methods", "--plugins", plugins.toString());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith(PLUGIN + " ") && l.contains("[plugin " + PROVIDER
                + "]")), table.out());
        assertFalse(CliRun.of("methods").out().contains(PLUGIN + " "), "only --plugins brings it");
    }

    @Test
    void benchmarkScoresThePluginOnEveryYearlySeriesOfM3() throws Exception {
        CliRun r = CliRun.of("benchmark", "--plugins", plugins.toString(), "--methods", PLUGIN + ",theta",
                "--period", "yearly", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode results = Json.MAPPER.readTree(r.out()).get("results");
        List<String> methods = new ArrayList<>();
        for (JsonNode row : results) {
            if (!row.get("period").asText().equals("YEARLY")) {
                continue;
            }
            methods.add(row.get("method").asText());
            assertEquals(645, row.get("series").asInt(), row.toString());
            // every yearly series has at least 14 values, twice what median-growth needs: no refusals
            assertEquals(0, row.get("failures").asInt(), row.toString());
            double smape = row.get("smape").asDouble();
            assertTrue(smape > 0 && smape < 200, row.toString());
        }
        assertEquals(List.of(PLUGIN, "theta"), methods);
    }

    @Test
    void backtestRunsThePluginBesideNaiveAndCountsItsRefusals() throws Exception {
        CliRun r = CliRun.of("backtest", "aws", "--plugins", plugins.toString(), "--methods",
                PLUGIN + "," + PLUGIN + ":8,naive", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode results = Json.MAPPER.readTree(r.out()).get("results");
        assertEquals(3, results.size());
        JsonNode plugin = results.get(0);
        JsonNode wide = results.get(1);
        JsonNode naive = results.get(2);
        assertEquals(PLUGIN, plugin.get("method").asText());
        assertEquals(PLUGIN + ":8", wide.get("method").asText());
        assertEquals("naive", naive.get("method").asText());
        int origins = naive.get("origins").asInt();
        assertTrue(origins > 10, "origins: " + origins);
        assertEquals(origins, plugin.get("origins").asInt());
        // an origin where nothing usable was known yet fails for every method; the plugin refuses nothing else
        assertEquals(naive.get("failures").asInt(), plugin.get("failures").asInt(), plugin.toString());
        // median-growth:8 needs 11 values: the origins with fewer are refusals, scored as the naive forecast and
        // counted, each with the plugin's own message
        List<String> refusals = new ArrayList<>();
        for (JsonNode o : wide.get("forecasts")) {
            if (o.has("failure") && o.get("failure").asText().startsWith(PLUGIN + ":8 needs at least 11 values")) {
                refusals.add(o.get("failure").asText());
            }
        }
        assertFalse(refusals.isEmpty(), wide.toString());
        assertEquals(naive.get("failures").asInt() + refusals.size(), wide.get("failures").asInt(), refusals
                .toString());
        assertTrue(plugin.get("smape").asDouble() < naive.get("smape").asDouble(),
                "growth beats no growth on AWS: " + plugin.get("smape") + " vs " + naive.get("smape"));
    }

    @Test
    void forecastAndCvRunThePluginOnAPanelAndNoteItsRefusals(@TempDir Path work) throws Exception {
        StringBuilder csv = new StringBuilder("unique_id,ds,y\n");
        for (int t = 0; t < 20; t++) {
            csv.append("grows,").append(2000 + t).append(',').append(100 * Math.pow(1.05, t) + t % 3).append('\n');
        }
        csv.append("short,2018,5\nshort,2019,6\nshort,2020,7\n");
        Path file = work.resolve("panel.csv");
        Files.writeString(file, csv);
        CliRun f = CliRun.of("forecast", file.toString(), "--h", "2", "--plugins", plugins.toString(), "--methods",
                PLUGIN + ",naive");
        assertEquals(0, f.code(), f.err());
        assertTrue(f.out().lines().anyMatch(l -> l.startsWith("grows,2020," + PLUGIN + ",") && l.endsWith(",")),
                f.out());
        assertTrue(f.out().lines().anyMatch(l -> l.startsWith("short,2021," + PLUGIN + ",7,")
                && l.contains("naive fallback: " + PLUGIN + " needs at least 7 values")), f.out());
        CliRun cv = CliRun.of("cv", file.toString(), "--h", "2", "--windows", "2", "--plugins", plugins.toString(),
                "--methods", PLUGIN + ",naive");
        assertEquals(0, cv.code(), cv.err());
        assertTrue(cv.out().lines().anyMatch(l -> l.startsWith(PLUGIN + " ")), cv.out());
    }

    @Test
    void aScenarioFileUsesThePluginForOneSeries(@TempDir Path work) throws Exception {
        Path file = work.resolve("my-scenario.yaml");
        Files.writeString(file, scenarioOfThePage());
        Path out = work.resolve("out");
        CliRun r = CliRun.of("run", file.toString(), "--plugins", plugins.toString(), "--paths", "2000", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> q = Files.readAllLines(out.resolve("quantiles.csv"));
        List<String> aws = q.stream().filter(l -> l.startsWith("aws,")).toList();
        assertEquals(Quarter.range(Quarter.parse("2020Q4"), Quarter.parse("2022Q4")).size(), aws.size());
        for (String line : aws) {
            String[] c = line.split(",");
            double p5 = Double.parseDouble(c[3]);
            double p50 = Double.parseDouble(c[6]);
            double p95 = Double.parseDouble(c[9]);
            assertTrue(0 < p5 && p5 < p50 && p50 < p95, line);
        }
        JsonNode manifest = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertTrue(manifest.toString().contains("median-growth on 2014Q1..2020Q3"), manifest.toString());
        assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains("method: median-growth"));
        assertTrue(r.out().contains("AWS: median-growth on "), r.out());

        CliRun without = CliRun.of("run", file.toString(), "--paths", "2000", "--out", work.resolve("x").toString());
        assertEquals(2, without.code());
        assertTrue(without.err().contains("my-scenario.yaml:6:13: key 'series[0].method': unknown method"
                + " 'median-growth'"), without.err());
        assertFalse(Files.exists(work.resolve("x")), "nothing written");
    }

    /**
     * The {@code bin/marketcast} lines of docs/library.md run as written — {@code plugins} is the folder of the jar,
     * {@code my-scenario.yaml} the page's scenario — with {@code --format json} added to read the results (and
     * {@code --out}, {@code --paths 2000} for {@code run}). The page's claim about the example's accuracy holds.
     */
    @Test
    void theCommandsOfThePageRun(@TempDir Path work) throws Exception {
        Path scenario = work.resolve("my-scenario.yaml");
        Files.writeString(scenario, scenarioOfThePage());
        List<List<String>> commands = new ArrayList<>();
        for (LibraryDoc.Block b : doc.blocks("sh")) {
            for (String line : b.lines()) {
                String command = line.replaceAll("#.*", "").strip();
                if (command.startsWith("bin/marketcast ") && command.contains("--plugins")) {
                    commands.add(new ArrayList<>(Arrays.asList(command.substring("bin/marketcast ".length())
                            .split("\\s+"))));
                }
            }
        }
        assertEquals(List.of("methods", "benchmark", "backtest", "run"), commands.stream().map(c -> c.get(0))
                .toList(), "the page shows these commands");
        for (List<String> args : commands) {
            args.replaceAll(a -> a.equals("plugins") ? plugins.toString()
                    : a.equals("my-scenario.yaml") ? scenario.toString() : a);
            args.addAll(List.of("--format", "json"));
            if (args.get(0).equals("run")) {
                args.addAll(List.of("--paths", "2000", "--out", work.resolve("out").toString()));
            }
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.code(), args + ": " + r.err());
            if (args.get(0).equals("benchmark")) {
                JsonNode j = Json.MAPPER.readTree(r.out());
                double ours = smape(j.get("results"), PLUGIN);
                assertTrue(ours > smape(j.get("results"), "theta") && ours > smape(j.get("results"), "ets")
                        && ours > smape(j.get("published"), "NAIVE2"), "the page says the example is behind theta,"
                        + " ets and NAIVE2 on M3 quarterly: " + r.out());
            }
            if (args.get(0).equals("backtest")) {
                JsonNode results = Json.MAPPER.readTree(r.out()).get("results");
                assertEquals(PLUGIN, results.get(0).get("method").asText());
                assertEquals("theta", results.get(3).get("method").asText());
                assertTrue(results.get(0).get("smape").asDouble() < results.get(3).get("smape").asDouble(),
                        "the page says the example backtests better than theta on AWS: " + r.out());
            }
        }
    }

    private static double smape(JsonNode rows, String method) {
        for (JsonNode row : rows) {
            if (row.get("method").asText().equals(method) && row.get("period").asText().equals("QUARTERLY")) {
                return row.get("smape").asDouble();
            }
        }
        throw new AssertionError("no quarterly row for " + method + " in " + rows);
    }

    /** The page's scenario file (the {@code yaml} block that uses the plugin). */
    private static String scenarioOfThePage() {
        List<LibraryDoc.Block> yaml = doc.blocks("yaml").stream().filter(b -> b.text().contains(PLUGIN)).toList();
        assertEquals(1, yaml.size(), "one scenario file on the page");
        assertTrue(yaml.get(0).text().startsWith("name: my-scenario\n"), yaml.get(0).text());
        return yaml.get(0).text();
    }
}
