package io.marketcast.model;

/**
 * A change of segment definition inside a series.
 *
 * @param quarter    first quarter on the new definition
 * @param from       definition tag before
 * @param to         definition tag from {@code quarter} on
 * @param comparable whether values on either side can be compared for this series' metric (same basis)
 */
public record Break(Quarter quarter, String from, String to, boolean comparable) {

    @Override
    public String toString() {
        return quarter + " " + from + "->" + to + (comparable ? " (comparable)" : " (not comparable)");
    }
}
