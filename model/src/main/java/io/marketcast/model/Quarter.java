package io.marketcast.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2020Q3}: the quarter in which a reporting period ends.
 *
 * <p>Immutable and ordered by time. Arithmetic is in whole quarters: {@code 2020Q3.plus(2) == 2021Q1},
 * {@code 2020Q3.until(2021Q3) == 4}.
 *
 * @param year    calendar year, 1900..2999
 * @param quarter quarter of the year, 1..4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{4})\\s*-?\\s*[Qq]([1-4])\\s*");

    public Quarter {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("year must be in 1900..2999, was " + year);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be in 1..4, was " + quarter);
        }
    }

    public static Quarter of(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    /**
     * Parses {@code 2020Q3} (also {@code 2020q3} and {@code 2020-Q3}).
     *
     * @throws IllegalArgumentException naming the text when it is not a quarter
     */
    public static Quarter parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("quarter is missing (expected e.g. 2020Q3)");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter (expected e.g. 2020Q3)");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter containing the given date. */
    public static Quarter containing(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** A running index: quarters since year 0, so that {@code b.index() - a.index()} is a distance. */
    public int index() {
        return year * 4 + (quarter - 1);
    }

    public static Quarter fromIndex(int index) {
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public Quarter plus(int quarters) {
        return fromIndex(index() + quarters);
    }

    public Quarter minus(int quarters) {
        return plus(-quarters);
    }

    public Quarter next() {
        return plus(1);
    }

    public Quarter previous() {
        return plus(-1);
    }

    /** Quarters from this one to {@code other}: positive when {@code other} is later. */
    public int until(Quarter other) {
        return other.index() - index();
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    /** Every quarter from {@code first} to {@code last}, both included; empty when last is before first. */
    public static List<Quarter> range(Quarter first, Quarter last) {
        List<Quarter> out = new ArrayList<>(Math.max(0, first.until(last) + 1));
        for (int i = first.index(); i <= last.index(); i++) {
            out.add(fromIndex(i));
        }
        return out;
    }

    /** First day of the quarter. */
    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** Last day of the quarter. */
    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(index(), o.index());
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
