package io.marketcast.forecast.panel;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One parsed date: its style and its position on that style's natural axis ({@code value}: the integer, the quarter
 * count {@code 4·year + q - 1}, the month count {@code 12·year + m - 1}, or the epoch day). ISO dates also carry their
 * month count and day of the month, for monthly, quarterly and yearly dates written as days.
 */
record Stamp(DateStyle style, long value, long month, int day, boolean monthEnd) {

    /** The parsed date, or {@code null} when {@code text} is none of the styles. */
    static Stamp parse(String text) {
        Stamp fast = fast(text);
        return fast != null ? fast : slow(text);
    }

    /** The common shapes without a copy: {@code 2020}, {@code 17}, {@code 2020Q3}, {@code 2020-07}, {@code 2020-07-31}. */
    private static Stamp fast(String s) {
        int n = s.length();
        if (n == 0 || n > 10) {
            return null;
        }
        int digits = leadingDigits(s);
        if (digits == n && n <= 9) {
            return new Stamp(DateStyle.INTEGER, Integer.parseInt(s), 0, 0, false);
        }
        if (digits != 4) {
            return null;
        }
        int year = number(s, 0, 4);
        char c = s.charAt(4);
        if (n == 6 && c == 'Q') {
            int q = s.charAt(5) - '0';
            return q >= 1 && q <= 4 ? new Stamp(DateStyle.QUARTER, 4L * year + q - 1, 0, 0, false) : null;
        }
        if (c != '-' || n < 7 || !digit(s, 5) || !digit(s, 6)) {    // n < 7: '2020-7', '2020-' (the slow path)
            return null;
        }
        int month = number(s, 5, 7);
        if (month < 1 || month > 12) {
            return null;
        }
        if (n == 7) {
            return new Stamp(DateStyle.MONTH, 12L * year + month - 1, 0, 0, false);
        }
        if (n == 10 && s.charAt(7) == '-' && digit(s, 8) && digit(s, 9)) {
            int day = number(s, 8, 10);
            if (day < 1 || day > 27) {
                return null;    // possible month ends (28 February) and invalid days: the full check
            }
            LocalDate d = LocalDate.of(year, month, day);
            return new Stamp(DateStyle.ISO_DATE, d.toEpochDay(), 12L * year + month - 1, day, false);
        }
        return null;
    }

    private static int leadingDigits(String s) {
        int i = 0;
        while (i < s.length() && digit(s, i)) {
            i++;
        }
        return i;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    private static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = 10 * v + (s.charAt(i) - '0');
        }
        return v;
    }

    private static Stamp slow(String text) {
        String s = text.strip();
        int n = s.length();
        if (n == 0) {
            return null;
        }
        if (isInteger(s)) {
            try {
                return new Stamp(DateStyle.INTEGER, Long.parseLong(s), 0, 0, false);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        // 2020Q3, 2020-Q3, 2020 Q3
        int q = indexOfQ(s);
        if (q >= 4) {
            String y = s.substring(0, q);
            if (y.endsWith("-") || y.endsWith(" ")) {
                y = y.substring(0, y.length() - 1);
            }
            String quarter = s.substring(q + 1);
            if (y.length() == 4 && isDigits(y) && quarter.length() == 1 && quarter.charAt(0) >= '1'
                    && quarter.charAt(0) <= '4') {
                return new Stamp(DateStyle.QUARTER, 4L * Integer.parseInt(y) + (quarter.charAt(0) - '1'), 0, 0,
                        false);
            }
            return null;
        }
        if (n == 7 && s.charAt(4) == '-' && isDigits(s.substring(0, 4)) && isDigits(s.substring(5))) {
            int m = Integer.parseInt(s.substring(5));
            if (m < 1 || m > 12) {
                return null;
            }
            return new Stamp(DateStyle.MONTH, 12L * Integer.parseInt(s.substring(0, 4)) + m - 1, 0, 0, false);
        }
        if (n >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && isDigits(s.substring(0, 4))
                && isDigits(s.substring(5, 7)) && isDigits(s.substring(8, 10)) && midnight(s.substring(10))) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                        Integer.parseInt(s.substring(8, 10)));
                return of(d);
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    static Stamp of(LocalDate d) {
        return new Stamp(DateStyle.ISO_DATE, d.toEpochDay(), 12L * d.getYear() + d.getMonthValue() - 1,
                d.getDayOfMonth(), d.getDayOfMonth() == d.lengthOfMonth());
    }

    /** Nothing, or a time of day that is midnight ({@code T00:00}, {@code 00:00:00}, {@code T00:00:00.000Z}). */
    private static boolean midnight(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        char c = rest.charAt(0);
        if (c != 'T' && c != ' ') {
            return false;
        }
        String t = rest.substring(1);
        if (t.endsWith("Z")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.equals("00:00") || t.equals("00:00:00") || t.matches("00:00:00\\.0+");
    }

    private static int indexOfQ(String s) {
        int i = s.indexOf('Q');
        return i >= 0 ? i : s.indexOf('q');
    }

    private static boolean isInteger(String s) {
        int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        return s.length() > start && s.length() - start <= 18 && isDigits(s.substring(start));
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
