package io.marketcast.forecast.panel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The dates of one series: observation {@code i} (0 for the first; beyond the last for forecasts) is at
 * {@code anchor + i·step} on the style's natural axis, written back in the style of the input.
 *
 * @param style     how the input wrote its dates
 * @param frequency the panel's frequency
 * @param anchor    the first observation's position (integer, quarter count, month count or epoch day)
 * @param step      positions per observation (e.g. 3 months for quarterly data written as months)
 * @param day       for ISO dates of a monthly, quarterly or yearly series: the day of the month of every date
 * @param monthEnd  for those series: every date is the last day of its month
 */
public record TimeAxis(DateStyle style, Frequency frequency, long anchor, long step, int day, boolean monthEnd) {

    public TimeAxis {
        if (step < 1) {
            throw new IllegalArgumentException("step must be at least 1, was " + step);
        }
    }

    /** Whether ISO dates of this axis count months (monthly, quarterly, yearly) rather than days. */
    boolean monthBased() {
        return style == DateStyle.ISO_DATE && frequency != Frequency.WEEKLY && frequency != Frequency.DAILY;
    }

    /** The date of observation {@code i}, written as the input writes dates. */
    public String label(int i) {
        long p = anchor + i * step;
        return switch (style) {
            case INTEGER -> Long.toString(p);
            case QUARTER -> Math.floorDiv(p, 4) + "Q" + (Math.floorMod(p, 4) + 1);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(p, 12), Math.floorMod(p, 12) + 1);
            case ISO_DATE -> date(i).toString();
        };
    }

    /** The date of observation {@code i} as a calendar day (ISO-date axes only). */
    public LocalDate date(int i) {
        if (style != DateStyle.ISO_DATE) {
            throw new IllegalStateException("not an axis of ISO dates: " + style);
        }
        long p = anchor + i * step;
        if (!monthBased()) {
            return LocalDate.ofEpochDay(p);
        }
        YearMonth ym = YearMonth.of((int) Math.floorDiv(p, 12), (int) Math.floorMod(p, 12) + 1);
        return ym.atDay(monthEnd ? ym.lengthOfMonth() : Math.min(day, ym.lengthOfMonth()));
    }

    /** Observation {@code i} as a number for a chart's x axis: years with fractions (index axes: the index). */
    public double x(int i) {
        long p = anchor + i * step;
        return switch (style) {
            case INTEGER -> p;
            case QUARTER -> p / 4.0;
            case MONTH -> p / 12.0;
            case ISO_DATE -> {
                LocalDate d = date(i);
                yield d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
            }
        };
    }
}
