package io.marketcast.forecast.panel;

/** How a panel writes its dates; forecasts are labelled the same way. */
public enum DateStyle {
    /** {@code 2020-07-31}. */
    ISO_DATE("an ISO date (2020-07-31)"),
    /** {@code 2020Q3}. */
    QUARTER("a quarter (2020Q3)"),
    /** {@code 2020-07}. */
    MONTH("a month (2020-07)"),
    /** A whole number: a year ({@code 2020}) or an integer index ({@code 1, 2, 3}). */
    INTEGER("a whole number (a year or an index)");

    private final String description;

    DateStyle(String description) {
        this.description = description;
    }

    /** What a date of this style looks like, for messages. */
    public String description() {
        return description;
    }
}
