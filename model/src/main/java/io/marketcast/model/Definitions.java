package io.marketcast.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Which segment-definition tags can be compared, per metric (definitions.csv, documented in docs/data.md).
 * A tag that is not listed is a basis of its own.
 */
final class Definitions {

    private final Map<String, String> revenueBasis;
    private final Map<String, String> incomeBasis;

    private Definitions(Map<String, String> revenueBasis, Map<String, String> incomeBasis) {
        this.revenueBasis = Map.copyOf(revenueBasis);
        this.incomeBasis = Map.copyOf(incomeBasis);
    }

    static Definitions none() {
        return new Definitions(Map.of(), Map.of());
    }

    static Definitions parse(CsvFile csv) {
        Map<String, String> rev = new HashMap<>();
        Map<String, String> inc = new HashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            rev.put(r.get("definition"), r.get("revenue_basis"));
            inc.put(r.get("definition"), r.get("income_basis"));
        }
        return new Definitions(rev, inc);
    }

    Map<String, String> basis(Metric metric) {
        return metric.isIncome() ? incomeBasis : revenueBasis;
    }
}
