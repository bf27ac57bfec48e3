package io.marketcast.forecast.panel;

import java.util.Locale;

/**
 * The spacing of a panel's observations, with the seasonal period a method is given by default (the number of
 * observations in a year, as in R's {@code frequency()}; 52 for weekly data, 7 for daily data and 1 for an integer
 * index or yearly data).
 */
public enum Frequency {
    YEARLY(1), QUARTERLY(4), MONTHLY(12), WEEKLY(52), DAILY(7), INDEX(1);

    private final int season;

    Frequency(int season) {
        this.season = season;
    }

    /** The default seasonal period: 1, 4, 12, 52, 7 or 1. */
    public int defaultSeason() {
        return season;
    }

    /** Lower-case name as {@code --freq} takes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code yearly|quarterly|monthly|weekly|daily|index} (also the one-letter pandas aliases {@code Y, Q, M,
     * W, D} and {@code integer}).
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static Frequency parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "yearly", "annual", "y", "a" -> YEARLY;
            case "quarterly", "q" -> QUARTERLY;
            case "monthly", "m" -> MONTHLY;
            case "weekly", "w" -> WEEKLY;
            case "daily", "d" -> DAILY;
            case "index", "integer", "int" -> INDEX;
            default -> throw new IllegalArgumentException("unknown frequency '" + text
                    + "'; valid: yearly, quarterly, monthly, weekly, daily, index");
        };
    }
}
