package io.marketcast.forecast.panel;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to read a panel.
 *
 * @param idColumn    the id column's name (for messages)
 * @param dateColumn  the date column's name
 * @param valueColumn the value column's name
 * @param frequency   the frequency, or empty to infer it from the dates (every series must agree)
 * @param season      the seasonal period, or empty for the frequency's default
 * @param fill        what to do with missing periods
 */
public record PanelOptions(String idColumn, String dateColumn, String valueColumn, Optional<Frequency> frequency,
        OptionalInt season, Fill fill) {

    public PanelOptions {
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(dateColumn, "dateColumn");
        Objects.requireNonNull(valueColumn, "valueColumn");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(fill, "fill");
        if (season.isPresent() && season.getAsInt() < 1) {
            throw new IllegalArgumentException("season must be at least 1, was " + season.getAsInt());
        }
    }

    /** Columns {@code unique_id, ds, y}, frequency inferred, default season, gaps are errors. */
    public static final PanelOptions DEFAULT = new PanelOptions("unique_id", "ds", "y", Optional.empty(),
            OptionalInt.empty(), Fill.NONE);

    public PanelOptions withColumns(String id, String date, String value) {
        return new PanelOptions(id, date, value, frequency, season, fill);
    }

    public PanelOptions withFrequency(Frequency f) {
        return new PanelOptions(idColumn, dateColumn, valueColumn, Optional.of(f), season, fill);
    }

    public PanelOptions withSeason(int m) {
        return new PanelOptions(idColumn, dateColumn, valueColumn, frequency, OptionalInt.of(m), fill);
    }

    public PanelOptions withFill(Fill f) {
        return new PanelOptions(idColumn, dateColumn, valueColumn, frequency, season, f);
    }
}
