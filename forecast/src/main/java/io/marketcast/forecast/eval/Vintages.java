package io.marketcast.forecast.eval;

import io.marketcast.forecast.InsufficientDataException;

/**
 * What was known at each origin of a backtest. {@link #knownAt(int)} returns the history a method may see when
 * forecasting from origin {@code o}: data whose last value is observation {@code o-1} of the final series, as it
 * was known then (earlier values may differ from the final ones when they were restated later, and the history
 * may be shorter when a definition break cut it).
 */
@FunctionalInterface
public interface Vintages {

    /**
     * The history known at origin {@code o}.
     *
     * @throws InsufficientDataException when nothing usable was known then (the origin is then reported as failed)
     */
    double[] knownAt(int origin);

    /** The plain vintages of a series that was never revised: its first {@code o} values. */
    static Vintages prefixes(double[] series) {
        double[] copy = series.clone();
        return o -> java.util.Arrays.copyOf(copy, o);
    }
}
