package io.marketcast.cli.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.marketcast.model.Quarter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    @Test
    void missesReadAsRunsOfQuarters() {
        List<Quarter> qs = List.of("2022Q2", "2022Q3", "2022Q4", "2023Q1", "2023Q3", "2024Q1", "2024Q2").stream()
                .map(Quarter::parse).toList();
        assertEquals("2022Q2–2023Q1, 2023Q3, 2024Q1–2024Q2", Coverage.ranges(qs));
        assertEquals("–", Coverage.ranges(List.of()));
        assertEquals("2020Q4", Coverage.ranges(List.of(Quarter.parse("2020Q4"))));
    }
}
