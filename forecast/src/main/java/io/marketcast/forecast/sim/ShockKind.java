package io.marketcast.forecast.sim;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a shock changes a simulated path (docs/scenarios.md gives worked examples). */
public enum ShockKind {
    /**
     * Multiplies the quarter-on-quarter growth rate inside the window: {@code g' = 1 + v·(g − 1)}. 0 freezes the
     * level, 2 doubles the growth. The level reached carries on after the window.
     */
    GROWTH_MULTIPLIER("growth_multiplier"),
    /**
     * Adds {@code v} percentage points to the annualised growth rate inside the window:
     * {@code g' = (g⁴ + v/100)^(1/4)} (floored at zero growth factor). The level reached carries on.
     */
    GROWTH_ADD_PP("growth_add_pp"),
    /**
     * Multiplies the level from the window on: {@code y' = v·y}, e.g. 0.9 for a 10% price cut. The shift lasts after
     * the window unless the shock is temporary ({@link Shock#temporary()}, {@link Shock#decay()}).
     */
    LEVEL_MULTIPLIER("level_multiplier"),
    /** Adds {@code v} percentage points to the operating margin inside the window (profitability analyses). */
    MARGIN_ADD_PP("margin_add_pp");

    private final String key;

    ShockKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether this kind moves revenue paths (all but the margin shock). */
    public boolean movesLevels() {
        return this != MARGIN_ADD_PP;
    }

    public static ShockKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ShockKind k : values()) {
            if (k.key.equals(t)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown shock kind '" + text + "' (expected one of "
                + Arrays.stream(values()).map(ShockKind::key).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return key;
    }
}
