package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketcast.forecast.registry.Methods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodsCommandTest {

    @Test
    void listsEveryRegisteredNameWithWhatItIsAndItsNeeds() throws Exception {
        CliRun r = CliRun.of("methods", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode rows = Json.MAPPER.readTree(r.out());
        List<String> names = new ArrayList<>();
        for (JsonNode row : rows) {
            names.add(row.get("name").asText());
            assertTrue(!row.get("description").asText().isBlank() && !row.get("minimum").asText().isBlank(),
                    row.toString());
            assertTrue(row.has("seasonal") && row.has("parameterUncertainty") && row.has("variants"));
        }
        assertEquals(Methods.names(), names, "exactly the registry's names");
        CliRun table = CliRun.of("methods");
        assertTrue(table.out().contains("gompertz-or-drift8 = first:gompertz+log-drift:8"), table.out());
        assertTrue(table.out().contains("ets:MODEL"), table.out());
    }

    /** The table says how to ask for conformal intervals, and such a name works in benchmark. */
    @Test
    void theTableExplainsTheConformalSuffix() throws Exception {
        CliRun r = CliRun.of("methods");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("NAME:conformal or NAME:conformal=N"), r.out());
        CliRun b = CliRun.of("benchmark", "--period", "other", "--methods", "theta:conformal", "--format", "json",
                "--threads", "1");
        assertEquals(0, b.code(), b.err());
        JsonNode row = Json.MAPPER.readTree(b.out()).get("results").get(0);
        assertEquals("theta:conformal", row.get("method").asText());
        assertEquals(0, row.get("failures").asInt());
    }

    @Test
    void aPluginsFolderThatIsNotThereOrHasNoJarsIsABadOption(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.of("methods", "--plugins", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--plugins") && missing.err().contains("no such folder"), missing.err());
        Files.writeString(dir.resolve("readme.txt"), "no jars here");
        CliRun empty = CliRun.of("methods", "--plugins", dir.toString());
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("no .jar files"), empty.err());
    }
}
