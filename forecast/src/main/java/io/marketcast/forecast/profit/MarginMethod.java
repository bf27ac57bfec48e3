package io.marketcast.forecast.profit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which margin model simulates a unit's profit (docs/methods.md, "Profitability timing"). The default was chosen by
 * the profitability backtest ({@code marketcast backtest SLUG --profit}).
 */
public enum MarginMethod {
    /** Margin against scale (log revenue or operating leverage, by AICc), starting from the last actual. */
    SCALE("scale", "margin against scale (log revenue or operating leverage, by AICc), from the last actual"),
    /** Damped trend of the quarterly margin path (seasonal where the data allow), starting from the last actual. */
    TREND("trend", "damped trend of the quarterly margins (seasonal where the data allow), from the last actual"),
    /** Equal-weight mixture of {@link #SCALE} and {@link #TREND}: each path follows one of them. */
    MIX("mix", "equal mixture of scale and trend (each path follows one; probabilities average)"),
    /** The scale model on its fitted curve, not anchored at the last actual: the model of earlier versions. */
    SCALE_CURVE("scale-curve", "margin against scale on the fitted curve, not anchored (earlier versions)");

    /** The default, chosen by the profitability backtest (docs/methods.md). */
    public static final MarginMethod DEFAULT = SCALE;

    private final String id;
    private final String description;

    MarginMethod(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /**
     * The method named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the valid ones
     */
    public static MarginMethod parse(String name) {
        for (MarginMethod m : values()) {
            if (m.id.equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown margin model '" + name + "'; valid: "
                + Arrays.stream(values()).map(MarginMethod::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
