package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report in a real browser: headless Chromium (Debian packages {@code chromium} and {@code chromium-driver},
 * installed by .ci/run) opens report.html from the output folder with no console errors, and every image loads. A
 * screenshot is saved as target/report-screenshot.png (the top of the page) and target/report-full.png.
 *
 * <p>The test fails, rather than skips, when the browser is missing: CI installs it, so a missing browser is a
 * broken set-up, not a reason to test less.
 */
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path TARGET = Path.of("target");

    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing: the report's browser test needs headless Chromium. Install the Debian "
                        + "packages with: apt-get install -y chromium chromium-driver (.ci/run does this)");
            }
        }
        profile = Files.createTempDirectory("marketcast-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> s = Files.walk(profile)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** What the browser saw: images that did not load and console messages at level SEVERE. */
    record PageCheck(int images, List<String> brokenImages, List<String> consoleErrors) {
    }

    static PageCheck open(Path html) {
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        driver.get(html.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && Array.from(document.images).every(i => i.complete)"));
        JavascriptExecutor js = driver;
        long images = (Long) js.executeScript("return document.images.length");
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js.executeScript(
                "return Array.from(document.images).filter(i => !(i.naturalWidth > 0)).map(i => i.getAttribute('src'))");
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return new PageCheck((int) images, broken, errors);
    }

    private static Path runSeed(String name) throws IOException {
        Path out = TARGET.resolve(name);
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        CliRun r = CliRun.of("run", "--paths", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void theReportOpensWithoutConsoleErrorsAndEveryImageLoads() throws IOException {
        Path out = runSeed("report-browser");
        PageCheck page = open(out.resolve("report.html"));
        assertEquals(17, page.images(), "share, profit, crossover and 14 fan charts");
        assertEquals(List.of(), page.brokenImages(), "images with naturalWidth 0");
        assertEquals(List.of(), page.consoleErrors(), "console errors");
        assertTrue(driver.getTitle().contains("seed-2020q3"), driver.getTitle());
        // the page opens with the answer: the first section, in the first screen, P by the CFO's quarters and the
        // actual first profitable quarter beside them
        assertEquals("Answer", driver.executeScript("return document.querySelector('h2').textContent"));
        long top = (Long) driver.executeScript("return Math.round(document.getElementById('answer')"
                + ".getBoundingClientRect().top)");
        long bottom = (Long) driver.executeScript("return Math.round(document.getElementById('answer')"
                + ".querySelector('table').getBoundingClientRect().bottom)");
        assertTrue(top < 300 && bottom < 1000, "the answer table is on the first screen: " + top + ".." + bottom);
        String answer = (String) driver.executeScript("return document.getElementById('answer').innerText");
        assertTrue(answer.contains("Will Alibaba Cloud turn its first profit by the fiscal year ending March 2021"),
                answer);
        assertTrue(answer.contains("P(by 2020Q4)") && answer.contains("P(by 2021Q1)"), answer);
        assertTrue(answer.lines().anyMatch(l -> l.startsWith("Alibaba Cloud first profitable (model only)")
                && l.contains("first profitable 2020Q4")), answer);
        assertTrue(answer.contains("with guidance \"profitable by 2021Q1\" (CFO, Nov 2020), weight 4"), answer);
        assertTrue(answer.contains("⚠ thin fit: rest of market"), answer);

        Files.write(TARGET.resolve("report-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height, 20_000)));
        Files.write(TARGET.resolve("report-full.png"), driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
    }

    @Test
    void aMissingChartIsCaughtAsABrokenImageAndAConsoleError() throws IOException {
        Path out = runSeed("report-browser-broken");
        Files.delete(out.resolve("share.png"));
        PageCheck page = open(out.resolve("report.html"));
        assertEquals(List.of("share.png"), page.brokenImages());
        assertTrue(page.consoleErrors().stream().anyMatch(m -> m.contains("share.png")), page.consoleErrors()
                .toString());
    }
}
