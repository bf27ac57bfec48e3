package io.marketcast.spark;

import io.marketcast.forecast.panel.Fill;
import io.marketcast.forecast.panel.Frequency;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read a Spark table of series in long format, as {@code marketcast forecast FILE} reads a file: which columns
 * hold the id, the date and the value (null for the usual names, found without regard to case: {@code unique_id, id,
 * series}; {@code ds, date, period, time}; {@code y, value}), the frequency (null to infer it from the dates, every
 * series agreeing), the seasonal period (0 for the frequency's default) and what to do with gaps. Serializable, so
 * that it travels to the executors.
 *
 * @param source the input's name in messages (a path)
 * @param id     the id column, or null
 * @param date   the date column, or null
 * @param value  the value column, or null
 * @param freq   the frequency, or null to infer it
 * @param season the seasonal period, or 0 for the frequency's default
 * @param fill   missing periods inside a series
 */
public record PanelInput(String source, String id, String date, String value, Frequency freq, int season, Fill fill)
        implements Serializable {

    static final List<String> ID_NAMES = List.of("unique_id", "id", "series");
    static final List<String> DATE_NAMES = List.of("ds", "date", "period", "time");
    static final List<String> VALUE_NAMES = List.of("y", "value");

    public PanelInput {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fill, "fill");
        if (season < 0) {
            throw new IllegalArgumentException("season must be at least 1 (or 0 for the default), was " + season);
        }
    }

    /** The usual columns, frequency inferred, default season, gaps are errors. */
    public static PanelInput of(String source) {
        return new PanelInput(source, null, null, null, null, 0, Fill.NONE);
    }

    public PanelInput withFrequency(Frequency f) {
        return new PanelInput(source, id, date, value, f, season, fill);
    }

    public PanelInput withSeason(int m) {
        return new PanelInput(source, id, date, value, freq, m, fill);
    }

    public PanelInput withFill(Fill f) {
        return new PanelInput(source, id, date, value, freq, season, f);
    }

    public PanelInput withColumns(String idColumn, String dateColumn, String valueColumn) {
        return new PanelInput(source, idColumn, dateColumn, valueColumn, freq, season, fill);
    }

    /** The library's options with these column names (as the table writes them) and {@code frequency}. */
    PanelOptions options(List<String> names, Frequency frequency) {
        PanelOptions o = PanelOptions.DEFAULT.withColumns(names.get(0), names.get(1), names.get(2)).withFill(fill);
        if (frequency != null) {
            o = o.withFrequency(frequency);
        }
        return season > 0 ? o.withSeason(season) : o;
    }

    /** The id, date and value columns of a table with these columns, as the table writes them. */
    List<String> columns(String[] header) {
        String i = find(header, id, ID_NAMES, "--id");
        String d = find(header, date, DATE_NAMES, "--date");
        String v = find(header, value, VALUE_NAMES, "--value");
        if (i.equals(d) || i.equals(v) || d.equals(v)) {
            throw new io.marketcast.forecast.panel.PanelException(source, 1, i.equals(d) ? d : v, "one column cannot "
                    + "be two of id, date and value; name them with --id, --date and --value");
        }
        return List.of(i, d, v);
    }

    private String find(String[] header, String wanted, List<String> usual, String option) {
        List<String> names = wanted == null ? usual : List.of(wanted);
        for (String n : names) {
            for (String h : header) {
                if (h.strip().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                    return h;
                }
            }
        }
        String looked = wanted == null ? "none of " + String.join(", ", usual) + " is a column" : "no such column";
        throw new io.marketcast.forecast.panel.PanelException(source, 1, wanted == null ? usual.get(0) : wanted,
                looked + "; the header has " + String.join(", ", header) + " (name the column with " + option + ")");
    }
}
