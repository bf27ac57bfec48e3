package io.marketcast.cli.json;

import java.util.List;

/** {@code marketcast data list}: every series of a dataset. */
public record SeriesListReport(String origin, String version, List<Entry> series) {

    /** One series: span, points by provenance (reported, restated, estimate), gaps and definition breaks. */
    public record Entry(String series, String label, String company, String segment, String metric, String metricLabel,
            String currency, String unit, String first, String last, int points, int reported, int restated,
            int estimate, List<String> gaps, List<String> breaks) {
    }
}
