package io.marketcast.forecast;

import java.util.Optional;

/**
 * A way to fit a series: from a history of equally spaced observations and its seasonal period to a {@link Fitted}
 * model, which forecasts with intervals, draws sample paths and reports its fit.
 *
 * <p>Methods are immutable specs and thread-safe: one instance may fit many series in parallel. They never print
 * or touch files. A history the method cannot use (too short, values it cannot take such as zeros for a
 * multiplicative model, a fit that does not converge to anything usable) is refused with
 * {@link InsufficientDataException} and a message that says what it needs; malformed arguments (non-finite values,
 * a period below 1) with {@link IllegalArgumentException}.
 *
 * <p>Get methods by name from {@link io.marketcast.forecast.registry.Methods}; a user's own method joins through {@link MethodProvider}.
 */
public interface Method {

    /** The name it is known by, in the grammar of {@link io.marketcast.forecast.registry.Methods} (e.g. {@code ets}, {@code ets:AAdN}, {@code auto}). */
    String name();

    /**
     * Fits the method to {@code history}.
     *
     * @param history observations, oldest first, finite
     * @param period  seasonal period: 1 for none (yearly), 4 quarterly, 12 monthly, 52 weekly, ...
     * @throws InsufficientDataException when the history cannot support the method
     * @throws IllegalArgumentException  for non-finite values or a period below 1
     */
    Fitted fit(double[] history, int period);

    /**
     * Fits and forecasts in one call: {@code fit(history, period).forecast(horizon, levels)}.
     *
     * @param levels interval levels in (0, 1), ascending; none for {@link Forecast#DEFAULT_LEVELS}
     */
    default Forecast forecast(double[] history, int period, int horizon, double... levels) {
        return fit(history, period).forecast(horizon, levels);
    }

    /**
     * This method with its saturation level held at {@code capacity} (in the unit of the data), where that means
     * something: growth curves with a capacity, and combinations with such a member. Empty otherwise.
     */
    default Optional<Method> withCapacity(double capacity) {
        return Optional.empty();
    }
}
