package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.marketcast.cli.explorer.ExplorerServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer in a real browser (headless Chromium, set up and required as in {@link ReportBrowserTest}): the page
 * opens on the seed scenario's answer, a shock edited in the page moves the answer and the shocked series' chart, a
 * non-numeric size shows the scenario reader's message, and the scenario saved from the page runs, with
 * {@code marketcast run}, to the page's numbers. Screenshots: target/explorer-screenshot.png and
 * target/explorer-error.png.
 */
class ExplorerBrowserTest {

    private static ChromeDriver driver;
    private static Path profile;
    private static Path downloads;
    private static ExplorerServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        for (Path p : List.of(ReportBrowserTest.CHROMIUM, ReportBrowserTest.CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing: the explorer's browser test needs headless Chromium. Install the Debian "
                        + "packages with: apt-get install -y chromium chromium-driver (.ci/run does this)");
            }
        }
        server = ExplorerServerTest.startSeed();
        profile = Files.createTempDirectory("marketcast-chromium-");
        downloads = Files.createTempDirectory("marketcast-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ReportBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(ReportBrowserTest.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        for (Path dir : Arrays.asList(profile, downloads)) {
            if (dir != null) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static Object js(String script) {
        return driver.executeScript(script);
    }

    /** Waits until no change is waiting to be sent, every change sent has been answered and its images have loaded. */
    private static void settled() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> (Boolean) js(
                "return typeof sent !== 'undefined' && timer === null && sent > 0 && sent === shown"
                        + " && Array.from(document.images).every(i => i.complete)"));
    }

    private static void type(String name, String text) {
        WebElement e = driver.findElement(By.name(name));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB); // one change event (clear() would send another)
    }

    private static String answer() {
        return (String) js("return document.getElementById('answer').innerText");
    }

    private static String chart(String name) {
        return (String) js("return Array.from(document.images).map(i => i.getAttribute('src'))"
                + ".find(s => s.endsWith('/" + name + ".png')) || ''");
    }

    private static byte[] get(String relative) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + relative)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return errors;
    }

    @Test
    void aShockEditedInThePageMovesTheAnswerAndTheChartAndTheSavedScenarioRunsToThePagesNumbers() throws Exception {
        driver.get(server.url());
        settled();
        String before = answer();
        assertTrue(before.contains("Will Alibaba Cloud turn its first profit"), before);
        String fan = "fan-alibaba-cloud";
        String chartBefore = chart(fan);
        assertFalse(chartBefore.isEmpty(), "the page shows Alibaba Cloud's fan chart");
        byte[] pngBefore = get(chartBefore);
        assertTrue(((String) js("return document.getElementById('baseline').innerText")).contains("No shocks"));

        driver.findElement(By.id("add-shock")).click();
        settled();
        type("shock-target-0", "alibaba-cloud");
        settled();
        type("shock-value-0", "0.3");
        settled();
        String after = answer();
        assertNotEquals(before, after, "the answer moves with the shock");
        String chartAfter = chart(fan);
        assertNotEquals(chartBefore, chartAfter);
        assertFalse(Arrays.equals(pngBefore, get(chartAfter)), "the fan chart is redrawn on the shocked paths");
        String baseline = (String) js("return document.getElementById('baseline').innerText");
        assertTrue(baseline.contains("baseline median") && baseline.contains("Alibaba Cloud"), baseline);
        assertFalse(chart("baseline").isEmpty(), "the baseline chart is shown beside the scenario");
        assertEquals(List.of(), consoleErrors(), "every edit so far was valid");
        Files.write(ReportBrowserTest.TARGET.resolve("explorer-screenshot.png"),
                driver.getScreenshotAs(OutputType.BYTES));

        type("shock-value-0", "half");
        settled();
        String error = (String) js("return document.getElementById('error').hidden ? ''"
                + " : document.getElementById('error').textContent");
        assertTrue(error.startsWith("page:") && error.contains("shocks[0].value"), error);
        assertEquals(after, answer(), "the last valid results stay (marked stale)");
        Files.write(ReportBrowserTest.TARGET.resolve("explorer-error.png"), driver.getScreenshotAs(OutputType.BYTES));
        type("shock-value-0", "0.3");
        settled();
        assertTrue((Boolean) js("return document.getElementById('error').hidden"));
        assertEquals(after, answer(), "the same scenario and seed give the same answer");

        String pageQuantiles = new String(get((String) js("return document.getElementById('quantiles')"
                + ".getAttribute('href')")), java.nio.charset.StandardCharsets.UTF_8);
        driver.findElement(By.id("save")).click();
        Path saved = downloads.resolve("seed-2020q3.yaml");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(saved));
        String yaml = Files.readString(saved);
        assertTrue(yaml.contains("target: alibaba-cloud") && yaml.contains("value: 0.3"), yaml);
        Path out = Files.createTempDirectory(downloads, "run-");
        CliRun run = CliRun.of("run", saved.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(pageQuantiles, Files.readString(out.resolve("quantiles.csv")),
                "marketcast run on the saved scenario reproduces the page's quantiles");
        String printed = run.out();
        String pageAnswer = after.lines().filter(l -> l.startsWith("Alibaba Cloud first profitable (model only)"))
                .findFirst().orElseThrow();
        for (String cell : pageAnswer.split("\t")) {
            assertTrue(printed.contains(cell.strip()), "run prints the page's answer cell '" + cell + "'\n" + printed);
        }
    }
}
