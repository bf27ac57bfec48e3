package io.marketcast.forecast.panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link Panel} from long-format rows, checking all of them: a date in none of the styles of
 * {@link DateStyle} or in another style than the rows before, a value that is not a number, a duplicate (id, date),
 * a date off its series' frequency, a gap or missing value (unless {@link Fill} says how to fill it), series of
 * different frequencies (unless the frequency is given). The first problem is a {@link PanelException} naming the
 * source, the row and the column; nothing is built.
 *
 * <p>Frequency inference: plain numbers are years when every one is between 1000 and 2999, an index otherwise;
 * quarters are quarterly; months ({@code 2020-07}) and ISO dates on one day of the month (or all month ends) are
 * monthly, quarterly or yearly by the largest common step in months (12 → yearly, a multiple of 3 → quarterly,
 * else monthly); other ISO dates are weekly when every step is a multiple of 7 days, daily otherwise. A series with
 * one observation takes the others' frequency.
 *
 * <p>Not thread-safe; use one builder per input.
 */
public final class PanelBuilder {

    private static final class Rows {
        final String id;
        int n;
        long[] row = new long[16];
        Stamp[] stamp = new Stamp[16];
        double[] value = new double[16];
        String[] text = new String[16];

        Rows(String id) {
            this.id = id;
        }

        void add(long r, Stamp s, double v, String t) {
            t = t.strip();
            if (n == row.length) {
                int m = n * 2;
                row = Arrays.copyOf(row, m);
                stamp = Arrays.copyOf(stamp, m);
                value = Arrays.copyOf(value, m);
                text = Arrays.copyOf(text, m);
            }
            row[n] = r;
            stamp[n] = s;
            value[n] = v;
            text[n] = t;
            n++;
        }
    }

    private final String source;
    private final PanelOptions options;
    private final Map<String, Rows> byId = new LinkedHashMap<>();
    private DateStyle style;
    private long styleRow;
    private Rows last;

    PanelBuilder(String source, PanelOptions options) {
        this.source = source;
        this.options = options;
    }

    private PanelException error(long row, String column, String problem) {
        return new PanelException(source, row, column, problem);
    }

    /**
     * Adds one row whose value is text: a number, or empty / {@code NA} / {@code NaN} / {@code null} for a missing
     * value.
     */
    public PanelBuilder add(long row, String id, String date, String value) {
        return add(row, id, date, parseValue(row, value));
    }

    /** Adds one row; a NaN value is missing. */
    public PanelBuilder add(long row, String id, String date, double value) {
        if (id == null || id.isBlank()) {
            throw error(row, options.idColumn(), "empty id");
        }
        if (Double.isInfinite(value)) {
            throw error(row, options.valueColumn(), "value " + value + " is not finite");
        }
        Stamp s = date == null ? null : Stamp.parse(date);
        if (s == null) {
            throw error(row, options.dateColumn(), "'" + (date == null ? "" : date) + "' is not a date; expected "
                    + "an ISO date (2020-07-31), a month (2020-07), a quarter (2020Q3), a year or an integer index");
        }
        if (style == null) {
            style = s.style();
            styleRow = row;
        } else if (s.style() != style) {
            throw error(row, options.dateColumn(), "'" + date + "' is " + s.style().description()
                    + " but the date on row " + styleRow + " is " + style.description() + "; write every date alike");
        }
        Rows r = last != null && last.id.equals(id) ? last : byId.computeIfAbsent(id, Rows::new);
        last = r;
        r.add(row, s, value, date);
        return this;
    }

