package io.marketcast.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An estimated quarterly Azure revenue series. Microsoft discloses only Azure's year-over-year growth rate
 * (growth_rates.csv, reported USD); levels come from one anchor.
 *
 * <p>Method (docs/data.md, "Azure estimate"): the anchor is the fiscal-year total {@link #ANCHOR_TOTAL_MILLIONS}
 * for the four quarters {@link #ANCHOR_FIRST}..{@code ANCHOR_FIRST+3}. Inside the anchor year the quarters are
 * spread along a smooth path whose quarter-on-quarter growth is the fourth root of that quarter's year-over-year
 * rate, then scaled to the total. Every other quarter follows from the rates: backwards
 * {@code level(q-4) = level(q) / (1 + g(q))}, forwards {@code level(q) = level(q-4) * (1 + g(q))}. Every point is
 * marked {@link Provenance#ESTIMATE}.
 *
 * <p>Peeking caveat: the anchor was disclosed in July 2025, so an as-of view earlier than that carries the
 * anchor's level (not its growth path). The source note of each point says so.
 */
public final class AzureEstimate {

    /** Slug of the estimated series. */
    public static final String SLUG = "azure";
    /** First quarter of the anchor year (Microsoft FY2025 Q1). */
    public static final Quarter ANCHOR_FIRST = Quarter.of(2024, 3);
    /** Azure revenue in Microsoft's fiscal year 2025 (July 2024 - June 2025), USD millions. */
    public static final double ANCHOR_TOTAL_MILLIONS = 75_000;
    /** Where the anchor comes from. */
    public static final String ANCHOR_SOURCE = "Microsoft FY25 Q4 earnings release (2025-07-30): "
            + "\"Azure surpassed $75 billion in revenue, up 34%\" for fiscal year 2025; taken as exactly 75,000";

    private static final String SEGMENT_PREFIX = "Azure";

    private AzureEstimate() {
    }

    /**
     * Builds the series from the reported-USD Azure rates in {@code rates}.
     *
     * @throws IllegalArgumentException when a rate of the anchor year is missing
     */
    public static Series build(List<GrowthRate> rates) {
        TreeMap<Quarter, GrowthRate> g = new TreeMap<>();
        for (GrowthRate r : rates) {
            if (r.company().equals("Microsoft") && r.segment().startsWith(SEGMENT_PREFIX) && r.isReported()) {
                g.put(r.quarter(), r);
            }
        }
        Map<Quarter, Double> level = new TreeMap<>();
        double[] path = new double[4];
        double sum = 0;
        double cur = 1;
        for (int k = 0; k < 4; k++) {
            Quarter q = ANCHOR_FIRST.plus(k);
            GrowthRate r = g.get(q);
            if (r == null) {
                throw new IllegalArgumentException("Azure estimate: no reported growth rate for anchor quarter " + q);
            }
            if (k > 0) {
                cur *= Math.pow(1 + r.percent() / 100, 0.25);
            }
            path[k] = cur;
            sum += cur;
        }
        for (int k = 0; k < 4; k++) {
            level.put(ANCHOR_FIRST.plus(k), ANCHOR_TOTAL_MILLIONS * path[k] / sum);
        }
        // Backwards from the anchor year, forwards after it, one quarter-of-year chain at a time.
        for (int k = 0; k < 4; k++) {
            Quarter q = ANCHOR_FIRST.plus(k);
            while (g.containsKey(q)) {
                Quarter earlier = q.minus(4);
                level.put(earlier, level.get(q) / (1 + g.get(q).percent() / 100));
                q = earlier;
            }
            q = ANCHOR_FIRST.plus(k + 4);
            while (g.containsKey(q)) {
                level.put(q, level.get(q.minus(4)) * (1 + g.get(q).percent() / 100));
                q = q.plus(4);
            }
        }
        List<Point> points = new ArrayList<>();
        level.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder())).forEach(e -> {
            Quarter q = e.getKey();
            GrowthRate r = g.get(q);
            String note = "estimate: level anchored on " + ANCHOR_SOURCE + "; chained by year-over-year growth "
                    + (r != null ? r.percent() + "% (" + r.source() + ")" : "of the same quarter a year later")
                    + "; the anchor was disclosed in 2025Q3, after earlier as-of quarters";
            points.add(new Point(q, e.getValue(), Provenance.ESTIMATE, "estimate", "Azure-estimate", note));
        });
        // Keep the contiguous run that ends at the latest quarter (a chain can stop earlier than the others).
        return new Series(SLUG, "Microsoft", "Azure and other cloud services (estimate)", Metric.REVENUE,
                "revenue (estimate)", Currency.USD, "millions", contiguousTail(points), Map.of(), Map.of(), "");
    }

    private static List<Point> contiguousTail(List<Point> points) {
        int start = points.size() - 1;
        while (start > 0 && points.get(start - 1).quarter().next().equals(points.get(start).quarter())) {
            start--;
        }
        return points.subList(Math.max(start, 0), points.size());
    }
}
