package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code cv --best} and {@code forecast --methods best-by-cv --best-from} as a user runs them. */
class BestByCvTest {

    private static final String METHODS = "ets,theta,naive,snaive";

    @TempDir
    Path dir;

    /** Four monthly series, 48 months: two seasonal with a trend, a random walk, and one season repeated exactly
     * (where the seasonal naive method cannot be beaten). */
    static String data() {
        StringBuilder sb = new StringBuilder("unique_id,ds,y\n");
        java.util.Random rnd = new java.util.Random(7);
        for (String id : List.of("shop-a", "shop-b", "walk", "flat-season")) {
            double level = 100;
            for (int t = 0; t < 48; t++) {
                double y = switch (id) {
                    case "shop-a" -> 100 + 2 * t + 15 * Math.sin(2 * Math.PI * t / 12) + ((t * 37) % 11 - 5);
                    case "shop-b" -> 50 + t + 25 * Math.cos(2 * Math.PI * t / 12) + ((t * 13) % 7 - 3);
                    case "walk" -> level += 4 * rnd.nextGaussian();
                    default -> new double[] {80, 95, 140, 60, 75, 110, 130, 55, 90, 100, 150, 70}[t % 12];
                };
                sb.append(id).append(',').append(String.format("%d-%02d", 2019 + t / 12, t % 12 + 1)).append(',')
                        .append(y).append('\n');
            }
        }
        return sb.toString();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Cells of a simple CSV (no quoted commas in these files) by header name. */
    private static List<Map<String, String>> rows(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",", -1);
        List<Map<String, String>> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < head.length; i++) {
                m.put(head[i], f[i]);
            }
            out.add(m);
        }
        return out;
    }

    /** A window's score computed here from its actuals and points, as docs/outputs.md defines the metric. */
    private static double score(String metric, List<double[]> pairs) {
        double sum = 0;
        for (double[] p : pairs) {
            double e = p[0] - p[1];
            sum += switch (metric) {
                case "mae" -> Math.abs(e);
                case "rmse" -> e * e;
                default -> 200 * Math.abs(e) / (Math.abs(p[0]) + Math.abs(p[1]));
            };
        }
        return metric.equals("rmse") ? Math.sqrt(sum / pairs.size()) : sum / pairs.size();
    }

    @ParameterizedTest(name = "--best-by {0}")
    @MethodSource("metrics")
    void eachSeriesBestMethodIsTheArgminOfItsMeanScoreInTheCvOutput(String metric) throws Exception {
        Path in = write("sales.csv", data());
        Path windows = dir.resolve("cv.csv");
        Path best = dir.resolve("best.csv");
        CliRun r = CliRun.of("cv", in.toString(), "--h", "6", "--windows", "3", "--step", "3", "--methods", METHODS,
                "--out", windows.toString(), "--best", best.toString(), "--best-by", metric);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("marketcast: best by " + metric + ": ets "), r.err());
        // series -> method -> window -> (actual, point) pairs, from the windows file alone
        Map<String, Map<String, Map<String, List<double[]>>>> cv = new LinkedHashMap<>();
        for (Map<String, String> row : rows(windows)) {
            cv.computeIfAbsent(row.get("series"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("method"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("window"), k -> new ArrayList<>())
                    .add(new double[] {Double.parseDouble(row.get("actual")), Double.parseDouble(row.get("point"))});
        }
        List<Map<String, String>> chosen = rows(best);
        assertEquals(List.of("series,method,metric,score,windows"), Files.readAllLines(best).subList(0, 1));
        assertEquals(List.copyOf(cv.keySet()), chosen.stream().map(m -> m.get("series")).toList(),
                "one row per series, in the input's order");
        Set<String> distinct = new TreeSet<>();
        for (Map<String, String> row : chosen) {
            String argmin = null;
            double min = Double.POSITIVE_INFINITY;
            for (String m : List.of(METHODS.split(","))) {
                double mean = cv.get(row.get("series")).get(m).values().stream().mapToDouble(w -> score(metric, w))
                        .average().orElseThrow();
                if (mean < min) {
                    min = mean;
                    argmin = m;
                }
            }
            assertEquals(argmin, row.get("method"), row.toString());
            assertEquals(metric, row.get("metric"));
            assertEquals(min, Double.parseDouble(row.get("score")), 1e-9 * Math.max(1, min), row.toString());
            assertEquals("3", row.get("windows"));
            distinct.add(row.get("method"));
        }
        assertTrue(distinct.size() >= 2, "the data should make different methods win: " + distinct);
    }

    static Stream<String> metrics() {
        return Stream.of("smape", "mae", "rmse");
    }

    @Test
    void forecastBestByCvForecastsEachSeriesWithItsChosenMethod() throws Exception {
        Path in = write("sales.csv", data());
        Path best = dir.resolve("best.csv");
        CliRun cv = CliRun.of("cv", in.toString(), "--h", "6", "--windows", "2", "--methods", METHODS, "--best",
                best.toString(), "--best-by", "mase");
        assertEquals(0, cv.code(), cv.err());
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Map<String, String> row : rows(best)) {
            chosen.put(row.get("series"), row.get("method"));
        }
        Path out = dir.resolve("fc.csv");
        CliRun r = CliRun.of("forecast", in.toString(), "--h", "4", "--methods", "naive,best-by-cv", "--best-from",
                best.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("marketcast: best-by-cv from " + best + ": "), r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals("series,date,method,point,lo80,hi80,lo95,hi95,chosen,note", lines.get(0));
        assertEquals(1 + 4 * 2 * 4, lines.size());
        List<Map<String, String>> rows = rows(out);
        for (String series : chosen.keySet()) {
            List<Map<String, String>> mine = rows.stream().filter(m -> m.get("series").equals(series)).toList();
            assertEquals(List.of("naive", "naive", "naive", "naive", "best-by-cv", "best-by-cv", "best-by-cv",
                    "best-by-cv"), mine.stream().map(m -> m.get("method")).toList(), "--methods order");
            CliRun alone = CliRun.of("forecast", in.toString(), "--h", "4", "--methods", chosen.get(series));
            assertEquals(0, alone.code(), alone.err());
            List<String> expected = alone.out().lines().filter(l -> l.startsWith(series + ","))
                    .map(l -> l.split(",", -1)[3]).toList();
            for (int h = 0; h < 4; h++) {
                Map<String, String> row = mine.get(4 + h);
                assertEquals(chosen.get(series), row.get("chosen"), row.toString());
                assertEquals(expected.get(h), row.get("point"), "the chosen method's own forecast: " + row);
                assertEquals("", mine.get(h).get("chosen"));
            }
        }
    }

    static Stream<Arguments> badBestFiles() {
        String good = "series,method,metric,score,windows\nshop-a,ets,smape,1,2\nshop-b,theta,smape,1,2\n"
                + "walk,naive,smape,1,2\nflat-season,snaive,smape,1,2\n";
        return Stream.of(
                Arguments.of("no such file", null, List.of(),
                        "best.csv: no such file (write it with 'marketcast cv DATA --best best.csv')"),
                Arguments.of("no method column", "series,best\nshop-a,ets\n", List.of(),
                        "best.csv:1: column 'method': missing from the header (series,best)"),
                Arguments.of("an empty method", good.replace("walk,naive", "walk,"), List.of(),
                        "best.csv:4: column 'method': empty; expected a method name"),
                Arguments.of("an unknown method", good.replace("theta", "thetaa"), List.of(),
                        "best.csv:3: column 'method': unknown method 'thetaa'"),
                Arguments.of("a series twice", good + "shop-a,naive,smape,1,2\n", List.of(),
                        "best.csv:6: column 'series': series 'shop-a' is listed twice (first on line 2)"),
                Arguments.of("a series missing", good.replace("flat-season,snaive,smape,1,2\n", ""), List.of(),
                        "best.csv: no row for series 'flat-season' of sales.csv"),
                Arguments.of("an empty file", "", List.of(), "best.csv:1: column 'header': the file is empty"),
                Arguments.of("an unclosed quote", good + "\"walk,naive\n", List.of(),
                        "best.csv:6: column '(row)': a quoted field is not closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBestFiles")
    void aBadBestFileIsOneLocatedErrorAndNothingIsWritten(String what, String content, List<String> options,
            String message) throws Exception {
        Path in = write("sales.csv", data());
        Path best = dir.resolve("best.csv");
        if (content != null) {
            Files.writeString(best, content);
        }
        Path out = dir.resolve("fc.csv");
        List<String> args = new ArrayList<>(List.of("forecast", in.toString(), "--h", "2", "--methods",
                "ets,best-by-cv", "--best-from", best.toString(), "--out", out.toString(), "--chart", "walk"));
        args.addAll(options);
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, r.code(), what + ": " + r.err());
        String err = r.err().replace(best.toString(), "best.csv").replace(in.toString(), "sales.csv");
        assertTrue(err.startsWith("marketcast: " + message), what + ":\n" + err);
        assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(content == null ? List.of("sales.csv") : List.of("best.csv", "sales.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badBestOptionsAreErrorsBeforeAnyWork() throws Exception {
        Path in = write("sales.csv", data());
        Path best = write("best.csv", "series,method\nshop-a,ets\n");
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("forecast", in.toString(), "--h", "2", "--methods", "best-by-cv"),
                "marketcast: --methods best-by-cv needs --best-from FILE");
        cases.put(List.of("forecast", in.toString(), "--h", "2", "--methods", "ets", "--best-from", best.toString()),
                "marketcast: --best-from is read only with --methods best-by-cv");
        cases.put(List.of("forecast", in.toString(), "--h", "2", "--methods", "best-by-cv,naive,best-by-cv",
                "--best-from", best.toString()), "marketcast: --methods: best-by-cv is listed twice");
        cases.put(List.of("forecast", in.toString(), "--h", "2", "--methods", "best-by-cv", "--best-from",
                dir.resolve("best.parquet").toString()), "marketcast: " + dir.resolve("best.parquet")
                + ": a best file is CSV");
        cases.put(List.of("cv", in.toString(), "--h", "2", "--best", dir.resolve("b.csv").toString(), "--best-by",
                "r2"), "marketcast: --best-by: unknown metric 'r2'; valid: mae, rmse, mape, smape, mase, msis");
        cases.put(List.of("cv", in.toString(), "--h", "2", "--best", dir.resolve("b.parquet").toString()),
                "marketcast: --best: " + dir.resolve("b.parquet") + ": the best file is CSV");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            CliRun r = CliRun.of(c.getKey().toArray(String[]::new));
            assertEquals(2, r.code(), c.getKey() + ": " + r.err());
            assertTrue(r.err().startsWith(c.getValue()), c.getKey() + ":\n" + r.err());
            assertEquals("", r.out());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("best.csv", "sales.csv"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList());
        }
    }
}
