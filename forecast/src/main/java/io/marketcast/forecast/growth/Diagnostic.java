package io.marketcast.forecast.growth;

import java.util.Objects;

/**
 * Something a user should know about a fit, in words. Fatal kinds make the fit unusable for forecasting.
 *
 * @param kind    what went wrong
 * @param message what it means for this fit, with the numbers
 */
public record Diagnostic(Kind kind, String message) {

    /** The kinds of problem a fit can have. */
    public enum Kind {
        /** The optimizer stopped at its iteration limit; the estimates are the best point it saw. */
        NOT_CONVERGED(true),
        /** The Jacobian at the estimates is (numerically) rank deficient: no standard errors. */
        SINGULAR_JACOBIAN(true),
        /** The estimates break the curve's constraints (negative rate, capacity...). */
        CONSTRAINT_VIOLATED(true),
        /** The capacity is many times the data or less certain than itself: the data show no saturation. */
        CAPACITY_RUNAWAY(false),
        /** The capacity is below the largest observation. */
        CAPACITY_BELOW_DATA(false);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        public boolean fatal() {
            return fatal;
        }
    }

    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + message;
    }
}
