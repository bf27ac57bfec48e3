package io.marketcast.model;

import java.util.Collection;

/** A series name that the dataset does not have; the message suggests the closest name and lists the rest. */
public final class UnknownSeriesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownSeriesException(String what, String name, Collection<String> known) {
        super(message(what, name, known));
    }

    private static String message(String what, String name, Collection<String> known) {
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(name).append('\'');
        Names.closest(name, known).ifPresent(c -> sb.append(" (did you mean ").append(c).append("?)"));
        return sb.append("; known: ").append(String.join(", ", known)).toString();
    }
}
