package io.marketcast.cli.panel;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.marketcast.forecast.panel.PanelException;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.ByteArrayInputStream;

/**
 * Fuzz test of the long-format panel reader of {@code marketcast forecast} and {@code cv} (issue 17): any bytes given
 * as a CSV/TSV panel on standard input are read into a panel or refused with a located {@link PanelException}; no
 * other exception, hang or OutOfMemoryError.
 *
 * <p>{@code ./mvnw verify} replays the committed corpus in {@code src/test/resources/io/marketcast/cli/panel/
 * PanelFuzzTestInputs/read/}; a finding becomes a file there and a fix. To fuzz for real (docs/limits.md):
 * {@code JAZZER_FUZZ=1 ./mvnw -B -o -pl cli -am test -Dtest=PanelFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class PanelFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void read(byte[] data) {
        try {
            PanelFiles.read("-", new ByteArrayInputStream(data), Columns.Wanted.DEFAULT, PanelOptions.DEFAULT);
        } catch (PanelException expected) {
            // a located refusal is a correct answer
        }
    }
}
