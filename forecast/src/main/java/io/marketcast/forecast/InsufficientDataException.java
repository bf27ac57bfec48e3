package io.marketcast.forecast;

/**
 * The data cannot support the method: too few points for its parameters, values it cannot take (zero or negative
 * for a multiplicative model), or a fit that did not converge to anything usable. The message says which and what
 * would be needed.
 */
public class InsufficientDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InsufficientDataException(String message) {
        super(message);
    }
}
