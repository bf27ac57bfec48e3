package io.marketcast.cli.chart;

import java.util.List;
import java.util.Objects;

/**
 * One row of a benchmark CSV: {@code method,period,smape,mase,source}.
 *
 * @param method a method name, e.g. {@code THETA}
 * @param period a group of series, e.g. {@code yearly}, {@code quarterly}, {@code monthly}, {@code other}
 * @param smape  symmetric MAPE in percent (0–200)
 * @param mase   mean absolute scaled error (≥ 0)
 * @param source {@code ours} (computed by Marketcast; {@code marketcast}, as {@code benchmark --format csv} writes
 *               it, is read as {@code ours}) or {@code published} (the competition's figures)
 */
public record BenchmarkRow(String method, String period, double smape, double mase, String source) {

    static final String[] COLUMNS = {"method", "period", "smape", "mase", "source"};

    public BenchmarkRow {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(period, "period");
        if (source.equals("marketcast")) {
            source = "ours";
        }
        if (!source.equals("ours") && !source.equals("published")) {
            throw new IllegalArgumentException("column 'source': expected marketcast (or ours) or published, found '"
                    + source + "'");
        }
        if (smape < 0 || mase < 0) {
            throw new IllegalArgumentException("smape and mase must be non-negative, were " + smape + ", " + mase);
        }
    }

    public boolean ours() {
        return source.equals("ours");
    }

    /** Rows of a benchmark CSV, in file order. */
    public static List<BenchmarkRow> read(CsvInput in) {
        in.require(COLUMNS);
        return in.rows().stream().map(r -> {
            try {
                return new BenchmarkRow(r.required("method"), r.required("period"), r.number("smape"),
                        r.number("mase"), r.required("source"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
        }).toList();
    }
}
