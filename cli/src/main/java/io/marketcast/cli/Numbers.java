package io.marketcast.cli;

import java.util.Locale;

/** Fixed-decimal formatting for tables; NaN prints as {@code -}. */
final class Numbers {

    private Numbers() {
    }

    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
