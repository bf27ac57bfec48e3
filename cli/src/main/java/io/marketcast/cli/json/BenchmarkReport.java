package io.marketcast.cli.json;

import java.util.List;

/** {@code marketcast benchmark}: sMAPE (percent) and MASE per method and period, ours and the published ones. */
public record BenchmarkReport(String dataset, List<Row> results, List<Published> published) {

    /** One of our methods on one period (or ALL): means over series; {@code failures} fell back to naive. */
    public record Row(String method, String period, double smape, double mase, int series, int failures) {
    }

    /** A published entrant's sMAPE (percent) and MASE on one period, over {@code series} series. */
    public record Published(String method, String period, double smape, double mase, int series) {
    }
}
