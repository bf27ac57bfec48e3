package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run ends on SIGTERM (issue 17): the simulation's threads do not keep the process alive, and nothing is left in
 * the output's parent folder. The command runs as a separate process, as a user starts it.
 */
class SignalTest {

    @TempDir
    Path dir;

    @Test
    void aLongRunEndsOnSigtermAndLeavesNoOutput() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("run");
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", "--paths", "50000000",
                "--threads", "2", "--out", out.toString()))
                .redirectOutput(new File("/dev/null")).redirectErrorStream(true).start();
        try {
            assertFalse(p.waitFor(3, TimeUnit.SECONDS), "still running after 3 s (50 million paths)");
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended within a minute of SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.findAny().isEmpty(), "nothing written");
        }
    }
}
