package io.marketcast.forecast.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodInfo;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/library.md compiles and does what it says: every {@code java} block is compiled against the test class path,
 * every program's {@code main} is run and what it prints is checked — the lines the page shows must be printed
 * (lines {@code ...} elide, a line ending in {@code ...} is a prefix), and the numbers must make sense — and the
 * plugin is packed into a jar, loaded by {@link MethodRegistry#withProviders(ClassLoader)} and used. A change to the
 * API or to the numbers the page quotes fails here until the page follows.
 */
class LibraryDocsTest {

    @TempDir
    static Path dir;

    static LibraryDoc doc;
    static Path programs;
    static Path jar;

    /** One check per program on the page; a program without one fails {@link #everyProgramOnThePageIsRunHere}. */
    static final Map<String, BiConsumer<String, List<String>>> CHECKS = Map.of(
            "FitAndForecast", LibraryDocsTest::checkFitAndForecast,
            "SamplePaths", LibraryDocsTest::checkSamplePaths,
            "ScenarioInCode", LibraryDocsTest::checkScenarioInCode,
            "UsePlugin", LibraryDocsTest::checkUsePlugin);

    @BeforeAll
    static void compileThePage() {
        doc = LibraryDoc.load();
        jar = doc.pluginJar(dir.resolve("plugin"));
        programs = LibraryDoc.compile(doc.programs(), dir.resolve("programs"));
    }

    @Test
    void everyProgramOnThePageIsRunHere() {
        assertFalse(doc.pluginSources().isEmpty(), "the page has a plugin");
        Set<String> onPage = new TreeSet<>();
        for (LibraryDoc.Block b : doc.programs()) {
            onPage.add(b.className());
            assertTrue(b.text().contains("public static void main(String[] args)"), b.className() + " has a main");
        }
        assertEquals(new TreeSet<>(CHECKS.keySet()), onPage, "every program on the page has a check in CHECKS");
        assertEquals(doc.java().size(), doc.programs().size() + doc.pluginSources().size());
    }

    @Test
    void fitAndForecast() {
        runAndCheck("FitAndForecast");
    }

    @Test
    void samplePaths() {
        runAndCheck("SamplePaths");
    }

    @Test
    void scenarioInCode() {
        runAndCheck("ScenarioInCode");
    }

    @Test
    void usePlugin() {
        runAndCheck("UsePlugin", jar.toString());
    }

    private static void runAndCheck(String program, String... args) {
        LibraryDoc.Block block = doc.program(program);
        String out = LibraryDoc.run(programs, program, args);
        List<String> lines = out.lines().toList();
        doc.shownOutput(block).ifPresent(shown -> assertShown(program, shown, lines));
        CHECKS.get(program).accept(out, lines);
    }

    /** Each line the page shows is printed, in order; {@code ...} elides, a trailing {@code ...} makes a prefix. */
    static void assertShown(String program, LibraryDoc.Block shown, List<String> printed) {
        int at = 0;
        List<String> want = shown.lines();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            if (w.isBlank() || w.strip().equals("...")) {
                continue;
            }
            boolean prefix = w.endsWith("...");
            String text = prefix ? w.substring(0, w.length() - 3) : w;
            int found = -1;
            for (int j = at; j < printed.size(); j++) {
                if (prefix ? printed.get(j).startsWith(text) : printed.get(j).equals(text)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                fail("docs/library.md:" + (shown.line() + i) + " shows what " + program + " prints as\n  " + w
                        + "\nbut it printed:\n" + String.join("\n", printed) + "\nUpdate the page.");
            }
            at = found + 1;
        }
    }

    // ---- what each program prints ----------------------------------------------------------------------------

    private static final Pattern STEP = Pattern.compile(
            "\\s*(\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");

    static void checkFitAndForecast(String out, List<String> lines) {
        assertTrue(lines.get(0).matches("N1572: ETS\\([AM],(N|A|Ad|M|Md),[NAM]\\) .*AICc .*"), lines.get(0));
        assertTrue(out.contains("\n  alpha ") && out.contains("\n  sigma "), "parameters alpha and sigma:\n" + out);
        List<double[]> steps = numbers(lines, STEP);
        assertEquals(18, steps.size(), "18 forecast steps:\n" + out);
        for (int h = 0; h < 18; h++) {
            double[] s = steps.get(h);
            assertEquals(h + 1, (int) s[0]);
            // point, 80% low/high, 95% low/high: nested intervals around the point
            assertTrue(s[4] <= s[2] && s[2] <= s[1] && s[1] <= s[3] && s[3] <= s[5], lines.toString());
            assertTrue(s[6] > 0, "an actual value");
        }
        Matcher m = Pattern.compile("(\\d+) of 18 actuals inside the 80% interval").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Integer.parseInt(m.group(1)) >= 9, "an 80% interval that holds at least half the actuals");
    }

    static void checkSamplePaths(String out, List<String> lines) {
        assertTrue(lines.get(0).startsWith("gompertz K="), lines.get(0));
        double[] paths = numbers(lines, Pattern.compile("2022Q3 paths: +p10 +(\\d+) +p50 +(\\d+) +p90 +(\\d+)"))
                .get(0);
        double[] analytic = numbers(lines, Pattern.compile(
                "2022Q3 forecast: +p10 +(\\d+) +p50 +(\\d+) +p90 +(\\d+)")).get(0);
        for (int i = 0; i < 3; i++) {
            // 20,000 paths: the Monte Carlo error of these quantiles is about 0.1%; 1% is a generous bound
            assertEquals(analytic[i], paths[i], 0.01 * analytic[i], "paths reproduce the forecast: " + out);
        }
        double[] year = numbers(lines, Pattern.compile(
                "2021 revenue: +p10 +(\\d+) +p50 +(\\d+) +p90 +(\\d+) +actual +(\\d+) \\(P\\(below actual\\) ="
                + " ([0-9.]+)\\)")).get(0);
        assertTrue(year[0] < year[1] && year[1] < year[2], out);
        double actual2021 = Quarter.range(Quarter.parse("2021Q1"), Quarter.parse("2021Q4")).stream()
                .mapToDouble(q -> Dataset.embedded().revenue("aws").valueAt(q).orElseThrow()).sum();
        assertEquals(Math.round(actual2021), year[3], 0.0);
        assertTrue(year[4] >= 0 && year[4] <= 1, "a probability");
        assertTrue(year[2] > 3 * paths[2], "a year is about four quarters");
    }

    static void checkScenarioInCode(String out, List<String> lines) {
        for (String label : List.of("AWS", "Azure \\(estimate\\)", "Google Cloud", "Alibaba Cloud")) {
            double[] q = numbers(lines, Pattern.compile("  " + label + " +(\\d+) +(\\d+) +(\\d+) .*")).get(0);
            assertTrue(q[0] < q[1] && q[1] < q[2], label + ": p10 < median < p90 in " + out);
        }
        double[] share = numbers(lines, Pattern.compile(
                "Alibaba Cloud share in 2025Q4: median ([0-9.]+)% \\(80% interval ([0-9.]+)-([0-9.]+)%\\)")).get(0);
        assertTrue(0 < share[1] && share[1] < share[0] && share[0] < share[2] && share[2] < 100, out);
        double p = numbers(lines, Pattern.compile("P\\(Alibaba Cloud profitable by 2021Q1\\) = ([0-9.]+)")).get(0)[0];
        assertTrue(p >= 0 && p <= 1, "a probability: " + p);
        assertTrue(lines.stream().anyMatch(l -> l.matches("median first profitable quarter: (\\d{4}Q[1-4]|not"
                + " within the horizon)")), out);
        assertTrue(out.contains("what happened: first profit in 2020Q4"), "Alibaba Cloud's first profit:\n" + out);
        double reach = numbers(lines, Pattern.compile(
                "P\\(Alibaba Cloud has reached Google Cloud by 2025Q4\\) = ([0-9.]+)")).get(0)[0];
        assertTrue(reach >= 0 && reach <= 1, "a probability: " + reach);
        for (String id : List.of("aws", "azure", "google-cloud", "alibaba-cloud", "others")) {
            assertTrue(out.contains("\n  " + id + ": "), "the fit of " + id + ":\n" + out);
        }
    }

    static void checkUsePlugin(String out, List<String> lines) {
        assertEquals("median-growth: plugin com.example.forecast.ExampleMethods", lines.get(0));
        assertTrue(lines.get(1).startsWith("median-growth: drift "), lines.get(1));
        List<double[]> rows = numbers(lines, Pattern.compile("  (\\d{4})Q\\d +(\\d+) +80%: +(\\d+) +(\\d+)"));
        assertEquals(4, rows.size(), out);
        for (double[] r : rows) {
            assertTrue(r[2] < r[1] && r[1] < r[3], "the point inside its 80% interval: " + out);
        }
        double[] cmp = numbers(lines, Pattern.compile(
                "scenario median of aws in 2021Q3: (\\d+) \\(the forecast's point: (\\d+)\\)")).get(0);
        // 20,000 paths: the median's Monte Carlo error is well under 1% of it
        assertEquals(cmp[1], cmp[0], 0.01 * cmp[1], out);
        assertTrue(out.contains("  aws: median-growth on ") && out.contains("  google-cloud: median-growth:2 on "),
                out);
    }

    /** The groups of the first match of {@code p} on each line that matches it entirely. */
    static List<double[]> numbers(List<String> lines, Pattern p) {
        List<double[]> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = p.matcher(l);
            if (m.matches()) {
                double[] v = new double[m.groupCount()];
                for (int g = 0; g < v.length; g++) {
                    v[g] = Double.parseDouble(m.group(g + 1));
                }
                out.add(v);
            }
        }
        if (out.isEmpty()) {
            fail("no line matches " + p + " in:\n" + String.join("\n", lines));
        }
        return out;
    }

    // ---- the plugin, as a jar -----------------------------------------------------------------------------------

    @Test
    void thePluginJarHoldsItsClassesAndServiceFileAndNothingOfMarketcast() throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            List<String> names = j.stream().map(e -> e.getName()).toList();
            assertTrue(names.contains(LibraryDoc.SERVICES), names.toString());
            assertTrue(names.contains("com/example/forecast/MedianGrowth.class"), names.toString());
            assertTrue(names.contains("com/example/forecast/ExampleMethods.class"), names.toString());
            assertTrue(names.stream().noneMatch(n -> n.startsWith("io/marketcast/")), names.toString());
        }
        assertEquals("com.example.forecast.ExampleMethods", doc.serviceFile().text().strip());
    }

    @Test
    void theRegistryLoadsThePluginFromItsJarAndItForecasts() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                getClass().getClassLoader())) {
            MethodRegistry registry = MethodRegistry.withProviders(loader);
            assertTrue(registry.names().contains("median-growth"), registry.names().toString());
            assertEquals("plugin com.example.forecast.ExampleMethods", registry.origin("median-growth"));
            MethodInfo info = registry.infos().stream().filter(i -> i.name().equals("median-growth")).findFirst()
                    .orElseThrow();
            assertEquals(MethodInfo.Seasonality.NONE, info.seasonality());
            assertFalse(info.parameterUncertainty(), "the example says its intervals leave out estimation error");
            assertTrue(info.arguments().startsWith("median-growth:K"), info.arguments());

            double[] y = Dataset.embedded().revenue("aws").comparableStretch(Quarter.parse("2020Q3")).values();
            Method m = registry.get("median-growth");
            assertEquals("median-growth", m.name());
            Fitted fit = m.fit(y, 4);
            Forecast f = fit.forecast(18, 0.8, 0.95);
            assertEquals(18, f.horizon());
            assertEquals("median-growth", f.method());
            double last = y[y.length - 1];
            double drift = fit.parameters().get(0).estimate();
            assertEquals("drift", fit.parameters().get(0).name());
            for (int h = 0; h < 18; h++) {
                assertEquals(last * Math.exp((h + 1) * drift), f.mean()[h], 1e-9 * f.mean()[h], "step " + (h + 1));
                assertTrue(f.lower(0.95)[h] < f.lower(0.8)[h] && f.upper(0.8)[h] < f.upper(0.95)[h]);
            }
            // the drift is the median of the last four quarter-on-quarter log changes
            double[] g = new double[4];
            for (int i = 0; i < 4; i++) {
                g[i] = Math.log(y[y.length - 4 + i] / y[y.length - 5 + i]);
            }
            java.util.Arrays.sort(g);
            assertEquals((g[1] + g[2]) / 2, drift, 1e-12);

            assertEquals("median-growth:6", registry.get("median-growth:6").name());
            assertEquals(1, registry.parseList("median-growth:6,theta").stream()
                    .filter(x -> x.name().startsWith("median-growth")).count());
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> registry.get("median-growth:six"));
            assertTrue(bad.getMessage().contains("whole number"), bad.getMessage());
            InsufficientDataException shortHistory = assertThrows(InsufficientDataException.class,
                    () -> m.fit(new double[] {1, 2, 3, 4, 5, 6}, 4));
            assertTrue(shortHistory.getMessage().contains("at least 7"), shortHistory.getMessage());
            InsufficientDataException zero = assertThrows(InsufficientDataException.class,
                    () -> m.fit(new double[] {1, 2, 3, 0, 5, 6, 7, 8}, 4));
            assertTrue(zero.getMessage().contains("positive"), zero.getMessage());
            // the standard registry of the test class path does not have it: the jar is what brings it
            assertFalse(Methods.names().contains("median-growth"));
        }
    }

    @Test
    void theMavenSnippetsNameTheVersionThisBuildInstalls() {
        String version = System.getProperty("marketcast.version");
        assertTrue(version != null && !version.isBlank(), "forecast/pom.xml passes marketcast.version to tests");
        Pattern coordinates = Pattern.compile(
                "<groupId>io\\.marketcast</groupId>\\s*<artifactId>([\\w-]+)</artifactId>\\s*<version>([^<]+)"
                + "</version>");
        int found = 0;
        for (LibraryDoc.Block b : doc.blocks("xml")) {
            Matcher m = coordinates.matcher(b.text());
            while (m.find()) {
                assertTrue(List.of("marketcast-model", "marketcast-forecast").contains(m.group(1)), m.group(1));
                assertEquals(version, m.group(2), "docs/library.md:" + b.line() + ": " + m.group(1));
                found++;
            }
        }
        assertEquals(3, found, "the library's two coordinates and the plugin's dependency");
        assertTrue(doc.blocks("sh").stream().anyMatch(b -> b.text().contains("./mvnw -B -q install -DskipTests")));
    }
}
