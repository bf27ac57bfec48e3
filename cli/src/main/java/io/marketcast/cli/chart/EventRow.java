package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Objects;

/**
 * One row of events.csv.
 *
 * @param event   {@code profitable:<id>}, {@code margin>=X%:<id>}, {@code A>=B} (crossover) or {@code <id>>=value}
 * @param quarter the quarter
 * @param pAt     P(the condition holds in the quarter), in [0, 1]
 * @param pBy     P(the condition first held by the quarter), in [0, 1]
 */
public record EventRow(String event, Quarter quarter, double pAt, double pBy) {

    static final String[] COLUMNS = {"event", "quarter", "p_at", "p_by"};
    static final String PROFITABLE = "profitable:";

    public EventRow {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(quarter, "quarter");
    }

    /** The unit of a {@code profitable:<id>} event, or null. */
    public String profitableUnit() {
        return event.startsWith(PROFITABLE) ? event.substring(PROFITABLE.length()) : null;
    }

    /** {@code [A, B]} of a crossover event {@code A>=B} (two series ids, not a number), or null. */
    public String[] crossoverPair() {
        if (event.contains(":") || event.contains("%")) {
            return null;
        }
        int at = event.indexOf(">=");
        if (at <= 0 || at + 2 >= event.length()) {
            return null;
        }
        String b = event.substring(at + 2);
        try {
            Double.parseDouble(b);
            return null;
        } catch (NumberFormatException e) {
            return new String[] {event.substring(0, at), b};
        }
    }

    /** Rows of an events.csv, in file order. */
    public static List<EventRow> read(CsvInput in) {
        in.require(COLUMNS);
        return in.rows().stream().map(r -> new EventRow(r.required("event"), r.quarter("quarter"),
                r.probability("p_at"), r.probability("p_by"))).toList();
    }
}
