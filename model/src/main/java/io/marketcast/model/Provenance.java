package io.marketcast.model;

/**
 * Where a value comes from. Estimated values stay marked as estimates through forecasts, tables and charts.
 */
public enum Provenance {
    /** As first published for the quarter. */
    REPORTED,
    /** As recast by the company later (the point's status says the year). */
    RESTATED,
    /** Not published by the company: reconstructed (Azure) or an analyst estimate (market totals, shares). */
    ESTIMATE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
