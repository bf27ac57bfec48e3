package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @Test
    void parsesAndFormats() {
        assertEquals(Quarter.of(2020, 3), Quarter.parse("2020Q3"));
        assertEquals(Quarter.of(2020, 3), Quarter.parse("2020q3"));
        assertEquals(Quarter.of(2020, 3), Quarter.parse(" 2020-Q3 "));
        assertEquals("2020Q3", Quarter.of(2020, 3).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020Q5", "2020Q0", "20Q3", "2020", "Q3 2020", "", "2020-07"})
    void rejectsWhatIsNotAQuarter(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void arithmeticCrossesYears() {
        Quarter q = Quarter.parse("2020Q3");
        assertEquals(Quarter.parse("2021Q1"), q.plus(2));
        assertEquals(Quarter.parse("2019Q4"), q.minus(3));
        assertEquals(4, q.until(Quarter.parse("2021Q3")));
        assertEquals(-5, q.until(Quarter.parse("2019Q2")));
        assertEquals(Quarter.parse("2020Q4"), q.next());
        assertEquals(Quarter.parse("2020Q2"), q.previous());
        for (int i = -40; i <= 40; i++) {
            assertEquals(i, q.until(q.plus(i)));
            assertEquals(q.plus(i), Quarter.fromIndex(q.plus(i).index()));
        }
    }

    @Test
    void rangesAndOrdering() {
        List<Quarter> r = Quarter.range(Quarter.parse("2019Q3"), Quarter.parse("2020Q2"));
        assertEquals(List.of(Quarter.parse("2019Q3"), Quarter.parse("2019Q4"), Quarter.parse("2020Q1"),
                Quarter.parse("2020Q2")), r);
        assertTrue(Quarter.range(Quarter.parse("2020Q2"), Quarter.parse("2020Q1")).isEmpty());
        assertTrue(Quarter.parse("2019Q4").isBefore(Quarter.parse("2020Q1")));
        assertTrue(Quarter.parse("2020Q1").compareTo(Quarter.parse("2019Q4")) > 0);
    }

    @Test
    void datesOfAQuarter() {
        assertEquals(LocalDate.of(2020, 7, 1), Quarter.parse("2020Q3").start());
        assertEquals(LocalDate.of(2020, 9, 30), Quarter.parse("2020Q3").end());
        assertEquals(Quarter.parse("2020Q4"), Quarter.containing(LocalDate.of(2020, 11, 8)));
    }
}
