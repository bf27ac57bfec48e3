package io.marketcast.cli.chart;

import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of quantiles.csv: the simulated distribution of one series in one quarter, and the actual value where the
 * data has it. Units are those of the series (USD millions, or percent for {@code share:} and {@code margin:}).
 *
 * @param series       result id, e.g. {@code aws}, {@code share:aws}, {@code income:alibaba-cloud}
 * @param quarter      forecast quarter
 * @param mean         mean of the paths
 * @param p5           5th percentile (and so on up to {@code p95}); non-decreasing
 * @param actual       the value in the data, if any
 * @param actualStatus reported / restated / estimate, and a note when not comparable with the fitted history
 */
public record QuantileRow(String series, Quarter quarter, double mean, double p5, double p10, double p25, double p50,
        double p75, double p90, double p95, OptionalDouble actual, String actualStatus) {

    static final String[] COLUMNS = {"series", "quarter", "mean", "p5", "p10", "p25", "p50", "p75", "p90", "p95",
        "actual", "actual_status"};

    public QuantileRow {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(actual, "actual");
        actualStatus = actualStatus == null ? "" : actualStatus;
        if (!(p5 <= p10 && p10 <= p25 && p25 <= p50 && p50 <= p75 && p75 <= p90 && p90 <= p95)) {
            throw new IllegalArgumentException("quantiles of " + series + " " + quarter
                    + " must be non-decreasing p5 <= ... <= p95, were " + p5 + ", " + p10 + ", " + p25 + ", " + p50
                    + ", " + p75 + ", " + p90 + ", " + p95);
        }
    }

    /** Whether the actual is an estimate (Azure, the rest of the market). */
    public boolean actualIsEstimate() {
        return actualStatus.startsWith("estimate");
    }

    /** Whether the actual is on a segment definition that is not comparable with the fitted history. */
    public boolean actualNotComparable() {
        return actualStatus.contains("not comparable");
    }

    /** Rows of a quantiles.csv, in file order. */
    public static List<QuantileRow> read(CsvInput in) {
        in.require(COLUMNS);
        return in.rows().stream().map(r -> {
            try {
                return new QuantileRow(r.required("series"), r.quarter("quarter"), r.number("mean"), r.number("p5"),
                        r.number("p10"), r.number("p25"), r.number("p50"), r.number("p75"), r.number("p90"),
                        r.number("p95"), r.optionalNumber("actual"), r.text("actual_status"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }).toList();
    }
}
