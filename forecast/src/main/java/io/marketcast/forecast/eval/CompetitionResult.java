package io.marketcast.forecast.eval;

import java.util.List;

/**
 * Scores of a competition run.
 *
 * @param rows   one row per method and period, then per method over all scored series ({@code ALL}); in method
 *               order, periods in order of first appearance
 * @param scores one score per method and series, in series order then method order
 */
public record CompetitionResult(List<Row> rows, List<SeriesScore> scores) {

    public CompetitionResult {
        rows = List.copyOf(rows);
        scores = List.copyOf(scores);
    }

    /**
     * A method's accuracy on a set of series.
     *
     * @param method   method name
     * @param period   {@code YEARLY}, ..., or {@code ALL}
     * @param smape    mean over series of the series' sMAPE, percent
     * @param mase     mean over series of the series' MASE, leaving out series whose MASE is undefined (a constant
     *                 history has no scale; see {@link SeriesScore#mase()}); NaN when no series has one
     * @param series   number of series
     * @param failures series where the method failed and the naive forecast was scored in its place
     */
    public record Row(String method, String period, double smape, double mase, int series, int failures) {
    }

    /**
     * One method on one series.
     *
     * @param failure the method's message when it failed (the naive forecast was scored), else empty
     */
    public record SeriesScore(String id, String period, String method, double smape, double mase, String failure) {
    }

    /** The row of {@code method} and {@code period}. */
    public Row row(String method, String period) {
        return rows.stream().filter(r -> r.method().equals(method) && r.period().equals(period)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for " + method + " " + period));
    }
}
