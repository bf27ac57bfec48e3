package io.marketcast.forecast.panel;

import java.util.Locale;

/** What to do with a period missing inside a series (a gap between two dates, or a missing value). */
public enum Fill {
    /** A gap is an error. */
    NONE,
    /** A missing period counts as 0. */
    ZERO,
    /** A missing period is the straight line between its neighbours. */
    INTERPOLATE;

    /** Parses {@code none|zero|interpolate}. */
    public static Fill parse(String text) {
        for (Fill f : values()) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown fill '" + text + "'; valid: none, zero, interpolate");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
