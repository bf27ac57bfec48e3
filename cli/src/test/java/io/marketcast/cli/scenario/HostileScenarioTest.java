package io.marketcast.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.model.DataSources;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile scenario files (issue 17): each is refused before any work with one line naming file, line, column and
 * key, instead of being silently expanded, running into an internal error or producing nonsense.
 */
class HostileScenarioTest {

    private static final Dataset DATA = Dataset.embedded();

    private static final String BASE = """
            name: t
            as_of: 2020Q3
            horizon: 8
            series:
              - id: aws
              - id: alibaba-cloud
            """;

    @TempDir
    Path dir;

    private static ScenarioException refused(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read("t.yaml", yaml, DATA));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e;
    }

    @Test
    void yamlAnchorsAndAliasesAreRefusedWhereTheyStand() {
        ScenarioException e = refused(BASE.replace("name: t", "name: &dir t") + "outputs: {directory: *dir}\n");
        assertEquals("t.yaml:7:22: key 'outputs.directory': YAML aliases (*dir) are not supported in scenarios; write"
                + " the value out in full", e.getMessage());
        e = refused(BASE + "shocks:\n  - &s {target: aws, from: 2021Q1, kind: level_multiplier, value: 0.9}\n"
                + "  - *s\n");
        assertTrue(e.getMessage().startsWith("t.yaml:8:5: key 'shocks[0]': YAML anchors (&s)"), e.getMessage());
    }

    @Test
    void aVeryLongScalarOrDeepNestingIsRefusedWithTheLimit() {
        String longText = BASE + "description: \"" + "a".repeat(Yaml.MAX_CHARS) + "\"\n";
        ScenarioException e = refused(longText);
        assertEquals("t.yaml: is " + longText.length() + " characters long; the longest scenario read is "
                + Yaml.MAX_CHARS, e.getMessage());
        String deep = BASE + "description: " + "[".repeat(200) + "]".repeat(200) + "\n";
        e = refused(deep);
        assertTrue(e.getMessage().startsWith("t.yaml:7:"), e.getMessage());
        // a long description below the limit is read
        Scenario sc = ScenarioReader.read("t.yaml", BASE + "description: \"" + "b".repeat(200_000) + "\"\n", DATA);
        assertEquals(200_000, sc.description().length());
    }

    @Test
    void nanAndInfinityInShocksAndCorrelationAreLocated() {
        ScenarioException e = refused(BASE + "shocks:\n  - {target: aws, from: 2021Q1, kind: growth_multiplier,"
                + " value: .nan}\n");
        assertEquals("t.yaml:8:65: key 'shocks[0].value': '.nan' is not a finite number", e.getMessage());
        e = refused(BASE + "correlation: [[1, .inf], [-.inf, 1]]\n");
        assertEquals("t.yaml:7:19: key 'correlation[0][1]': '.inf' is not a finite number", e.getMessage());
    }

    @Test
    void shockSizesThatWouldZeroOrOverflowThePathsAreRefusedWithTheirBounds() {
        ScenarioException e = refused(BASE + "shocks:\n  - {target: market, from: 2021Q1, kind: level_multiplier,"
                + " value: 0}\n");
        assertTrue(e.getMessage().startsWith("t.yaml:8:67: key 'shocks[0].value': a level_multiplier of 0 on the"
                + " market sets every series to zero"), e.getMessage());
        e = refused(BASE + "shocks:\n  - {target: aws, from: 2021Q1, kind: growth_multiplier, value: 1e300}\n");
        assertTrue(e.getMessage().contains("key 'shocks[0].value': growth_multiplier must be at most 100"),
                e.getMessage());
        e = refused(BASE + "shocks:\n  - {target: aws, from: 2021Q1, kind: growth_add_pp, value: -150}\n");
        assertTrue(e.getMessage().contains("key 'shocks[0].value': growth_add_pp must be in -100..1000 percentage"
                + " points (below -100 no growth is left"), e.getMessage());
        // 0 on one series (an exit) stays allowed
        ScenarioReader.read("t.yaml", BASE + "shocks:\n  - {target: aws, from: 2021Q1, kind: level_multiplier,"
                + " value: 0}\n", DATA);
    }

    @Test
    void aFixedCapacityBelowTheObservedDataIsRefused() {
        ScenarioException e = refused(BASE.replace("  - id: aws\n", "  - {id: aws, method: gompertz, capacity: 5000}\n"));
        assertTrue(e.getMessage().startsWith("t.yaml:5:43: key 'series[0].capacity': capacity 5000.0 is not above the"
                + " largest value already observed, 11601.0"), e.getMessage());
    }

    @Test
    void aHorizonPastTheLastQuarterIsLocatedAndTheDefaultReportQuartersStayInside() {
        assertEquals(List.of(Quarter.parse("2999Q4")), Scenario.defaultReportQuarters(Quarter.parse("2999Q2"),
                Quarter.parse("2999Q4")));
    }

    @Test
    void aZeroRevenueInTheFittedHistoryIsNamedBeforeTheRun() throws Exception {
        Path seg = dir.resolve("segments.csv");
        StringBuilder sb = new StringBuilder("company,segment,calendar_quarter,currency,revenue_millions\n");
        for (int i = 0; i < 12; i++) {
            Quarter q = Quarter.parse("2018Q1").plus(i);
            sb.append("Acme,Cars,").append(q).append(",EUR,").append(i == 9 ? "0" : String.valueOf(100 + 10 * i))
                    .append('\n');
        }
        Files.writeString(seg, sb.toString());
        Dataset own = Dataset.load(DataSources.only(seg));
        String slug = own.series().stream().filter(s -> s.company().equals("Acme")).findFirst().orElseThrow().slug();
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read("t.yaml",
                "name: t\nas_of: 2020Q4\nhorizon: 4\nseries: [" + slug + "]\n", own));
        assertEquals("t.yaml:4:10: key 'series[0].id': series " + slug + " has a revenue of 0.0 in 2020Q2; revenue"
                + " paths are simulated in logs and need every value of the history they are fitted to (the comparable"
                + " stretch to 2020Q4) to be positive", e.getMessage());
    }
}
