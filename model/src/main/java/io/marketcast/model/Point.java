package io.marketcast.model;

import java.util.Objects;

/**
 * One value of a series, with where it came from.
 *
 * @param quarter    calendar quarter the value belongs to
 * @param value      the value in the series' currency and unit; finite
 * @param provenance reported, restated or estimate
 * @param status     the data's own status text, e.g. {@code reported} or {@code restated 2023}
 * @param definition segment-definition tag in force (rows with the same tag are comparable)
 * @param source     source note (document and date, or a note starting {@code unverified:})
 */
public record Point(Quarter quarter, double value, Provenance provenance, String status, String definition,
        String source) {

    public Point {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(provenance, "provenance");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value + " at " + quarter);
        }
        status = status == null ? provenance.label() : status;
        definition = definition == null ? "" : definition;
        source = source == null ? "" : source;
    }

    /** The year in which a restated value was recast, from a status such as {@code restated 2023}; 0 when not restated. */
    public int restatedYear() {
        if (provenance != Provenance.RESTATED) {
            return 0;
        }
        String digits = status.replaceAll("\\D", "");
        return digits.length() == 4 ? Integer.parseInt(digits) : 0;
    }

    /**
     * Whether this value had been published by the end of {@code asOf}: its quarter is not later, and a
     * restated value's recast year is not later than the as-of year (the data gives only the year, so a
     * recast is taken as known from the first quarter of that year).
     */
    public boolean knownAsOf(Quarter asOf) {
        if (quarter.isAfter(asOf)) {
            return false;
        }
        int y = restatedYear();
        return y == 0 || y <= asOf.year();
    }

    public Point withValue(double newValue) {
        return new Point(quarter, newValue, provenance, status, definition, source);
    }

    public Point withSource(String newSource) {
        return new Point(quarter, value, provenance, status, definition, newSource);
    }
}
