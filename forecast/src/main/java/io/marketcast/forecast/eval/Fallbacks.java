package io.marketcast.forecast.eval;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.baseline.Naive;

/**
 * What benchmarks and backtests do when a method cannot forecast a history: the naive forecast stands in (the
 * documented fallback of docs/methods.md), and the method's reason is kept and counted.
 */
public final class Fallbacks {

    private Fallbacks() {
    }

    /** The naive forecast of {@code history}. */
    public static Forecast naive(double[] history, int period, int horizon, double... levels) {
        return new Naive().forecast(history, period, horizon, levels);
    }

    /** The message to keep: the method's own for a refusal, the exception's type and message for anything else. */
    public static String reason(RuntimeException e) {
        if (e instanceof InsufficientDataException || e instanceof IllegalArgumentException) {
            return String.valueOf(e.getMessage());
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
