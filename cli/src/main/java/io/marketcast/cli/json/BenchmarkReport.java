package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast benchmark}: sMAPE (percent), MASE, interval coverage (share 0..1) and MSIS per method and period,
 * ours and the published ones (which have point scores only).
 */
public record BenchmarkReport(String dataset, List<Row> results, List<Published> published) {

    /**
     * One of our methods on one period (or ALL): means over series; {@code coverage80}/{@code coverage95} the share of
     * actuals inside the 80%/95% interval, {@code msis} the MSIS of the 95% interval (M4); {@code failures} fell back
     * to naive.
     */
    public record Row(String method, String period, double smape, double mase, double coverage80, double coverage95,
            double msis, int series, int failures) {
    }

    /** A published entrant's sMAPE (percent) and MASE on one period, over {@code series} series. */
    public record Published(String method, String period, double smape, double mase, int series) {
    }
}
