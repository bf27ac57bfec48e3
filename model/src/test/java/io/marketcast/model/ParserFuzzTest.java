package io.marketcast.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz tests of the data readers (issue 17): any bytes given as a segments, market, rates or competition file are
 * either read or refused with a {@link DataException}; nothing else may escape (no other exception, no hang, no
 * OutOfMemoryError). The input goes through {@link TextFiles#decode} as a file's bytes would.
 *
 * <p>In {@code ./mvnw verify} each test replays its committed corpus in {@code src/test/resources/io/marketcast/model/
 * ParserFuzzTestInputs/<test>/} (a regression run of a second or two). A finding becomes a file there and a fix. To
 * fuzz for real (docs/limits.md, "Fuzzing"): {@code JAZZER_FUZZ=1 ./mvnw -B -o -pl model test -Dtest=ParserFuzzTest#segments
 * -Djazzer.max_duration=5m} (one test at a time).
 */
class ParserFuzzTest {

    /** A segments file that reads, for the market and rate fuzzers. */
    static final String SEGMENTS = """
            company,segment,label,definition,calendar_quarter,currency,revenue_millions,operating_income_millions,income_metric,status,source_note
            Voltra,Cars,Voltra,Voltra-cars,2018Q1,EUR,783,61,operating income,reported,made up
            Voltra,Cars,Voltra,Voltra-cars,2018Q2,EUR,959,43,operating income,reported,made up
            Voltra,Cars,Voltra,Voltra-cars,2018Q3,EUR,1019,51,operating income,reported,made up
            Pacifica Motors,Cars,Pacifica,Pacifica-cars,2018Q1,USD,300,-20,operating income,reported,made up
            Pacifica Motors,Cars,Pacifica,Pacifica-cars,2018Q2,USD,320,-10,operating income,reported,made up
            """;

    private static String text(String name, byte[] bytes) {
        return TextFiles.decode(name, bytes);
    }

    /** The parts of {@code data} between lines of {@code ===} (the corpus files are readable that way). */
    static List<byte[]> parts(byte[] data, int count) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < count - 1; i++) {
            int at = s.indexOf("\n===\n", from);
            if (at < 0) {
                out.add(s.substring(from).getBytes(StandardCharsets.ISO_8859_1));
                from = s.length();
            } else {
                out.add(s.substring(from, at + 1).getBytes(StandardCharsets.ISO_8859_1));
                from = at + 5;
            }
        }
        out.add(s.substring(from).getBytes(StandardCharsets.ISO_8859_1));
        return out;
    }

    @FuzzTest(maxDuration = "3m")
    void segments(byte[] data) {
        try {
            Dataset d = DatasetLoader.fromTexts(text("segments.csv", data), null, null);
            d.series().forEach(s -> s.asOf(d.lastQuarter()));
        } catch (DataException expected) {
            // a located refusal is a correct answer
        }
    }

    @FuzzTest(maxDuration = "3m")
    void market(byte[] data) {
        try {
            DatasetLoader.fromTexts(SEGMENTS, text("market.csv", data), null);
        } catch (DataException expected) {
            // a located refusal is a correct answer
        }
    }

    @FuzzTest(maxDuration = "3m")
    void fx(byte[] data) {
        try {
            DatasetLoader.fromTexts(SEGMENTS, null, text("fx.csv", data));
        } catch (DataException expected) {
            // a located refusal is a correct answer
        }
    }

    @FuzzTest(maxDuration = "3m")
    void competition(byte[] data) {
        List<byte[]> p = parts(data, 3);
        try {
            CompetitionData.fromTexts(text("series.csv", p.get(0)), text("train.csv", p.get(1)),
                    text("test.csv", p.get(2)));
        } catch (DataException expected) {
            // a located refusal is a correct answer
        }
    }
}
