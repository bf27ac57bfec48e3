package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast share}: expected market shares per vendor and quarter, in percent of the market; {@code warnings},
 * per series with a thin or weakly identified fit, why its band is to be read with care (every share is built on
 * every fit).
 */
public record ShareReport(String asOf, String basis, List<Row> shares, java.util.Map<String, String> warnings) {

    /** One vendor (or {@code others}) in one quarter: mean, median and 80% interval of its share, in percent. */
    public record Row(String series, String quarter, double mean, double median, double lower80, double upper80) {
    }
}
