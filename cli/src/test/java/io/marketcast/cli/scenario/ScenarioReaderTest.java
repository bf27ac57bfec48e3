package io.marketcast.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.cli.RunCommand;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {

    private static final Dataset DATA = Dataset.embedded();

    private static final String BASE = """
            name: t
            as_of: 2020Q3
            horizon: 2025Q4
            series:
              - id: aws
              - id: alibaba-cloud
            """;

    @Test
    void defaultsAreFilledIn() {
        Scenario sc = ScenarioReader.read("t.yaml", BASE, DATA);
        assertEquals(Quarter.parse("2020Q3"), sc.asOf());
        assertEquals(Quarter.parse("2025Q4"), sc.end());
        assertEquals("USD", sc.currency());
        assertEquals("gompertz-or-drift8", sc.series().get(0).method(), "the scenario default has its own name");
        assertEquals("Alibaba Cloud", sc.series().get(1).label());
        assertEquals(Scenario.DEFAULT_PATHS, sc.paths());
        assertEquals(Scenario.DEFAULT_SEED, sc.seed());
        assertEquals(new Scenario.Estimated(), sc.correlation());
        assertEquals("out/t", sc.outputs().directory());
        assertEquals(java.util.List.of(Quarter.parse("2021Q4"), Quarter.parse("2025Q4")), sc.reportQuarters());
    }

    @Test
    void horizonAsQuarterCount() {
        Scenario sc = ScenarioReader.read("t.yaml", BASE.replace("horizon: 2025Q4", "horizon: 8"), DATA);
        assertEquals(Quarter.parse("2022Q3"), sc.end());
    }

    @Test
    void shocksAreRead() {
        Scenario sc = ScenarioReader.read("t.yaml", BASE + """
                shocks:
                  - {target: aws, from: 2021Q1, to: 2021Q4, kind: growth_multiplier, value: 0.5}
                  - {target: market, from: 2022Q1, kind: level_multiplier, value: 0.9}
                """, DATA);
        assertEquals(ShockKind.GROWTH_MULTIPLIER, sc.shocks().get(0).kind());
        assertEquals(Quarter.parse("2025Q4"), sc.shocks().get(1).to(), "to defaults to the horizon end");
        assertFalse(sc.shocks().get(1).temporary(), "a level shock lasts after its window unless declared temporary");
        Scenario t = ScenarioReader.read("t.yaml", BASE + """
                shocks:
                  - {target: aws, from: 2021Q1, to: 2021Q4, kind: level_multiplier, value: 0.85, temporary: true, decay: 2}
                """, DATA);
        assertTrue(t.shocks().get(0).temporary());
        assertEquals(2.0, t.shocks().get(0).decay());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key with suggestion|seeed: 1|7|1|seeed|unknown key (did you mean 'seed'?)",
        "unknown nested key|series:\\n  - id: aws\\n    methd: auto|6|5|series[0].methd|unknown key (did you mean 'method'?)",
        "wrong type|paths: many|7|8|paths|'many' is not a whole number",
        "bad quarter in shock|shocks:\\n  - {target: aws, from: 2021Q5, kind: level_multiplier, value: 1}|8|25|shocks[0].from|'2021Q5' is not a quarter",
        "unknown series|series:\\n  - id: awz|5|9|series[0].id|unknown series 'awz' (did you mean aws?)",
        "unknown method|series:\\n  - id: aws\\n    method: prophet|6|13|series[0].method|unknown method 'prophet'",
        "unknown shock kind|shocks:\\n  - {target: aws, from: 2021Q1, kind: boom, value: 1}|8|39|shocks[0].kind|unknown shock kind 'boom'",
        "negative multiplier|shocks:\\n  - {target: aws, from: 2021Q1, kind: level_multiplier, value: -1}|8|64|shocks[0].value|level_multiplier must be >= 0",
        "temporary growth shock|shocks:\\n  - {target: aws, from: 2021Q1, kind: growth_multiplier, value: 0.5, temporary: true}|8|81|shocks[0].temporary|temporary applies to level_multiplier only",
        "decay without temporary|shocks:\\n  - {target: aws, from: 2021Q1, kind: level_multiplier, value: 0.9, decay: 2}|8|76|shocks[0].decay|decay is the half-life of a temporary level shock's return; add temporary: true",
        "guidance on a unit without profitability|guidance:\\n  - {series: aws, profitable_by: 2021Q1, weight: 2}|8|14|guidance[0].series|guidance on 'aws' needs it in analyses.profitability (which is empty)",
        "guidance before the forecast|analyses:\\n  profitability: [alibaba-cloud]\\nguidance:\\n  - {series: alibaba-cloud, profitable_by: 2019Q1, weight: 2}|10|44|guidance[0].profitable_by|2019Q1 is outside the forecast, 2020Q4..2025Q4",
        "guidance weight 0|guidance:\\n  - {series: alibaba-cloud, profitable_by: 2021Q1, weight: 0}|8|60|guidance[0].weight|a guidance weight is a positive likelihood ratio",
        "guidance unknown key|guidance:\\n  - {series: alibaba-cloud, profitable_by: 2021Q1, wieght: 2}|8|52|guidance[0].wieght|unknown key (did you mean 'weight'?)",
        "answer quarter beyond the horizon|answer_quarters: [2021Q1, 2030Q1]|7|27|answer_quarters[1]|2030Q1 is outside the forecast, 2020Q4..2025Q4",
        "shock before as_of|shocks:\\n  - {target: aws, from: 2020Q1, kind: level_multiplier, value: 1}|8|25|shocks[0].from|a shock must start after as_of 2020Q3",
        "crossover with unknown series|analyses:\\n  crossover:\\n    - [aws, azure]|9|13|analyses.crossover[0][1]|crossover series 'azure' is not one of the scenario's series",
        "profitability of a unit without income|analyses:\\n  profitability: [aws, alibaba-cloud, azure]|8|39|analyses.profitability[2]|profitability of 'azure': not one of the scenario's series",
        "correlation out of range|correlation: 1.5|7|14|correlation|an equal correlation must be in [0, 1)",
    })
    void problemsNameFileLineColumnAndKey(String name, String extra, int line, int column, String key,
            String message) {
        String text = extra.startsWith("series:") ? BASE.substring(0, BASE.indexOf("series:")) + extra.replace("\\n", "\n")
                + "\n" : BASE + extra.replace("\\n", "\n") + "\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read("s.yaml", text, DATA),
                name);
        String expected = "s.yaml:" + line + ":" + column + ": key '" + key + "': " + message;
        assertTrue(e.getMessage().startsWith(expected), "expected " + expected + "\n     got " + e.getMessage());
    }

    @Test
    void asOfBeyondTheDataAndEmptyHorizons() {
        var beyond = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read("s.yaml", BASE.replace("2020Q3", "2031Q1"), DATA));
        assertTrue(beyond.getMessage().startsWith("s.yaml:2:8: key 'as_of': as_of 2031Q1 is beyond the data, "
                + "which ends at 2025Q4"), beyond.getMessage());
        var empty = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read("s.yaml", BASE.replace("horizon: 2025Q4", "horizon: 2020Q3"), DATA));
        assertTrue(empty.getMessage().contains("the horizon is empty"), empty.getMessage());
        var zero = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read("s.yaml", BASE.replace("horizon: 2025Q4", "horizon: 0"), DATA));
        assertTrue(zero.getMessage().contains("the horizon is empty: 0 quarters"), zero.getMessage());
    }

    @Test
    void missingKeysMalformedYamlAndDuplicates() {
        var missing = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read("s.yaml", BASE.replace("as_of: 2020Q3\n", ""), DATA));
        assertEquals("s.yaml:1:1: key 'as_of': is required but missing", missing.getMessage());
        var malformed = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read("s.yaml", "name: [unclosed\nas_of: 2020Q3\n", DATA));
        assertTrue(malformed.getMessage().startsWith("s.yaml:"), malformed.getMessage());
        assertTrue(malformed.getMessage().contains("not valid YAML"), malformed.getMessage());
        var dup = assertThrows(ScenarioException.class,
                () -> ScenarioReader.read("s.yaml", BASE + "name: again\n", DATA));
        assertTrue(dup.getMessage().contains("key 'name': appears twice"), dup.getMessage());
    }

    @Test
    void everyShippedScenarioIsValid() {
        for (String name : RunCommand.SHIPPED) {
            Scenario sc = ScenarioReader.read(name, RunCommand.shipped(name), DATA);
            assertEquals(name, sc.name());
        }
    }
}
