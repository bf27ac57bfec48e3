package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless command lines (issue 17): refused before any work with one line naming the option or file,
 * exit code 2, nothing written; a run's output folder is one unit.
 */
class HostileCommandsTest {

    @TempDir
    Path dir;

    private static void refused(CliRun r, String message) {
        assertEquals(2, r.code(), r.err());
        assertEquals("marketcast: " + message, r.err().strip());
        assertEquals("", r.out());
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anEmptyOutOrOneNamingAFileOrAFolderOfOtherFilesIsRefusedBeforeTheRun() throws Exception {
        refused(CliRun.of("run", "--out", "", "--paths", "100"),
                "--out: the folder name is empty (give a folder, e.g. --out out/seed-2020q3)");
        Path file = Files.writeString(dir.resolve("afile"), "mine");
        refused(CliRun.of("run", "--out", file.toString(), "--paths", "100"),
                "cannot write " + file + ": a file of that name exists (the output is a folder)");
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        refused(CliRun.of("run", "--out", mine.toString(), "--paths", "100"), "cannot write " + mine + ": it holds"
                + " notes.txt, which no run writes; a run replaces its folder whole, so give a new or empty folder, or"
                + " one an earlier run wrote");
        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
        assertEquals(List.of("afile", "mine"), names(dir), "nothing written");
    }

    @Test
    void anIoErrorGivesTheOsReason() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "mine");
        CliRun r = CliRun.of("run", "--out", file.resolve("x").toString(), "--paths", "100");
        assertEquals(1, r.code(), r.err());
        assertEquals("marketcast: cannot write " + file.resolve("x") + ": " + file + ": a file of that name exists",
                r.err().strip());
    }

    @Test
    void aRerunReplacesTheWholeFolderAndRemovesLeftoversOfAKilledRun() throws Exception {
        Path out = dir.resolve("run");
        CliRun first = CliRun.of("run", "--paths", "200", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(names(out).contains("fan-google-cloud.png"));
        // what a run killed outright (kill -9) mid-write leaves: its hidden build folder, of a process long gone
        Path leftover = Files.createDirectories(dir.resolve(".run.new-2147483646-123"));
        Files.writeString(leftover.resolve("quantiles.csv"), "half");
        Path scenario = Files.writeString(dir.resolve("two.yaml"), """
                name: two
                as_of: 2020Q3
                horizon: 4
                series: [aws, azure]
                paths: 200
                """);
        CliRun second = CliRun.of("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, second.code(), second.err());
        List<String> now = names(out);
        assertFalse(now.contains("fan-google-cloud.png"), "no chart of the first run stays: " + now);
        assertTrue(now.containsAll(List.of("fan-aws.png", "fan-azure.png", "manifest.json", "report.html")), now.toString());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("two.yaml"));
        assertEquals(List.of("run", "two.yaml"), names(dir), "no hidden build or swap folder is left");
    }

    @Test
    void threadsAreBoundedByTheMachine() {
        CliRun r = CliRun.of("run", "--threads", "500", "--paths", "100", "--out", dir.resolve("t").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("marketcast: --threads 500 is more than this machine can use: at most "
                + Threads.max() + " ("), r.err());
        assertFalse(Files.exists(dir.resolve("t")));
        r = CliRun.of("share", "--threads", "10000", "--paths", "100");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("marketcast: --threads 10000 is more than"), r.err());
    }

    @Test
    void fitRefusesAHorizonBeyondItsDocumentedMaximum() {
        refused(CliRun.of("fit", "aws", "--model", "logistic", "--horizon", "300000000"),
                "--horizon must be in 0..400 steps, was 300000000");
    }

    @Test
    void aScenarioFileThatIsNotUtf8IsLocated() throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: t\ndescription: Caf\u00e9\nas_of: 2020Q3\nhorizon: 4\nseries: [aws]\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        refused(CliRun.of("run", f.toString(), "--out", dir.resolve("o").toString()),
                f + ":2: column 17: byte 0xE9 is not UTF-8 (save the file as UTF-8)");
    }

    private Path competition(String name, String series, String train, String test) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("series.csv"), series);
        Files.writeString(d.resolve("train.csv"), train);
        Files.writeString(d.resolve("test.csv"), test);
        return d;
    }

    @Test
    void benchmarkCountsAConstantOrTooShortSeriesInsteadOfBlankingOrAbortingThePeriod() throws Exception {
        StringBuilder train = new StringBuilder("id,t,value\n");
        for (int t = 1; t <= 8; t++) {
            train.append("A,").append(t).append(',').append(10 + 3 * t).append('\n');
        }
        train.append("B,1,5\nB,2,6\n");
        for (int t = 1; t <= 8; t++) {
            train.append("C,").append(t).append(",7\n");
        }
        Path d = competition("ds", "id,period,type,frequency,n,h\nA,YEARLY,MICRO,1,8,2\nB,YEARLY,MICRO,1,2,2\n"
                + "C,YEARLY,MICRO,1,8,2\n", train.toString(), "id,t,value\nA,1,40\nA,2,43\nB,1,7\nB,2,8\nC,1,7\nC,2,8\n");
        CliRun r = CliRun.of("benchmark", "--dataset", d.toString(), "--methods", "naive2,theta", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String theta = r.out().lines().filter(l -> l.contains("theta") && l.contains("YEARLY")).findFirst()
                .orElseThrow();
        assertFalse(theta.contains(",,"), "the period has a MASE: " + theta);
        assertTrue(r.err().contains("note: MASE leaves out 1 series whose history is constant"), r.err());
        assertTrue(r.err().contains("failed and were scored as the naive forecast"), "the short series is counted: "
                + r.err());
    }

    @Test
    void anEmptyCompetitionOrAnImpossibleCountIsRefused() throws Exception {
        Path empty = competition("empty", "id,period,type,frequency,n,h\n", "id,t,value\n", "id,t,value\n");
        refused(CliRun.of("benchmark", "--dataset", empty.toString()),
                empty.resolve("series.csv") + ": lists no series (expected a row per series after the header)");
        Path huge = competition("huge", "id,period,type,frequency,n,h\nA,YEARLY,MICRO,1,2147483647,1\n",
                "id,t,value\nA,1,1\n", "id,t,value\nA,1,1\n");
        refused(CliRun.of("benchmark", "--dataset", huge.toString()), huge.resolve("series.csv") + ":2: column 'n':"
                + " series A is said to have 2147483647 values, more than " + huge.resolve("train.csv")
                + " has lines (3)");
    }

    @Test
    void aProblemFoundOnlyWhileRunningIsLocatedInTheScenarioFile() throws Exception {
        Path f = Files.writeString(dir.resolve("late.yaml"), """
                name: late
                as_of: 2022Q1
                horizon: 4
                series: [aws, alibaba-cloud]
                analyses:
                  profitability: [alibaba-cloud]
                paths: 100
                """);
        CliRun r = CliRun.of("run", f.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("marketcast: " + f + ":6:19: key 'analyses.profitability[0]': profitability of"
                + " alibaba-cloud as of 2022Q1"), r.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void aFitFromADegenerateStartEndsWithADiagnosisInsteadOfLoopingForEver() {
        // K = 1e-300: the damping of Levenberg-Marquardt underflowed to 0 and rejected steps looped for ever on main
        CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> CliRun.of("fit", "aws", "--model", "logistic", "--start=1e-300,0.1,20", "--as-of", "2020Q3"));
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("did not converge") || r.out().contains("not usable"), r.out());
    }
}
