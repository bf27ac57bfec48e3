package io.marketcast.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The currencies the dataset holds and can convert between. */
public enum Currency {
    USD,
    CNY;

    /** Parses an ISO code; the error names the code and lists the known ones. */
    public static Currency parse(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        for (Currency v : values()) {
            if (v.name().equals(c)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown currency '" + code + "' (expected one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }
}
