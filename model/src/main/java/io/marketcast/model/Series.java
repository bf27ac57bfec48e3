package io.marketcast.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One company · segment · metric · currency, with values by quarter.
 *
 * <p>Invariants: points are in strictly increasing quarter order, one per quarter; every value is finite.
 * Quarters between the first and last point that have no value are <em>gaps</em> ({@link #gaps()}), never
 * zeros; where the data says why a value is missing, {@link #gapNotes()} has the note.
 *
 * @param slug        short name used on the command line, e.g. {@code aws}, {@code alibaba-cloud}
 * @param company     company name
 * @param segment     segment name as the company reports it
 * @param metric      what is measured
 * @param metricLabel the company's own name for the measure, e.g. {@code adjusted EBITA}
 * @param currency    currency of the values; {@code null} for dimensionless series (market shares)
 * @param unit        unit of the values, e.g. {@code millions}, {@code billions}, {@code percent}
 * @param points      the values, in quarter order
 * @param gapNotes    why a quarter has no value, where the data says
 * @param basis       definition tag → comparability basis for this metric; tags on one basis are comparable
 * @param conversion  how the values were converted from another currency; empty when they were not
 * @param superseded  earlier vintages: per quarter, the value as first reported where a later restatement (a point
 *                    of {@code points} with status {@code restated YYYY}) replaced it; {@link #asOf} shows it in
 *                    views from before the restatement was published
 */
public record Series(String slug, String company, String segment, Metric metric, String metricLabel,
        Currency currency, String unit, List<Point> points, Map<Quarter, String> gapNotes,
        Map<String, String> basis, String conversion, Map<Quarter, Point> superseded) {

    /** A series without earlier vintages. */
    public Series(String slug, String company, String segment, Metric metric, String metricLabel,
            Currency currency, String unit, List<Point> points, Map<Quarter, String> gapNotes,
            Map<String, String> basis, String conversion) {
        this(slug, company, segment, metric, metricLabel, currency, unit, points, gapNotes, basis, conversion,
                Map.of());
    }

    public Series {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(points, "points");
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).quarter().isAfter(points.get(i - 1).quarter())) {
                throw new IllegalArgumentException("series " + slug + ": points must be in strictly increasing "
                        + "quarter order, found " + points.get(i - 1).quarter() + " then " + points.get(i).quarter());
            }
        }
        gapNotes = Collections.unmodifiableMap(new TreeMap<>(gapNotes == null ? Map.of() : gapNotes));
        basis = Map.copyOf(basis == null ? Map.of() : basis);
        company = company == null ? "" : company;
        segment = segment == null ? "" : segment;
        metricLabel = metricLabel == null ? metric.slug() : metricLabel;
        unit = unit == null ? "" : unit;
        conversion = conversion == null ? "" : conversion;
        superseded = Collections.unmodifiableMap(new TreeMap<>(superseded == null ? Map.of() : superseded));
        for (Map.Entry<Quarter, Point> e : superseded.entrySet()) {
            if (!e.getKey().equals(e.getValue().quarter())) {
                throw new IllegalArgumentException("series " + slug + ": superseded value of " + e.getKey()
                        + " is for " + e.getValue().quarter());
            }
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public int size() {
        return points.size();
    }

    public Quarter first() {
        requireNonEmpty();
        return points.get(0).quarter();
    }

    public Quarter last() {
        requireNonEmpty();
        return points.get(points.size() - 1).quarter();
    }

    public Point lastPoint() {
        requireNonEmpty();
        return points.get(points.size() - 1);
    }

    private void requireNonEmpty() {
        if (points.isEmpty()) {
            throw new IllegalStateException("series " + slug + " (" + metric + ") has no values");
        }
    }

    /** The quarters that have a value, in order. */
    public List<Quarter> quarters() {
        return points.stream().map(Point::quarter).toList();
    }

    /** The values, in quarter order. */
    public double[] values() {
        return points.stream().mapToDouble(Point::value).toArray();
    }

    public Optional<Point> point(Quarter q) {
        int i = indexOf(q);
        return i < 0 ? Optional.empty() : Optional.of(points.get(i));
    }

    public OptionalDouble valueAt(Quarter q) {
        int i = indexOf(q);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(points.get(i).value());
    }

    private int indexOf(Quarter q) {
        int lo = 0;
        int hi = points.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = points.get(mid).quarter().compareTo(q);
            if (c == 0) {
                return mid;
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Quarters between the first and last value that have no value. */
    public List<Quarter> gaps() {
        List<Quarter> out = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Quarter a = points.get(i - 1).quarter();
            Quarter b = points.get(i).quarter();
            for (Quarter q = a.next(); q.isBefore(b); q = q.next()) {
                out.add(q);
            }
        }
        return out;
    }

    /** How many points have each provenance. */
    public Map<Provenance, Integer> provenanceCounts() {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (Provenance p : Provenance.values()) {
            counts.put(p, 0);
        }
        points.forEach(p -> counts.merge(p.provenance(), 1, Integer::sum));
        return counts;
    }

    /** Whether any value is an estimate. */
    public boolean hasEstimates() {
        return points.stream().anyMatch(p -> p.provenance() == Provenance.ESTIMATE);
    }

    /** The comparability basis of a definition tag for this series' metric (the tag itself when not listed). */
    public String basisOf(String definition) {
        return basis.getOrDefault(definition, definition);
    }

    /** Every change of definition tag between consecutive points. */
    public List<Break> breaks() {
        List<Break> out = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            String a = points.get(i - 1).definition();
            String b = points.get(i).definition();
            if (!a.equals(b)) {
                out.add(new Break(points.get(i).quarter(), a, b, basisOf(a).equals(basisOf(b))));
            }
        }
        return out;
    }

    /**
     * The values known at the end of {@code q} (see {@link Point#knownAsOf}); the gap notes and the rest of
     * the description are kept.
     */
    public Series asOf(Quarter q) {
        List<Point> kept = new ArrayList<>();
        for (Point p : points) {
            if (p.knownAsOf(q)) {
                kept.add(p);
            } else {
                Point earlier = superseded.get(p.quarter());
                if (earlier != null && earlier.knownAsOf(q)) {
                    kept.add(earlier);
                }
            }
        }
        Map<Quarter, String> notes = new TreeMap<>(gapNotes);
        notes.keySet().removeIf(k -> k.isAfter(q));
        return new Series(slug, company, segment, metric, metricLabel, currency, unit, kept, notes, basis, conversion,
                Map.of());
    }

    /**
     * The longest run of consecutive quarters, without gaps and on one comparability basis, that ends at the
     * last value known at {@code asOf}. Empty when nothing is known by then.
     */
    public Series comparableStretch(Quarter asOf) {
        Series known = asOf(asOf);
        List<Point> ps = known.points();
        if (ps.isEmpty()) {
            return known;
        }
        int end = ps.size() - 1;
        int start = end;
        String basisEnd = basisOf(ps.get(end).definition());
        while (start > 0) {
            Point prev = ps.get(start - 1);
            Point cur = ps.get(start);
            if (!prev.quarter().next().equals(cur.quarter()) || !basisOf(prev.definition()).equals(basisEnd)) {
                break;
            }
            start--;
        }
        return known.withPoints(ps.subList(start, end + 1));
    }

    /** A copy with other points (same description; no earlier vintages, which belonged to the old points). */
    public Series withPoints(List<Point> newPoints) {
        return new Series(slug, company, segment, metric, metricLabel, currency, unit, newPoints, gapNotes, basis,
                conversion);
    }

    /** A copy with every point (earlier vintages included) mapped. */
    public Series mapPoints(UnaryOperator<Point> f) {
        Map<Quarter, Point> s = new TreeMap<>();
        superseded.forEach((k, v) -> s.put(k, f.apply(v)));
        return new Series(slug, company, segment, metric, metricLabel, currency, unit,
                points.stream().map(f).toList(), gapNotes, basis, conversion, s);
    }

    /** A copy in another currency, saying how it was converted. */
    public Series converted(Currency newCurrency, List<Point> newPoints, String how) {
        return new Series(slug, company, segment, metric, metricLabel, newCurrency, unit, newPoints, gapNotes, basis,
                how);
    }

    /** The unit with its currency, e.g. {@code USD millions}; for dimensionless series just the unit. */
    public String unitLabel() {
        return currency == null ? unit : currency + " " + unit;
    }

    @Override
    public String toString() {
        return slug + " " + metric + " (" + unitLabel() + ", " + points.size() + " points"
                + (points.isEmpty() ? "" : ", " + first() + ".." + last()) + ")";
    }
}
