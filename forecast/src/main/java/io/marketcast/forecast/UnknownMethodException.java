package io.marketcast.forecast;

import io.marketcast.model.Names;
import java.util.Collection;

/** A method name that {@link io.marketcast.forecast.registry.Methods} does not know; the message suggests the closest name and lists the valid ones. */
public final class UnknownMethodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownMethodException(String name, Collection<String> known, String hint) {
        super(message(name, known, hint));
    }

    private static String message(String name, Collection<String> known, String hint) {
        StringBuilder sb = new StringBuilder("unknown method '").append(name).append('\'');
        Names.closest(name, known).ifPresent(c -> sb.append(" (did you mean ").append(c).append("?)"));
        sb.append("; valid: ").append(String.join(", ", known));
        if (hint != null && !hint.isEmpty()) {
            sb.append("; ").append(hint);
        }
        return sb.toString();
    }
}
