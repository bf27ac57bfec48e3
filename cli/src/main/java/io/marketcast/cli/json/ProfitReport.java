package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast profit}: the first profitable quarter of a unit, probabilities 0..1; {@code interval80} is the
 * quarters by which 10% and 90% of paths are profitable (null beyond the horizon).
 */
public record ProfitReport(String series, String asOf, String profitableSince, List<Row> cumulative, String median,
        List<String> interval80, double probabilityWithinHorizon, String model, List<String> runnersUp,
        List<String> observations, String actualFirstProfitable) {

    /** P(profitable by the end of this quarter), 0..1. */
    public record Row(String quarter, double probability) {
    }
}
