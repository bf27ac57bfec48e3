package io.marketcast.forecast;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** A method name that {@link Methods} does not know; the message suggests the closest name and lists the valid ones. */
public final class UnknownMethodException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownMethodException(String name, Collection<String> known, String hint) {
        super(message(name, known, hint));
    }

    private static String message(String name, Collection<String> known, String hint) {
        String lower = name.toLowerCase(Locale.ROOT);
        String closest = known.stream().min(Comparator.comparingInt(k -> distance(k, lower))).orElse(null);
        StringBuilder sb = new StringBuilder("unknown method '").append(name).append('\'');
        if (closest != null && distance(closest, lower) <= Math.max(2, name.length() / 3)) {
            sb.append(" (did you mean ").append(closest).append("?)");
        }
        sb.append("; valid: ").append(String.join(", ", known));
        if (hint != null && !hint.isEmpty()) {
            sb.append("; ").append(hint);
        }
        return sb.toString();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
