package io.marketcast.forecast;

import java.util.Objects;

/**
 * One estimated parameter of a {@link Fitted} model.
 *
 * @param name     the parameter's name in the method's documentation (e.g. {@code alpha}, {@code K})
 * @param estimate the estimate
 * @param stdError its standard error, or NaN where the method gives none (e.g. ETS, as R)
 */
public record Parameter(String name, double estimate, double stdError) {

    public Parameter {
        Objects.requireNonNull(name, "name");
    }

    /** A parameter without a standard error. */
    public static Parameter of(String name, double estimate) {
        return new Parameter(name, estimate, Double.NaN);
    }

    /** Whether the method gives a standard error. */
    public boolean hasStdError() {
        return !Double.isNaN(stdError);
    }
}
