package io.marketcast.forecast.scenario;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fitted models kept between runs of {@link ScenarioEngine}, so that a caller who re-runs a scenario after changing
 * only its shocks, paths, seed or guidance re-simulates without refitting. A fit is keyed by the series id, the
 * method (its name and capacity as the scenario states them), the seasonal period and the exact values fitted; the
 * values are what the window, the as-of quarter and the data make of the series, so a change to any of those is a
 * different key and is fitted afresh. A {@link Fitted} is immutable and its sample paths depend only on the random
 * streams a simulation passes in, so a cached fit gives the same numbers as a fresh one (tested).
 *
 * <p>Least recently used fits are dropped beyond the capacity. Thread-safe.
 */
public final class FitCache {

    private record Key(String series, String method, int period, double[] values) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.series.equals(series) && k.method.equals(method) && k.period == period
                    && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return (series.hashCode() * 31 + method.hashCode()) * 31 + period * 17 + Arrays.hashCode(values);
        }
    }

    private final int capacity;
    private final Map<Key, Fitted> fits;
    private long hits;
    private long misses;

    /** @param capacity fits kept, at least 1 */
    public FitCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.fits = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Fitted> eldest) {
                return size() > FitCache.this.capacity;
            }
        };
    }

    /**
     * The fit of {@code values} by {@code method}, from the cache or fitted now.
     *
     * @param series    the series id
     * @param methodKey the method as the scenario names it, with its capacity if any
     * @throws io.marketcast.forecast.InsufficientDataException as {@link Method#fit} does (not cached)
     */
    synchronized Fitted fit(String series, String methodKey, Method method, double[] values, int period) {
        Key k = new Key(series, methodKey, period, values.clone());
        Fitted f = fits.get(k);
        if (f != null) {
            hits++;
            return f;
        }
        misses++;
        f = method.fit(values, period);
        fits.put(k, f);
        return f;
    }

    /** Fits answered from the cache so far. */
    public synchronized long hits() {
        return hits;
    }

    /** Fits computed so far. */
    public synchronized long misses() {
        return misses;
    }

    /** Fits held now. */
    public synchronized int size() {
        return fits.size();
    }
}
