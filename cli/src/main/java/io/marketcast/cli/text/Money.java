package io.marketcast.cli.text;

import java.util.Locale;
import java.util.Map;

/**
 * Money as people read it: millions of a currency as a short amount with the currency's sign ({@code $11.6B},
 * {@code €850M}), or its ISO code where it has no sign of its own ({@code CHF 1.2B}).
 */
public final class Money {

    private static final Map<String, String> SIGNS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥");

    private Money() {
    }

    /** The sign written before an amount: {@code $}, {@code €}, {@code £}, {@code ¥}, else the code and a space. */
    public static String sign(String currency) {
        String s = SIGNS.get(currency);
        return s != null ? s : currency + " ";
    }

    /** Millions as a short amount: 11,601 → {@code $11.6B}, 850 → {@code $850M}, −29 → {@code -$29M}. */
    public static String millions(double millions, String currency) {
        double a = Math.abs(millions);
        String sign = millions < 0 ? "-" : "";
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%s%s%,.1fB", sign, sign(currency), a / 1000);
        }
        return String.format(Locale.ROOT, "%s%s%.0fM", sign, sign(currency), a);
    }
}
