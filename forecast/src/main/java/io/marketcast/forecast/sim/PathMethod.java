package io.marketcast.forecast.sim;

import io.marketcast.forecast.PathModel;
import java.util.OptionalDouble;

/**
 * A way to turn a revenue history into a {@link PathModel} for the simulation engine (a growth curve, ETS, a
 * random walk...). Registered by name in {@link PathMethods}.
 */
public interface PathMethod {

    /** Name used in scenario files. */
    String name();

    /** One line for help texts and docs. */
    String description();

    /** Whether a capacity override (a fixed saturation level) means something to this method. */
    default boolean takesCapacity() {
        return false;
    }

    /**
     * Fits {@code history} (quarterly levels, oldest first, strictly positive) and returns a model of the next
     * {@code horizon} quarters.
     *
     * @param capacity a fixed saturation level, when the scenario gives one and {@link #takesCapacity()}
     * @throws io.marketcast.forecast.InsufficientDataException when the history cannot support the method
     */
    Fitted fit(double[] history, int horizon, OptionalDouble capacity);

    /**
     * A fitted path model and a one-line account of the fit (parameters, for reports and manifests).
     *
     * @param model   the path model
     * @param summary e.g. {@code drift 6.1%/q, sigma 2.3%/q (12 quarters)}
     */
    record Fitted(PathModel model, String summary) {
    }
}
