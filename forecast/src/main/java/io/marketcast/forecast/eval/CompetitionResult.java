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
     * @param coverage80 mean over series of the share of actuals inside the 80% interval (0..1)
     * @param coverage95 mean over series of the share of actuals inside the 95% interval (0..1)
     * @param msis     mean over series of the MSIS of the 95% interval (M4: alpha 0.05, MASE's scale), leaving out
     *                 the series MASE leaves out; NaN when no series has a scale
     * @param series   number of series
     * @param failures series where the method failed and the naive forecast was scored in its place
     */
    public record Row(String method, String period, double smape, double mase, double coverage80,
            double coverage95, double msis, int series, int failures) {
    }

    /**
     * One method on one series.
     *
     * @param coverage80 share of the actuals inside the 80% interval
     * @param coverage95 share of the actuals inside the 95% interval
     * @param msis       MSIS of the 95% interval
     * @param failure the method's message when it failed (the naive forecast was scored), else empty
     */
    public record SeriesScore(String id, String period, String method, double smape, double mase,
            double coverage80, double coverage95, double msis, String failure) {
    }

    /** The row of {@code method} and {@code period}. */
    public Row row(String method, String period) {
        return rows.stream().filter(r -> r.method().equals(method) && r.period().equals(period)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for " + method + " " + period));
    }
}
