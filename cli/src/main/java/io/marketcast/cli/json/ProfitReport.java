package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast profit}: the first profitable quarter of a unit, probabilities 0..1; {@code interval80} is the
 * quarters by which 10% and 90% of paths are profitable (null beyond the horizon). For a unit already profitable
 * ({@code profitableSince} set) there is no first profitable quarter: {@code cumulative} holds P(profitable in the
 * quarter) ({@code probabilityKind} "in"), and median, interval and probability within the horizon are null.
 * {@code warnings} are thin fits and bridged quarters; {@code bridged} the quarters between the last income figure
 * and the as-of quarter that the model bridges.
 */
public record ProfitReport(String series, String asOf, String profitableSince, String probabilityKind,
        List<Row> cumulative, String median, List<String> interval80, Double probabilityWithinHorizon,
        String marginModel, List<String> simulated, List<String> alsoFitted, List<String> warnings,
        List<String> observations, List<String> bridged, String actualFirstProfitable) {

    /** P(profitable by (or in) the end of this quarter), 0..1. */
    public record Row(String quarter, double probability) {
    }
}
