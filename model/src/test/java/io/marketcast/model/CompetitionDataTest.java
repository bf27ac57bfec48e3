package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompetitionDataTest {

    @TempDir
    Path dir;

    @Test
    void embeddedM3HasTheCountsOfDocsM3() {
        CompetitionData m3 = CompetitionData.embeddedM3();
        assertEquals(3003, m3.series().size());
        Map<String, Long> byPeriod = m3.series().stream()
                .collect(Collectors.groupingBy(CompetitionSeries::period, Collectors.counting()));
        assertEquals(Map.of("YEARLY", 645L, "QUARTERLY", 756L, "MONTHLY", 1428L, "OTHER", 174L), byPeriod);
        assertEquals(199_196, m3.series().stream().mapToInt(s -> s.train().length).sum());
        assertEquals(37_014, m3.series().stream().mapToInt(CompetitionSeries::horizon).sum());
        CompetitionSeries first = m3.series().get(0);
        assertEquals("N0001", first.id());
        assertEquals(940.66, first.train()[0]);
        assertEquals(5379.75, first.test()[0]);
        assertEquals(116, m3.published().size());
        assertTrue(m3.published().stream().anyMatch(p -> p.method().equals("THETA") && p.period().equals("ALL")
                && Math.abs(p.smape() - 12.76) < 0.01));
    }

    private void write(String series, String train, String test) throws Exception {
        Files.writeString(dir.resolve("series.csv"), series);
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
    }

    private static final String SERIES = "id,period,type,frequency,n,h\nA,yearly,MICRO,1,3,2\nB,QUARTERLY,MACRO,4,2,1\n";

    /** The validation split holds out the last h training values and never reads a test value. */
    @Test
    void withinTrainingHoldsOutTheEndOfEachTrainingPart() {
        CompetitionData m3 = CompetitionData.embeddedM3();
        CompetitionData v = m3.withinTraining();
        assertEquals(3003, v.series().size(), "every M3 series has at least h + 3 training values");
        assertTrue(v.published().isEmpty());
        for (int i = 0; i < m3.series().size(); i += 97) {
            CompetitionSeries s = m3.series().get(i);
            CompetitionSeries w = v.series().get(i);
            double[] train = s.train();
            int h = s.horizon();
            assertEquals(s.id(), w.id());
            assertEquals(h, w.horizon());
            assertArrayEquals(java.util.Arrays.copyOf(train, train.length - h), w.train());
            assertArrayEquals(java.util.Arrays.copyOfRange(train, train.length - h, train.length), w.test());
        }
    }

    @Test
    void readsAFolderInTheSameLayout() throws Exception {
        write(SERIES, "id,t,value\nA,1,1\nA,2,2\nA,3,3.5\nB,1,10\nB,2,11\n", "id,t,value\nA,1,4\nA,2,5\nB,1,12\n");
        CompetitionData d = CompetitionData.from(dir);
        assertEquals(2, d.series().size());
        assertArrayEquals(new double[] {1, 2, 3.5}, d.series().get(0).train());
        assertEquals("YEARLY", d.series().get(0).period());
        assertEquals(4, d.series().get(1).frequency());
        assertTrue(d.published().isEmpty());
    }

    @Test
    void problemsNameFileAndLine() throws Exception {
        write(SERIES, "id,t,value\nA,1,1\nA,2,x\nA,3,3\nB,1,10\nB,2,11\n", "id,t,value\nA,1,4\nA,2,5\nB,1,12\n");
        DataException e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertEquals(dir.resolve("train.csv") + ":3: column 'value': 'x' is not a number", e.getMessage());

        write(SERIES, "id,t,value\nA,1,1\nA,3,3\n", "id,t,value\n");
        e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertEquals(dir.resolve("train.csv") + ":3: column 't': series A: expected t = 2, found 3", e.getMessage());

        write(SERIES, "id,t,value\nA,1,1\nA,2,2\nA,3,3\nC,1,1\n", "id,t,value\n");
        e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertTrue(e.getMessage().endsWith("train.csv:5: column 'id': series 'C' is not in series.csv"),
                e.getMessage());

        write(SERIES, "id,t,value\nA,1,1\nA,2,2\nA,3,3\nB,1,10\nB,2,11\n", "id,t,value\nA,1,4\nB,1,12\n");
        e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertTrue(e.getMessage().contains("test.csv: series A has 1 values, series.csv says 2"), e.getMessage());

        write("id,period,type,frequency,n,h\nA,YEARLY,MICRO,1,zero,2\n", "id,t,value\n", "id,t,value\n");
        e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertEquals(dir.resolve("series.csv") + ":2: column 'n': 'zero' is not a positive whole number",
                e.getMessage());
    }

    @Test
    void missingFolderOrFileIsADataException() throws Exception {
        DataException e = assertThrows(DataException.class, () -> CompetitionData.from(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
        Files.writeString(dir.resolve("series.csv"), SERIES);
        e = assertThrows(DataException.class, () -> CompetitionData.from(dir));
        assertEquals(dir.resolve("train.csv") + ": no such file (a competition folder needs series.csv, train.csv and"
                + " test.csv)", e.getMessage());
    }

    @Test
    void sampleSpreadsOverTheFile() {
        CompetitionData s = CompetitionData.embeddedM3().sample(10);
        assertEquals(10, s.series().size());
        assertEquals(4, s.series().stream().map(CompetitionSeries::period).distinct().count());
    }
}
