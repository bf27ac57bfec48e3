package io.marketcast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

    @Test
    void alibabaFiscalYearEndsInMarch() {
        // Jul-Sep 2020 is Alibaba's FY2021 Q2; Oct-Dec 2020 (first positive adjusted EBITA) is FY2021 Q3.
        assertEquals(Quarter.parse("2020Q3"), FiscalCalendar.ALIBABA.parseLabel("FY2021 Q2"));
        assertEquals(Quarter.parse("2020Q4"), FiscalCalendar.ALIBABA.parseLabel("FY2021 Q3"));
        assertEquals(Quarter.parse("2021Q1"), FiscalCalendar.ALIBABA.parseLabel("FY2021 Q4"));
        assertEquals(Quarter.parse("2020Q2"), FiscalCalendar.ALIBABA.parseLabel("FY2021 Q1"));
        assertEquals("FY2021 Q2", FiscalCalendar.ALIBABA.label(Quarter.parse("2020Q3")));
        assertEquals(2021, FiscalCalendar.ALIBABA.fiscalYear(Quarter.parse("2021Q1")));
        assertEquals(2022, FiscalCalendar.ALIBABA.fiscalYear(Quarter.parse("2021Q2")));
    }

    @Test
    void microsoftFiscalYearEndsInJune() {
        assertEquals(Quarter.parse("2020Q3"), FiscalCalendar.MICROSOFT.parseLabel("FY2021 Q1"));
        assertEquals(Quarter.parse("2021Q2"), FiscalCalendar.MICROSOFT.parseLabel("FY2021 Q4"));
        assertEquals("FY2025 Q1", FiscalCalendar.MICROSOFT.label(Quarter.parse("2024Q3")));
    }

    @Test
    void oracleQuartersEndAMonthEarlierAndTakeTheCalendarQuarterTheyEndIn() {
        assertEquals(Quarter.parse("2025Q3"), FiscalCalendar.ORACLE.parseLabel("FY2026 Q1"));
        assertEquals("FY2026 Q1", FiscalCalendar.ORACLE.label(Quarter.parse("2025Q3")));
    }

    @Test
    void calendarYearCompanies() {
        assertEquals(FiscalCalendar.CALENDAR, FiscalCalendar.forCompany("Amazon"));
        assertEquals(Quarter.parse("2020Q3"), FiscalCalendar.CALENDAR.parseLabel("Q3 2020"));
        assertEquals("Q3 2020", FiscalCalendar.CALENDAR.label(Quarter.parse("2020Q3")));
    }

    @Test
    void labelAndParseAreInverseForEveryQuarter() {
        for (FiscalCalendar c : new FiscalCalendar[] {FiscalCalendar.ALIBABA, FiscalCalendar.MICROSOFT,
            FiscalCalendar.ORACLE, FiscalCalendar.CALENDAR}) {
            for (Quarter q : Quarter.range(Quarter.parse("2014Q1"), Quarter.parse("2026Q4"))) {
                assertEquals(q, c.parseLabel(c.label(q)), c.name() + " " + q);
            }
        }
    }

    @Test
    void badLabelsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> FiscalCalendar.ALIBABA.parseLabel("Q3 2020"));
        assertEquals("'Q3 2020' is a calendar label, but Alibaba (FY ends March) reports fiscal quarters "
                + "(expected e.g. FY2021 Q2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiscalCalendar.MICROSOFT.parseLabel("FY21 Q1"));
    }
}
