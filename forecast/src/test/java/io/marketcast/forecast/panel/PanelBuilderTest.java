package io.marketcast.forecast.panel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelBuilderTest {

    private static Panel build(PanelOptions o, String... rows) {
        PanelBuilder b = Panel.builder("in.csv", o);
        for (int i = 0; i < rows.length; i++) {
            String[] f = rows[i].split(",", -1);
            b.add(i + 2, f[0], f[1], f[2]);
        }
        return b.build();
    }

    private static Panel build(String... rows) {
        return build(PanelOptions.DEFAULT, rows);
    }

    private static PanelException fails(PanelOptions o, String... rows) {
        return assertThrows(PanelException.class, () -> build(o, rows));
    }

    private static PanelException fails(String... rows) {
        return fails(PanelOptions.DEFAULT, rows);
    }

    @Test
    void infersEachFrequencyFromItsDates() {
        assertEquals(Frequency.MONTHLY, build("a,2020-01-01,1", "a,2020-02-01,2", "a,2020-03-01,3").frequency());
        assertEquals(Frequency.MONTHLY, build("a,2020-01-31,1", "a,2020-02-29,2", "a,2020-03-31,3").frequency());
        assertEquals(Frequency.QUARTERLY, build("a,2020-03-31,1", "a,2020-06-30,2", "a,2020-09-30,3").frequency());
        assertEquals(Frequency.YEARLY, build("a,2019-07-01,1", "a,2020-07-01,2").frequency());
        assertEquals(Frequency.WEEKLY, build("a,2020-01-06,1", "a,2020-01-13,2", "a,2020-01-20,3").frequency());
        assertEquals(Frequency.DAILY, build("a,2020-01-30,1", "a,2020-01-31,2", "a,2020-02-01,3").frequency());
        assertEquals(Frequency.QUARTERLY, build("a,2020Q3,1", "a,2020Q4,2", "a,2021Q1,3").frequency());
        assertEquals(Frequency.MONTHLY, build("a,2020-11,1", "a,2020-12,2", "a,2021-01,3").frequency());
        assertEquals(Frequency.YEARLY, build("a,1999,1", "a,2000,2").frequency());
        assertEquals(Frequency.INDEX, build("a,1,1", "a,2,2", "a,3,4").frequency());
        Panel weekly = build("a,2020-01-06,1", "a,2020-01-13,2");
        assertEquals(52, weekly.season());
        assertEquals(12, build("a,2020-11,1", "a,2020-12,2").season());
        assertEquals(7, build(PanelOptions.DEFAULT.withSeason(7), "a,2020-11,1", "a,2020-12,2").season());
    }

    @Test
    void seriesAreOrderedAndDatesContinueInTheInputsStyle() {
        Panel p = build("b,2020-03-31,3", "a,2021-01-31,1", "b,2020-01-31,1", "b,2020-02-29,2");
        assertEquals(List.of("b", "a"), p.series().stream().map(PanelSeries::id).toList());
        PanelSeries b = p.series().get(0);
        assertArrayEquals(new double[] {1, 2, 3}, b.values());
        assertEquals("2020-01-31", b.date(0));
        assertEquals("2020-04-30", b.date(3));
        assertEquals("2021-02-28", b.date(13));
        assertEquals(Frequency.MONTHLY, p.frequency());
        assertEquals("2021-02-28", p.series().get(1).date(1), "a single date takes the panel's frequency");
    }

    @Test
    void quarterLabelsAndWeeklyDatesContinue() {
        PanelSeries q = build("x,2020Q3,1", "x,2020Q4,2").series().get(0);
        assertEquals("2021Q1", q.date(2));
        assertEquals("2022Q4", q.date(9));
        PanelSeries w = build("x,2020-12-28,1", "x,2021-01-04,2").series().get(0);
        assertEquals("2021-01-11", w.date(2));
        PanelSeries i = build("x,7,1", "x,8,2").series().get(0);
        assertEquals("10", i.date(3));
    }

    @Test
    void fillsGapsAsAsked() {
        String[] rows = {"a,2020-01,1", "a,2020-02,", "a,2020-04,7"};
        assertArrayEquals(new double[] {1, 0, 0, 7}, build(PanelOptions.DEFAULT.withFill(Fill.ZERO), rows)
                .series().get(0).values());
        PanelSeries s = build(PanelOptions.DEFAULT.withFill(Fill.INTERPOLATE), rows).series().get(0);
        assertArrayEquals(new double[] {1, 3, 5, 7}, s.values(), 1e-12);
        assertEquals(2, s.filled());
    }

    @Test
    void everyBadInputIsLocated() {
        assertEquals("in.csv:3: column 'ds': '2020-13' is not a date; expected an ISO date (2020-07-31), a month "
                + "(2020-07), a quarter (2020Q3), a year or an integer index",
                fails("a,2020-01,1", "a,2020-13,2").getMessage());
        assertEquals("in.csv:3: column 'y': '1,5' is not a number".replace("1,5", "x1"),
                fails("a,2020-01,1", "a,2020-02,x1").getMessage());
        PanelException dup = fails("a,2020-01,1", "b,2020-01,1", "a,2020-01,2");
        assertEquals(4, dup.row());
        assertEquals("ds", dup.column());
        assertTrue(dup.getMessage().contains("duplicate (id, date): series 'a' has 2020-01 already on row 2"),
                dup.getMessage());
        PanelException gap = fails("a,2020-01,1", "a,2020-02,1", "a,2020-05,2");
        assertEquals("in.csv:4: column 'ds': series 'a' has a gap: no row for 2020-03 to 2020-04 (2 monthly periods);"
                + " give --fill zero or --fill interpolate to fill it", gap.getMessage());
        PanelException missing = fails("a,2020-01,1", "a,2020-02,NA", "a,2020-03,2");
        assertEquals(3, missing.row());
        assertEquals("y", missing.column());
        PanelException off = fails(PanelOptions.DEFAULT.withFrequency(Frequency.MONTHLY), "a,2020-01-01,1",
                "a,2020-02-01,1", "a,2020-03-15,2");
        assertEquals(4, off.row());
        assertTrue(off.getMessage().contains("2020-03-15 is off the monthly dates of series 'a'"), off.getMessage());
        PanelException weekly = fails(PanelOptions.DEFAULT.withFrequency(Frequency.WEEKLY), "a,2020-01-06,1",
                "a,2020-01-13,1", "a,2020-01-21,2");
        assertTrue(weekly.getMessage().startsWith("in.csv:4: column 'ds': 2020-01-21 is off the weekly dates"),
                weekly.getMessage());
        PanelException mixed = fails("a,2020-01-31,1", "a,2020-02-29,1", "b,2020-03-31,1", "b,2020-06-30,1");
        assertEquals("in.csv:4: column 'ds': series 'b' is quarterly but series 'a' (row 2) is monthly; mixed "
                + "frequencies need --freq", mixed.getMessage());
        PanelException style = fails("a,2020Q1,1", "a,2020-04,1");
        assertTrue(style.getMessage().startsWith("in.csv:3: column 'ds': '2020-04' is a month (2020-07) but the "
                + "date on row 2 is a quarter (2020Q3)"), style.getMessage());
        assertEquals("in.csv:2: column 'unique_id': empty id", fails(" ,2020Q1,1").getMessage());
    }

    @Test
    void givenFrequencyResolvesMixedSeries() {
        Panel p = build(PanelOptions.DEFAULT.withFrequency(Frequency.QUARTERLY).withFill(Fill.INTERPOLATE),
                "a,2020-03-31,1", "a,2020-06-30,2", "b,2020-03-31,1", "b,2020-09-30,3");
        assertArrayEquals(new double[] {1, 2, 3}, p.series().get(1).values(), 1e-12);
    }
}
