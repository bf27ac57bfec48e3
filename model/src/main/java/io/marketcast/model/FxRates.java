package io.marketcast.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Average CNY per USD by calendar quarter (mean of the three monthly Fed H.10 averages; see docs/data.md).
 * Conversion is explicit: {@link #toUsd(Series)} returns a series that says it was converted.
 */
public final class FxRates {

    private final NavigableMap<Quarter, Double> cnyPerUsd;

    public FxRates(Map<Quarter, Double> cnyPerUsd) {
        TreeMap<Quarter, Double> m = new TreeMap<>(cnyPerUsd);
        m.forEach((q, r) -> {
            if (!(r > 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException("USD/CNY rate must be positive, was " + r + " at " + q);
            }
        });
        this.cnyPerUsd = Collections.unmodifiableNavigableMap(m);
    }

    /** CNY per USD, quarterly average. */
    public double cnyPerUsd(Quarter q) {
        Double r = cnyPerUsd.get(q);
        if (r == null) {
            throw new IllegalArgumentException("no USD/CNY rate for " + q + " (rates cover "
                    + (cnyPerUsd.isEmpty() ? "nothing" : cnyPerUsd.firstKey() + ".." + cnyPerUsd.lastKey()) + ")");
        }
        return r;
    }

    public NavigableMap<Quarter, Double> rates() {
        return cnyPerUsd;
    }

    /** Rates known at the end of {@code q}. */
    public FxRates asOf(Quarter q) {
        return new FxRates(cnyPerUsd.headMap(q, true));
    }

    /**
     * The series in USD: each CNY value divided by its quarter's average CNY per USD. A USD series is returned
     * as it is.
     *
     * @throws IllegalArgumentException when a quarter has no rate, or the series has no currency
     */
    public Series toUsd(Series s) {
        if (s.currency() == Currency.USD) {
            return s;
        }
        if (s.currency() != Currency.CNY) {
            throw new IllegalArgumentException("series " + s.slug() + " has no currency to convert");
        }
        List<Point> out = new ArrayList<>(s.size());
        for (Point p : s.points()) {
            double rate = cnyPerUsd(p.quarter());
            out.add(p.withValue(p.value() / rate));
        }
        return s.converted(Currency.USD, out,
                "converted from CNY at the quarterly average CNY per USD (Fed H.10, FRED EXCHUS)");
    }
}
