package io.marketcast.forecast.internal;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import java.util.Arrays;

/** Argument checks shared by the methods of this library; each message names the method. */
public final class Checks {

    private Checks() {
    }

    /**
     * Checks a history and its period.
     *
     * @param minLength the fewest observations the method needs
     * @throws IllegalArgumentException  for a null or non-finite history or a period below 1
     * @throws InsufficientDataException for a history shorter than {@code minLength}
     */
    public static void history(String method, double[] history, int period, int minLength) {
        if (history == null) {
            throw new IllegalArgumentException(method + ": the history is missing");
        }
        if (period < 1) {
            throw new IllegalArgumentException(method + ": the seasonal period must be at least 1, was " + period);
        }
        for (int i = 0; i < history.length; i++) {
            if (!Double.isFinite(history[i])) {
                throw new IllegalArgumentException(method + ": history value " + (i + 1) + " is " + history[i]
                        + "; values must be finite");
            }
        }
        if (history.length < minLength) {
            throw new InsufficientDataException(method + " needs at least " + minLength + " observations, got "
                    + history.length);
        }
    }

    /** @throws IllegalArgumentException for a horizon below 1 */
    public static void horizon(String method, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException(method + ": the horizon must be at least 1, was " + horizon);
        }
    }

    /**
     * The levels to use: {@link Forecast#DEFAULT_LEVELS} when none are given, else a checked copy.
     *
     * @throws IllegalArgumentException unless ascending in (0, 1)
     */
    public static double[] levels(double[] levels) {
        if (levels == null || levels.length == 0) {
            return Forecast.DEFAULT_LEVELS.clone();
        }
        for (int k = 0; k < levels.length; k++) {
            if (!(levels[k] > 0 && levels[k] < 1) || (k > 0 && !(levels[k] > levels[k - 1]))) {
                throw new IllegalArgumentException("interval levels must be ascending in (0, 1), got "
                        + Arrays.toString(levels));
            }
        }
        return levels.clone();
    }
}
