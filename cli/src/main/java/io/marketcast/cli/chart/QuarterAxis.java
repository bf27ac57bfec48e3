package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;

/**
 * Quarters on a numeric x axis: a quarter is plotted at {@code year + (q − 1)/4} (2020Q1 at 2020.0, 2020Q3 at
 * 2020.5), so ticks at whole numbers fall on the first quarter of a year and read as the year.
 */
public final class QuarterAxis {

    private QuarterAxis() {
    }

    public static double x(Quarter q) {
        return q.year() + (q.quarter() - 1) / 4.0;
    }

    /** Tick label: the year at a whole number, the quarter elsewhere. */
    public static String label(double x) {
        double year = Math.floor(x + 1e-9);
        int q = (int) Math.round((x - year) * 4) + 1;
        if (q == 1 && Math.abs(x - year) < 1e-6) {
            return String.valueOf((long) year);
        }
        return (long) year + "Q" + Math.min(4, q);
    }
}
