package io.marketcast.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a series measures. */
public enum Metric {
    REVENUE("revenue"),
    /** Segment operating income (AWS, Google Cloud, Microsoft). */
    OPERATING_INCOME("operating-income"),
    /** Adjusted EBITA, a non-GAAP segment profit (Alibaba). */
    ADJUSTED_EBITA("adjusted-ebita"),
    /** Analyst market total (Synergy, Canalys). */
    MARKET_TOTAL("market-total"),
    /** Analyst market share, percent. */
    MARKET_SHARE("market-share");

    private final String slug;

    Metric(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Whether this is a segment profit measure (operating income or adjusted EBITA). */
    public boolean isIncome() {
        return this == OPERATING_INCOME || this == ADJUSTED_EBITA;
    }

    /** Parses {@code revenue}, {@code operating-income}, {@code adjusted-ebita}...; the error lists the valid names. */
    public static Metric parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Metric m : values()) {
            if (m.slug.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "' (expected one of "
                + Arrays.stream(values()).map(Metric::slug).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return slug;
    }
}
