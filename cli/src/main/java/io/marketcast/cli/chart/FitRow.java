package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of a growth-curve fit CSV: {@code series,quarter,t,value,fitted,capacity}.
 *
 * @param series   the series fitted, e.g. {@code aws}
 * @param quarter  the quarter
 * @param t        the time index used by the fit (quarters from the first observation)
 * @param value    the observed value (USD millions), empty for quarters past the data
 * @param fitted   the fitted curve at t (USD millions)
 * @param capacity the fitted saturation level (USD millions), empty for curves without one
 */
public record FitRow(String series, Quarter quarter, double t, OptionalDouble value, double fitted,
        OptionalDouble capacity) {

    static final String[] COLUMNS = {"series", "quarter", "t", "value", "fitted", "capacity"};

    public FitRow {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(capacity, "capacity");
    }

    /** Rows of a growth-fit CSV, in file order. */
    public static List<FitRow> read(CsvInput in) {
        in.require(COLUMNS);
        return in.rows().stream().map(r -> new FitRow(r.required("series"), r.quarter("quarter"), r.number("t"),
                r.optionalNumber("value"), r.number("fitted"), r.optionalNumber("capacity"))).toList();
    }
}
