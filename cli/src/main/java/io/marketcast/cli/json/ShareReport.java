package io.marketcast.cli.json;

import java.util.List;

/** {@code marketcast share}: expected market shares per vendor and quarter, in percent of the market. */
public record ShareReport(String asOf, String basis, List<Row> shares) {

    /** One vendor (or {@code others}) in one quarter: mean, median and 80% interval of its share, in percent. */
    public record Row(String series, String quarter, double mean, double median, double lower80, double upper80) {
    }
}
