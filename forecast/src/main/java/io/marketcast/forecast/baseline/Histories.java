package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;

/** Argument checks shared by the methods of this project. */
public final class Histories {

    private Histories() {
    }

    /**
     * Checks the arguments of {@link io.marketcast.forecast.Forecaster#forecast} and returns the levels to use
     * ({@link Forecast#DEFAULT_LEVELS} when none are given).
     *
     * @param method    the method's name, for messages
     * @param minLength the fewest observations the method needs
     * @throws IllegalArgumentException       for a non-finite value, a horizon below 1 or a frequency below 1
     * @throws InsufficientDataException      for a history shorter than {@code minLength}
     */
    public static double[] check(String method, double[] history, int frequency, int horizon, int minLength,
            double[] levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException(method + ": horizon must be at least 1, was " + horizon);
        }
        if (frequency < 1) {
            throw new IllegalArgumentException(method + ": frequency must be at least 1, was " + frequency);
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
        return levels == null || levels.length == 0 ? Forecast.DEFAULT_LEVELS.clone() : levels.clone();
    }
}
