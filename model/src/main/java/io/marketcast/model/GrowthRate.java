package io.marketcast.model;

/**
 * A year-over-year growth rate as a company disclosed it (growth_rates.csv).
 *
 * @param company  company
 * @param segment  segment or product the rate is about
 * @param quarter  calendar quarter
 * @param percent  growth against the same quarter a year earlier, percent
 * @param basis    reported USD, constant currency, RMB...
 * @param source   source note
 */
public record GrowthRate(String company, String segment, Quarter quarter, double percent, String basis,
        String source) {

    /** Whether the rate is in reported currency (not constant currency). */
    public boolean isReported() {
        return basis.toLowerCase(java.util.Locale.ROOT).startsWith("reported");
    }
}
