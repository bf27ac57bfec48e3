package io.marketcast.forecast.ets;

/** One component type of an ETS model: none, additive or multiplicative, written {@code N}, {@code A}, {@code M}. */
public enum Component {
    /** Component absent. */
    NONE('N'),
    /** Additive component. */
    ADDITIVE('A'),
    /** Multiplicative component. */
    MULTIPLICATIVE('M');

    private final char letter;

    Component(char letter) {
        this.letter = letter;
    }

    /** The letter used in model names: N, A or M. */
    public char letter() {
        return letter;
    }

    /** The component for a letter N, A or M (case-sensitive). */
    public static Component ofLetter(char c) {
        for (Component k : values()) {
            if (k.letter == c) {
                return k;
            }
        }
        throw new IllegalArgumentException("component letter must be N, A or M, was '" + c + "'");
    }

    /** Code used by the recursions: 0 none, 1 additive, 2 multiplicative (as in R forecast's C code). */
    int code() {
        return ordinal();
    }
}
