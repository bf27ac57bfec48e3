package io.marketcast.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's fiscal year, defined by the calendar month in which it ends.
 *
 * <p>Fiscal year {@code FYn} is named after the calendar year in which it ends. With a March year end
 * (Alibaba), FY2021 runs April 2020 to March 2021, so "FY2021 Q2" is July-September 2020, calendar
 * quarter {@code 2020Q3}. With a June year end (Microsoft), "FY2021 Q1" is also {@code 2020Q3}.
 * Year ends must fall on a calendar quarter end (March, June, September, December); Oracle's May year
 * end is handled by {@link #ORACLE}, whose quarters end one month before a calendar quarter ends and
 * are assigned to the calendar quarter in which they end.
 *
 * @param name          who uses it, for messages
 * @param yearEndMonth  month in which the fiscal year ends, 1..12
 */
public record FiscalCalendar(String name, int yearEndMonth) {

    /** Calendar year (Amazon, Alphabet, IBM). */
    public static final FiscalCalendar CALENDAR = new FiscalCalendar("calendar year", 12);
    /** Alibaba: fiscal year ends 31 March. */
    public static final FiscalCalendar ALIBABA = new FiscalCalendar("Alibaba (FY ends March)", 3);
    /** Microsoft: fiscal year ends 30 June. */
    public static final FiscalCalendar MICROSOFT = new FiscalCalendar("Microsoft (FY ends June)", 6);
    /** Oracle: fiscal year ends 31 May. */
    public static final FiscalCalendar ORACLE = new FiscalCalendar("Oracle (FY ends May)", 5);

    private static final Pattern FISCAL = Pattern.compile("\\s*FY\\s*(\\d{4})\\s+Q([1-4])\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALENDAR_LABEL = Pattern.compile("\\s*Q([1-4])\\s+(\\d{4})\\s*");

    public FiscalCalendar {
        if (yearEndMonth < 1 || yearEndMonth > 12) {
            throw new IllegalArgumentException("yearEndMonth must be in 1..12, was " + yearEndMonth);
        }
    }

    /** The calendar a company reports on; calendar year for any company not known to differ. */
    public static FiscalCalendar forCompany(String company) {
        return switch (company.trim().toLowerCase(Locale.ROOT)) {
            case "alibaba" -> ALIBABA;
            case "microsoft" -> MICROSOFT;
            case "oracle" -> ORACLE;
            default -> CALENDAR;
        };
    }

    /** The calendar quarter in which fiscal quarter {@code fiscalQuarter} of {@code fiscalYear} ends. */
    public Quarter toQuarter(int fiscalYear, int fiscalQuarter) {
        if (fiscalQuarter < 1 || fiscalQuarter > 4) {
            throw new IllegalArgumentException("fiscal quarter must be in 1..4, was " + fiscalQuarter);
        }
        // Months since year 0 of the last month of the fiscal quarter.
        int endMonthIndex = fiscalYear * 12 + (yearEndMonth - 1) - 3 * (4 - fiscalQuarter);
        int year = Math.floorDiv(endMonthIndex, 12);
        int month = Math.floorMod(endMonthIndex, 12) + 1;
        return new Quarter(year, (month - 1) / 3 + 1);
    }

    /**
     * Parses a fiscal label, {@code "FY2021 Q2"}, or for calendar-year companies {@code "Q3 2020"}.
     *
     * @throws IllegalArgumentException naming the label when it has neither form
     */
    public Quarter parseLabel(String label) {
        Matcher f = FISCAL.matcher(label);
        if (f.matches()) {
            return toQuarter(Integer.parseInt(f.group(1)), Integer.parseInt(f.group(2)));
        }
        Matcher c = CALENDAR_LABEL.matcher(label);
        if (c.matches()) {
            if (yearEndMonth != 12) {
                throw new IllegalArgumentException("'" + label + "' is a calendar label, but " + name
                        + " reports fiscal quarters (expected e.g. FY2021 Q2)");
            }
            return new Quarter(Integer.parseInt(c.group(2)), Integer.parseInt(c.group(1)));
        }
        throw new IllegalArgumentException("'" + label + "' is not a fiscal label (expected e.g. FY2021 Q2 or Q3 2020)");
    }

    /** The fiscal year whose quarter ends in calendar quarter {@code q}. */
    public int fiscalYear(Quarter q) {
        return endMonth(q) > yearEndMonth ? q.year() + 1 : q.year();
    }

    /** The fiscal quarter (1..4) ending in calendar quarter {@code q}. */
    public int fiscalQuarter(Quarter q) {
        int fq = Math.floorMod(endMonth(q) - yearEndMonth, 12) / 3;
        return fq == 0 ? 4 : fq;
    }

    /**
     * The month (1..12) in which the fiscal quarter falling in calendar quarter {@code q} ends: the quarter's last
     * month, or for a year end off the calendar quarters (Oracle's May) one or two months earlier.
     */
    private int endMonth(Quarter q) {
        return q.quarter() * 3 - (3 - yearEndMonth % 3) % 3;
    }

    /** The label of calendar quarter {@code q}: {@code FY2021 Q2}, or {@code Q3 2020} on a calendar year. */
    public String label(Quarter q) {
        if (yearEndMonth == 12) {
            return "Q" + q.quarter() + " " + q.year();
        }
        return "FY" + fiscalYear(q) + " Q" + fiscalQuarter(q);
    }
}
