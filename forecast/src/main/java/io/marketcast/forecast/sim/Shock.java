package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.Objects;

/**
 * A change applied to simulated paths in the quarters {@code from..to} (both included).
 *
 * @param target series id, or {@link #MARKET} for every series
 * @param from   first quarter of the window
 * @param to     last quarter of the window, not before {@code from}
 * @param kind   what the shock does
 * @param value  its size: a factor for the multipliers (≥ 0), percentage points for the {@code _pp} kinds
 */
public record Shock(String target, Quarter from, Quarter to, ShockKind kind, double value) {

    /** The largest growth or level multiplier. */
    public static final double MAX_FACTOR = 100;

    /** The largest addition, in percentage points, to annual growth or to a margin. */
    public static final double MAX_ADD_PP = 1000;

    /** Target meaning every series. */
    public static final String MARKET = "market";

    public Shock {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("shock window ends (" + to + ") before it starts (" + from + ")");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("shock value must be finite, was " + value);
        }
        if ((kind == ShockKind.GROWTH_MULTIPLIER || kind == ShockKind.LEVEL_MULTIPLIER) && value < 0) {
            throw new IllegalArgumentException(kind + " must be >= 0, was " + value);
        }
        if ((kind == ShockKind.GROWTH_MULTIPLIER || kind == ShockKind.LEVEL_MULTIPLIER) && value > MAX_FACTOR) {
            throw new IllegalArgumentException(kind + " must be at most " + (int) MAX_FACTOR + " (a bound that keeps"
                    + " 80 quarters of paths finite), was " + value);
        }
        if (kind == ShockKind.GROWTH_ADD_PP && (value < -100 || value > MAX_ADD_PP)) {
            throw new IllegalArgumentException(kind + " must be in -100.." + (int) MAX_ADD_PP + " percentage points"
                    + " (below -100 no growth is left: the series would be zero for ever), was " + value);
        }
        if (kind == ShockKind.MARGIN_ADD_PP && Math.abs(value) > MAX_ADD_PP) {
            throw new IllegalArgumentException(kind + " must be in -" + (int) MAX_ADD_PP + ".." + (int) MAX_ADD_PP
                    + " percentage points, was " + value);
        }
    }

    public boolean appliesTo(String seriesId) {
        return target.equals(MARKET) || target.equals(seriesId);
    }

    public boolean covers(Quarter q) {
        return !q.isBefore(from) && !q.isAfter(to);
    }

    /**
     * Applies the level-moving shocks among {@code shocks} to one path of series {@code id}, in place. Quarters
     * before the first shocked quarter keep their values exactly; from it on, growth shocks chain (the level reached
     * carries on) and level multipliers act inside their window only.
     *
     * @param path      simulated levels for quarters {@code first, first+1, ...}
     * @param first     quarter of {@code path[0]}
     * @param lastValue the last observed level, before {@code path[0]}
     */
    public static void apply(Shock[] shocks, String id, double[] path, Quarter first, double lastValue) {
        double prevOriginal = lastValue;
        double prevShocked = lastValue;
        boolean chained = false;
        int firstIndex = first.index();
        for (int k = 0; k < path.length; k++) {
            Quarter q = Quarter.fromIndex(firstIndex + k);
            double original = path[k];
            double g = prevOriginal != 0 ? original / prevOriginal : 1;
            double level = 1;
            boolean growthShocked = false;
            for (Shock s : shocks) {
                if (!s.covers(q) || !s.appliesTo(id)) {
                    continue;
                }
                switch (s.kind) {
                    case GROWTH_MULTIPLIER -> {
                        g = Math.max(0, 1 + s.value * (g - 1));
                        growthShocked = true;
                    }
                    case GROWTH_ADD_PP -> {
                        g = Math.pow(Math.max(0, g * g * g * g + s.value / 100), 0.25);
                        growthShocked = true;
                    }
                    case LEVEL_MULTIPLIER -> level *= s.value;
                    case MARGIN_ADD_PP -> { }
                }
            }
            chained |= growthShocked;
            double shocked = chained ? prevShocked * g : original;
            prevOriginal = original;
            prevShocked = shocked;
            path[k] = shocked * level;
        }
    }

    /** The shocks among {@code shocks} that move the levels of series {@code id}. */
    public static Shock[] levelShocksFor(java.util.List<Shock> shocks, String id) {
        return shocks.stream().filter(s -> s.kind().movesLevels() && s.appliesTo(id)).toArray(Shock[]::new);
    }
}
