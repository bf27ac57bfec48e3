package io.marketcast.model;

import java.util.HashMap;
import java.util.List;
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

    /** One row per tag; an empty basis means the tag is a basis of its own. */
    static Definitions parse(List<CsvFile.Row> rows) {
        Map<String, String> rev = new HashMap<>();
        Map<String, String> inc = new HashMap<>();
        for (CsvFile.Row r : rows) {
            String tag = r.get("definition");
            rev.put(tag, r.get("revenue_basis").isEmpty() ? tag : r.get("revenue_basis"));
            inc.put(tag, r.get("income_basis").isEmpty() ? tag : r.get("income_basis"));
        }
        return new Definitions(rev, inc);
    }

    Map<String, String> basis(Metric metric) {
        return metric.isIncome() ? incomeBasis : revenueBasis;
    }
}
