package io.marketcast.cli.json;

import java.util.List;

/** {@code marketcast data show}: one series point by point, values in {@code unit}; {@code conversion} if converted. */
public record SeriesReport(String series, String company, String segment, String metric, String currency,
        String unit, String asOf, String conversion, List<Point> points, List<String> gaps, List<String> breaks) {

    /** One quarter's value with its status (reported, restated, estimate), segment definition and source. */
    public record Point(String quarter, double value, String status, String definition, String source) {
    }
}
