package io.marketcast.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** A series name that the dataset does not have; the message suggests the closest name and lists the rest. */
public final class UnknownSeriesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownSeriesException(String what, String name, Collection<String> known) {
        super(message(what, name, known));
    }

    private static String message(String what, String name, Collection<String> known) {
        String closest = known.stream()
                .min(Comparator.comparingInt(k -> distance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))))
                .orElse(null);
        StringBuilder sb = new StringBuilder("unknown ").append(what).append(" '").append(name).append('\'');
        if (closest != null && distance(closest, name.toLowerCase(Locale.ROOT)) <= Math.max(2, name.length() / 3)) {
            sb.append(" (did you mean ").append(closest).append("?)");
        }
        return sb.append("; known: ").append(String.join(", ", known)).toString();
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
