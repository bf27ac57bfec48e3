package io.marketcast.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest of a set of names by edit distance, if close enough. */
public final class Names {

    private Names() {
    }

    /** The known name closest to {@code name}, when within max(2, length/3) edits. */
    public static Optional<String> closest(String name, Collection<String> known) {
        String n = name.toLowerCase(Locale.ROOT);
        return known.stream().min(Comparator.comparingInt(k -> distance(k, n)))
                .filter(k -> distance(k, n) <= Math.max(2, n.length() / 3));
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
