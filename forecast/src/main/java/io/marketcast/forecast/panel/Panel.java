package io.marketcast.forecast.panel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Many regular series of one frequency, from long-format data (one row per id, date and value): the
 * {@link PanelBuilder} checks and orders the rows, infers the frequency and fills gaps as asked.
 *
 * @param source    where the data came from (a file name), for messages
 * @param frequency the spacing of every series
 * @param season    the seasonal period the methods are given (the frequency's default, or the caller's)
 * @param style     how the input wrote its dates
 * @param series    the series in the order their ids first appear in the input
 */
public record Panel(String source, Frequency frequency, int season, DateStyle style, List<PanelSeries> series) {

    public Panel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(style, "style");
        series = List.copyOf(series);
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1, was " + season);
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (PanelSeries s : series) {
            if (seen.put(s.id(), true) != null) {
                throw new IllegalArgumentException("series id '" + s.id() + "' appears twice");
            }
        }
    }

    /** A builder of a panel from rows, for data from {@code source} (named in every message). */
    public static PanelBuilder builder(String source, PanelOptions options) {
        return new PanelBuilder(source, options);
    }

    /** The series with id {@code id}. */
    public Optional<PanelSeries> get(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The number of series. */
    public int size() {
        return series.size();
    }

    /** The total number of observations. */
    public long observations() {
        return series.stream().mapToLong(PanelSeries::length).sum();
    }

    /** The same panel with seasonal period {@code m}. */
    public Panel withSeason(int m) {
        return new Panel(source, frequency, m, style, series);
    }
}