    private double parseValue(long row, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("NaN") || t.equalsIgnoreCase("null")) {
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isInfinite(v)) {
                throw error(row, options.valueColumn(), "'" + t + "' is not finite");
            }
            return v;
        } catch (NumberFormatException e) {
            throw error(row, options.valueColumn(), "'" + t + "' is not a number");
        }
    }

    /** Checks every series and builds the panel. */
    public Panel build() {
        if (byId.isEmpty()) {
            throw error(1, options.idColumn(), "no data rows");
        }
        List<Rows> all = new ArrayList<>(byId.values());
        for (Rows r : all) {
            sortAndCheckDuplicates(r);
        }
        Frequency freq = options.frequency().orElseGet(() -> infer(all));
        List<PanelSeries> out = new ArrayList<>(all.size());
        for (Rows r : all) {
            out.add(regular(r, freq));
        }
        int season = options.season().orElse(freq.defaultSeason());
        return new Panel(source, freq, season, style, out);
    }

    /**
     * What the rows added so far say about the frequency, for a caller that builds a panel in parts (the Spark
     * module builds each series on its own and checks that every part agrees, as {@link #build()} checks every
     * series): the frequency of the series with two or more dates, or empty when every series has a single date.
     * Checks the rows as {@link #build()} does up to the frequency (duplicates, mixed frequencies).
     */
    public java.util.Optional<Frequency> inferredFrequency() {
        if (byId.isEmpty()) {
            throw error(1, options.idColumn(), "no data rows");
        }
        for (Rows r : byId.values()) {
            sortAndCheckDuplicates(r);
        }
        return java.util.Optional.ofNullable(common(byId.values()));
    }

    /** How the rows added so far write their dates (empty before the first row). */
    public java.util.Optional<DateStyle> style() {
        return java.util.Optional.ofNullable(style);
    }

    /**
     * The error for two series of different frequencies, worded as {@link #build()} words it, for a caller that
     * compares the {@link #inferredFrequency()} of panels built in parts.
     */
    public PanelException mixed(String id, long row, Frequency f, String firstId, long firstRow, Frequency freq) {
        return error(row, options.dateColumn(), "series '" + id + "' is " + f.label() + " but series '" + firstId
                + "' (row " + firstRow + ") is " + freq.label() + "; mixed frequencies need --freq");
    }

    private PanelException mixed(Rows r, Frequency f, Rows first, Frequency freq) {
        return mixed(r.id, r.row[0], f, first.id, first.row[0], freq);
    }

    private void sortAndCheckDuplicates(Rows r) {
        Integer[] order = new Integer[r.n];
        boolean sorted = true;
        for (int i = 0; i < r.n; i++) {
            order[i] = i;
            if (i > 0 && r.stamp[i].value() < r.stamp[i - 1].value()) {
                sorted = false;
            }
        }
        if (!sorted) {
            Arrays.sort(order, (a, b) -> Long.compare(r.stamp[a].value(), r.stamp[b].value()));
            long[] row = new long[r.n];
            Stamp[] stamp = new Stamp[r.n];
            double[] value = new double[r.n];
            String[] text = new String[r.n];
            for (int i = 0; i < r.n; i++) {
                row[i] = r.row[order[i]];
                stamp[i] = r.stamp[order[i]];
                value[i] = r.value[order[i]];
                text[i] = r.text[order[i]];
            }
            r.row = row;
            r.stamp = stamp;
            r.value = value;
            r.text = text;
        }
        for (int i = 1; i < r.n; i++) {
            if (r.stamp[i].value() == r.stamp[i - 1].value()) {
                long first = Math.min(r.row[i], r.row[i - 1]);
                long second = Math.max(r.row[i], r.row[i - 1]);
                throw error(second, options.dateColumn(), "duplicate (id, date): series '" + r.id + "' has "
                        + r.text[i] + " already on row " + first);
            }
        }
    }

    /**
     * The frequency every series with two or more dates agrees on, or null when no series has two; a series that
     * disagrees is an error naming it and the first series of the other frequency.
     */
    private Frequency common(Iterable<Rows> all) {
        Frequency freq = null;
        Rows first = null;
        for (Rows r : all) {
            Frequency f = seriesFrequency(r);
            if (f == null) {
                continue;
            }
            if (freq == null) {
                freq = f;
                first = r;
            } else if (f != freq) {
                throw mixed(r, f, first, freq);
            }
        }
        return freq;
    }

    /** The panel's frequency from its dates; every series with two or more observations must agree. */
    private Frequency infer(List<Rows> all) {
        Frequency freq = common(all);
        if (freq == null) {
            if (style == DateStyle.INTEGER) {
                return integerFrequency(all);
            }
            if (style == DateStyle.QUARTER) {
                return Frequency.QUARTERLY;
            }
            if (style == DateStyle.MONTH) {
                return Frequency.MONTHLY;
            }
            Rows r = all.get(0);
            throw error(r.row[0], options.dateColumn(), "every series has a single date, so the frequency cannot be "
                    + "inferred; give --freq");
        }
        return freq;
    }

    private static Frequency integerFrequency(List<Rows> all) {
        for (Rows r : all) {
            for (int i = 0; i < r.n; i++) {
                long v = r.stamp[i].value();
                if (v < 1000 || v > 2999) {
                    return Frequency.INDEX;
                }
            }
        }
        return Frequency.YEARLY;
    }

    /** The frequency one series' dates say, or null when it has a single date. */
    private Frequency seriesFrequency(Rows r) {
        if (r.n < 2) {
            return null;
        }
        switch (style) {
            case INTEGER:
                return integerFrequency(List.of(r)) == Frequency.YEARLY ? Frequency.YEARLY : Frequency.INDEX;
            case QUARTER:
                return gcd(r, false) % 4 == 0 ? Frequency.YEARLY : Frequency.QUARTERLY;
            case MONTH:
                return byMonths(gcd(r, false));
            default:
                if (onOneDay(r)) {
                    return byMonths(gcd(r, true));
                }
                return gcd(r, false) % 7 == 0 ? Frequency.WEEKLY : Frequency.DAILY;
        }
    }

    private static Frequency byMonths(long g) {
        return g % 12 == 0 ? Frequency.YEARLY : g % 3 == 0 ? Frequency.QUARTERLY : Frequency.MONTHLY;
    }

    /** Every date on the same day of the month, or every date a month end. */
    private static boolean onOneDay(Rows r) {
        boolean sameDay = true;
        boolean ends = true;
        for (int i = 0; i < r.n; i++) {
            sameDay &= r.stamp[i].day() == r.stamp[0].day();
            ends &= r.stamp[i].monthEnd();
        }
        return sameDay || ends;
    }

    private static long gcd(Rows r, boolean months) {
        long g = 0;
        for (int i = 1; i < r.n; i++) {
            long d = months ? r.stamp[i].month() - r.stamp[i - 1].month() : r.stamp[i].value() - r.stamp[i - 1].value();
            g = gcd(g, d);
        }
        return g;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    /** The series on its axis, checked for dates off the frequency and for gaps, filled as asked. */
    /** A filled series spans at most this many periods per row it has (or {@link #MIN_FILL_SPAN}). */
    static final int FILL_FACTOR = 10;

    /** The span a filled series may always have. */
    static final int MIN_FILL_SPAN = 1000;

    private PanelSeries regular(Rows r, Frequency freq) {
        TimeAxis axis = axis(r, freq);
        boolean months = axis.monthBased();
        long[] index = new long[r.n];
        for (int i = 0; i < r.n; i++) {
            Stamp s = r.stamp[i];
            if (months && !(axis.monthEnd() ? s.monthEnd() : s.day() == axis.day())) {
                throw error(r.row[i], options.dateColumn(), r.text[i] + " is off the " + freq.label()
                        + " dates of series '" + r.id + "', which fall on " + (axis.monthEnd() ? "month ends"
                        : "day " + axis.day() + " of the month") + " (row " + r.row[0] + ": " + r.text[0] + ")");
            }
            long p = months ? s.month() : s.value();
            long d = p - axis.anchor();
            if (d % axis.step() != 0) {
                throw error(r.row[i], options.dateColumn(), r.text[i] + " is off the " + freq.label()
                        + " dates of series '" + r.id + "' (" + r.text[0] + " on row " + r.row[0] + ", then every "
                        + stepText(axis) + ")");
            }
            index[i] = d / axis.step();
        }
        long span = index[r.n - 1] + 1;
        if (options.fill() == Fill.NONE && span > r.n) {
            // a gap, found on the sorted dates before an array of the whole span is made (two rows far apart must
            // not allocate gigabytes)
            int t = 0;
            while (t < r.n && index[t] == t) {
                t++;
            }
            throw gap(r, index, t, (int) Math.min(index[t], Integer.MAX_VALUE - 8), axis);
        }
        if (span > Math.max(MIN_FILL_SPAN, FILL_FACTOR * (long) r.n)) {
            throw error(r.row[r.n - 1], options.dateColumn(), "series '" + r.id + "' spans " + span
                    + " periods with " + r.n + " rows; --fill fills at most " + FILL_FACTOR + " periods per row (or "
                    + MIN_FILL_SPAN + " in all), docs/limits.md");
        }
        int length = (int) span;
        double[] v = new double[length];
        Arrays.fill(v, Double.NaN);
        for (int i = 0; i < r.n; i++) {
            v[(int) index[i]] = r.value[i];
        }
        int filled = 0;
        for (int t = 0; t < length; t++) {
            if (!Double.isNaN(v[t])) {
                continue;
            }
            int after = nextObserved(v, t);
            if (options.fill() == Fill.NONE) {
                throw gap(r, index, t, after, axis);
            }
            if (options.fill() == Fill.ZERO) {
                Arrays.fill(v, t, after, 0.0);
            } else {
                if (t == 0 || after == length) {
                    throw error(rowAt(r, index, t == 0 ? after : t - 1), options.valueColumn(), "series '" + r.id
                            + "' " + (t == 0 ? "starts" : "ends") + " with a missing value at " + axis.label(t)
                            + ", which interpolation cannot fill; use --fill zero or drop the row");
                }
                double a = v[t - 1];
                double b = v[after];
                int gapLength = after - t + 1;
                for (int k = t; k < after; k++) {
                    v[k] = a + (b - a) * (k - t + 1) / gapLength;
                }
            }
            filled += after - t;
            t = after - 1;
        }
        return new PanelSeries(r.id, axis, v, filled);
    }

    private static int nextObserved(double[] v, int t) {
        int k = t;
        while (k < v.length && Double.isNaN(v[k])) {
            k++;
        }
        return k;
    }

    private static long rowAt(Rows r, long[] index, int t) {
        for (int i = 0; i < r.n; i++) {
            if (index[i] >= t) {
                return r.row[i];
            }
        }
        return r.row[r.n - 1];
    }

    private PanelException gap(Rows r, long[] index, int t, int after, TimeAxis axis) {
        // a row at t with a missing value, or the first row after the gap
        for (int i = 0; i < r.n; i++) {
            if (index[i] == t) {
                return error(r.row[i], options.valueColumn(), "missing value in series '" + r.id
                        + "' at " + r.text[i] + "; give --fill zero or --fill interpolate to fill it");
            }
        }
        String missing = after - t == 1 ? axis.label(t) : axis.label(t) + " to " + axis.label(after - 1);
        return error(rowAt(r, index, t), options.dateColumn(), "series '" + r.id + "' has a gap: no row for "
                + missing + " (" + (after - t) + " " + axis.frequency().label() + " period" + (after - t == 1 ? ""
                : "s") + "); give --fill zero or --fill interpolate to fill it");
    }

    private static String stepText(TimeAxis a) {
        return switch (a.style()) {
            case INTEGER -> a.step() + "";
            case QUARTER -> a.step() + " quarter" + (a.step() == 1 ? "" : "s");
            case MONTH -> a.step() + " month" + (a.step() == 1 ? "" : "s");
            case ISO_DATE -> a.monthBased() ? a.step() + " month" + (a.step() == 1 ? "" : "s")
                    : a.step() + " day" + (a.step() == 1 ? "" : "s");
        };
    }

    private TimeAxis axis(Rows r, Frequency freq) {
        Stamp first = r.stamp[0];
        long step;
        switch (style) {
            case INTEGER -> {
                if (freq != Frequency.YEARLY && freq != Frequency.INDEX) {
                    throw incompatible(r, freq);
                }
                step = 1;
            }
            case QUARTER -> step = switch (freq) {
                case QUARTERLY -> 1;
                case YEARLY -> 4;
                default -> throw incompatible(r, freq);
            };
            case MONTH -> step = switch (freq) {
                case MONTHLY -> 1;
                case QUARTERLY -> 3;
                case YEARLY -> 12;
                default -> throw incompatible(r, freq);
            };
            default -> step = switch (freq) {
                case MONTHLY -> 1;
                case QUARTERLY -> 3;
                case YEARLY -> 12;
                case WEEKLY -> 7;
                case DAILY -> 1;
                case INDEX -> throw incompatible(r, freq);
            };
        }
        boolean monthBased = style == DateStyle.ISO_DATE && freq != Frequency.WEEKLY && freq != Frequency.DAILY;
        boolean ends = monthBased && first.monthEnd() && first.day() >= 28 && allMonthEnds(r);
        long anchor = monthBased ? first.month() : first.value();
        return new TimeAxis(style, freq, anchor, step, first.day(), ends);
    }

    private static boolean allMonthEnds(Rows r) {
        for (int i = 0; i < r.n; i++) {
            if (!r.stamp[i].monthEnd()) {
                return false;
            }
        }
        return true;
    }

    private PanelException incompatible(Rows r, Frequency freq) {
        return error(r.row[0], options.dateColumn(), "'" + r.text[0] + "' is " + style.description()
                + ", which cannot be " + freq.label() + String.format(Locale.ROOT, " dates"));
    }
}
