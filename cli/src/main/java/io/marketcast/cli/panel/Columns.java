package io.marketcast.cli.panel;

import io.marketcast.forecast.panel.PanelException;
import java.util.List;
import java.util.Locale;

/**
 * Which columns of a long-format table hold the id, the date and the value: the names given ({@code --id},
 * {@code --date}, {@code --value}), or else the first of the usual names found ({@code unique_id, id, series},
 * {@code ds, date, period, time}, {@code y, value}), matched without regard to case. Other columns are ignored.
 *
 * @param id    index of the id column
 * @param date  index of the date column
 * @param value index of the value column
 * @param names the three column names as the header writes them
 */
public record Columns(int id, int date, int value, List<String> names) {

    static final List<String> ID_NAMES = List.of("unique_id", "id", "series");
    static final List<String> DATE_NAMES = List.of("ds", "date", "period", "time");
    static final List<String> VALUE_NAMES = List.of("y", "value");

    /** The names asked for; each may be null for the usual names. */
    public record Wanted(String id, String date, String value) {
        public static final Wanted DEFAULT = new Wanted(null, null, null);
    }

    /** Finds the columns in {@code header} (the first row of {@code source}). */
    static Columns find(String source, List<String> header, Wanted wanted) {
        int id = find(source, header, wanted.id(), ID_NAMES, "--id");
        int date = find(source, header, wanted.date(), DATE_NAMES, "--date");
        int value = find(source, header, wanted.value(), VALUE_NAMES, "--value");
        if (id == date || id == value || date == value) {
            throw new PanelException(source, 1, header.get(id == date ? id : value), "one column cannot be two of "
                    + "id, date and value; name them with --id, --date and --value");
        }
        return new Columns(id, date, value, List.of(header.get(id), header.get(date), header.get(value)));
    }

    private static int find(String source, List<String> header, String wanted, List<String> usual, String option) {
        List<String> names = wanted == null ? usual : List.of(wanted);
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        String looked = wanted == null ? "none of " + String.join(", ", usual) + " is a column" : "no such column";
        throw new PanelException(source, 1, wanted == null ? usual.get(0) : wanted, looked + "; the header has "
                + String.join(", ", header) + " (name the column with " + option + ")");
    }

    /** The id column's name. */
    public String idName() {
        return names.get(0);
    }

    public String dateName() {
        return names.get(1);
    }

    public String valueName() {
        return names.get(2);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
