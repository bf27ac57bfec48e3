package io.marketcast.forecast.growth;

import java.util.Locale;

/** How observations scatter around the curve. */
public enum ErrorModel {
    /** {@code y = f(t) + e}, e ~ N(0, σ²): least squares on the levels. */
    ADDITIVE,
    /**
     * {@code y = f(t)·exp(e)}, e ~ N(0, σ²): least squares on the logs; noise grows with the level. The default
     * for revenue. Needs positive observations.
     */
    MULTIPLICATIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code additive} or {@code multiplicative}; the error lists both. */
    public static ErrorModel parse(String text) {
        String s = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (ErrorModel e : values()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown error model '" + text + "' (valid: additive, multiplicative)");
    }
}
