package io.marketcast.cli.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.marketcast.model.DataException;
import io.marketcast.model.Dataset;
import io.marketcast.model.TextFiles;

/**
 * Fuzz test of the scenario reader (issue 17): any bytes given as a scenario file are read into a scenario that the
 * engine accepts, or refused with a located {@link ScenarioException} (or a {@link DataException} for the bytes
 * themselves); no other exception, hang or OutOfMemoryError.
 *
 * <p>{@code ./mvnw verify} replays the committed corpus in {@code src/test/resources/io/marketcast/cli/scenario/
 * ScenarioFuzzTestInputs/read/}; a finding becomes a file there and a fix. To fuzz for real (docs/limits.md):
 * {@code JAZZER_FUZZ=1 ./mvnw -B -o -pl cli -am test -Dtest=ScenarioFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ScenarioFuzzTest {

    private static final Dataset DATA = Dataset.embedded();

    @FuzzTest(maxDuration = "3m")
    void read(byte[] data) {
        try {
            ScenarioReader.read("fuzz.yaml", TextFiles.decode("fuzz.yaml", data), DATA);
        } catch (ScenarioException | DataException expected) {
            // a located refusal is a correct answer
        }
    }
}
