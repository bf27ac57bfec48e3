package io.marketcast.forecast;

/**
 * A forecasting method: from a history of equally spaced observations to a {@link Forecast}.
 *
 * <p>Implementations are immutable specs (defaults in one place, {@code withX} copies) and thread-safe: one
 * instance may forecast many series in parallel. A method that cannot handle the history (too short, non-positive
 * values for a multiplicative model) throws {@link InsufficientDataException} with a message a user can read.
 */
public interface Forecaster {

    /** Short name, as used on the command line (e.g. {@code ets}, {@code theta}, {@code logistic}). */
    String name();

    /**
     * Forecasts {@code horizon} steps after the last value of {@code history}.
     *
     * @param history   observations, oldest first; finite
     * @param frequency seasonal period: 4 quarterly, 12 monthly, 1 yearly / none
     * @param horizon   steps ahead, at least 1
     * @param levels    interval levels in (0, 1), ascending; none for {@link Forecast#DEFAULT_LEVELS}
     */
    Forecast forecast(double[] history, int frequency, int horizon, double... levels);
}
