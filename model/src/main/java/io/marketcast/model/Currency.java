package io.marketcast.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An ISO 4217 currency, by its three-letter code ({@code USD}, {@code EUR}, {@code CNY}, ...): any code the JDK knows
 * ({@link java.util.Currency#getAvailableCurrencies()}). Instances are canonical, one per code, so they compare with
 * {@code ==} as well as {@code equals}.
 */
public final class Currency implements Comparable<Currency> {

    private static final Map<String, Currency> ALL = all();

    /** The US dollar: the embedded data's market totals, and the default currency of scenarios. */
    public static final Currency USD = ALL.get("USD");
    /** The Chinese yuan (renminbi): Alibaba's reporting currency in the embedded data. */
    public static final Currency CNY = ALL.get("CNY");

    private final String code;

    private Currency(String code) {
        this.code = code;
    }

    private static Map<String, Currency> all() {
        Map<String, Currency> m = new TreeMap<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            m.put(c.getCurrencyCode(), new Currency(c.getCurrencyCode()));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Parses an ISO 4217 code, in any letter case.
     *
     * @throws IllegalArgumentException naming the code when it is not an ISO 4217 currency
     */
    public static Currency parse(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Currency v = ALL.get(c);
        if (v == null) {
            throw new IllegalArgumentException("unknown currency '" + code + "' (expected an ISO 4217 code such as"
                    + " USD, EUR, GBP, JPY, CNY)");
        }
        return v;
    }

    /** Every currency known, in code order. */
    public static Collection<Currency> values() {
        return ALL.values();
    }

    /** The ISO 4217 code, e.g. {@code EUR}. */
    public String code() {
        return code;
    }

    /** The ISO 4217 code (as the enum this class replaces had it). */
    public String name() {
        return code;
    }

    @Override
    public int compareTo(Currency o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Currency c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
