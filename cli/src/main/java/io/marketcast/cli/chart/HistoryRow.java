package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Objects;

/**
 * One row of history.csv: a value known at the as-of quarter that the forecast starts from.
 *
 * @param series  result id as in quantiles.csv
 * @param quarter the quarter
 * @param value   USD millions, or percent for margins
 * @param status  {@code reported}, {@code restated} or {@code estimate}
 */
public record HistoryRow(String series, Quarter quarter, double value, String status) {

    static final String[] COLUMNS = {"series", "quarter", "value", "status"};

    public HistoryRow {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(status, "status");
    }

    public boolean isEstimate() {
        return status.startsWith("estimate");
    }

    /** Rows of a history.csv, in file order. */
    public static List<HistoryRow> read(CsvInput in) {
        in.require(COLUMNS);
        return in.rows().stream().map(r -> {
            String status = r.required("status");
            if (!status.equals("reported") && !status.startsWith("restated") && !status.equals("estimate")) {
                throw r.error("column 'status': expected reported, restated or estimate, found '" + status + "'");
            }
            return new HistoryRow(r.required("series"), r.quarter("quarter"), r.number("value"), status);
        }).toList();
    }
}
