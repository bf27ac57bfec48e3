package io.marketcast.cli.json;

import java.util.List;

/**
 * {@code marketcast crossover}: when the challenger's revenue reaches the leader's, probabilities 0..1;
 * {@code interval80} is the quarters by which 10% and 90% of paths have crossed (null beyond the horizon);
 * {@code warnings}, per series with a thin or weakly identified fit, why its band is to be read with care.
 */
public record CrossoverReport(String challenger, String leader, String asOf, List<Row> cumulative, String median,
        List<String> interval80, List<String> estimates, java.util.Map<String, String> warnings) {

    /** P(challenger has reached the leader by this quarter) and P(challenger ≥ leader in it), both 0..1. */
    public record Row(String quarter, double probability, double probabilityAhead) {
    }
}
