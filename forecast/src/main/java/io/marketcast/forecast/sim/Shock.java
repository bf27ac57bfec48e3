package io.marketcast.forecast.sim;

import io.marketcast.model.Quarter;
import java.util.Objects;

/**
 * A change applied to simulated paths in the quarters {@code from..to} (both included).
 *
 * <p>What happens after the window: growth shocks leave the level they reached (growth returns to the path's own);
 * a level multiplier is a lasting level shift (the factor stays after the window) unless it is {@code temporary},
 * when the gap closes after the window with a half-life of {@code decay} quarters (0: at once, in the first quarter
 * after the window): in the {@code t}-th quarter after the window the factor is {@code 1 − (1 − v)·2^(−t/decay)}.
 *
 * @param target    series id, or {@link #MARKET} for every series
 * @param from      first quarter of the window
 * @param to        last quarter of the window, not before {@code from}
 * @param kind      what the shock does
 * @param value     its size: a factor for the multipliers (≥ 0), percentage points for the {@code _pp} kinds
 * @param temporary for a level multiplier: whether the level returns after the window (false: the shift lasts)
 * @param decay     for a temporary level multiplier: the half-life in quarters of the return after the window, ≥ 0
 *                  (0 = the level returns at once)
 */
public record Shock(String target, Quarter from, Quarter to, ShockKind kind, double value, boolean temporary,
        double decay) {

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
        if (!(decay >= 0 && Double.isFinite(decay))) {
            throw new IllegalArgumentException("decay is a half-life in quarters, >= 0, was " + decay);
        }
        if ((temporary || decay > 0) && kind != ShockKind.LEVEL_MULTIPLIER) {
            throw new IllegalArgumentException("temporary and decay apply to level_multiplier only (" + kind
                    + " acts on growth: the level it reached carries on)");
        }
        if (decay > 0 && !temporary) {
            throw new IllegalArgumentException("decay needs temporary: true (a lasting level shift does not decay)");
        }
    }

    /** A shock whose level multiplier, if it is one, lasts after its window. */
    public Shock(String target, Quarter from, Quarter to, ShockKind kind, double value) {
        this(target, from, to, kind, value, false, 0);
    }

    /** This level multiplier made temporary: after the window the gap closes with a half-life of {@code decay}. */
    public Shock temporary(double halfLife) {
        return new Shock(target, from, to, kind, value, true, halfLife);
    }

    /**
     * The factor a level multiplier applies in {@code q}: 1 before the window, {@code value} inside it, and after
     * it {@code value} again for a lasting shift, or {@code 1 − (1 − value)·2^(−t/decay)} in the {@code t}-th quarter
     * after a temporary one (1 when {@code decay} is 0).
     */
    public double levelFactor(Quarter q) {
        if (q.isBefore(from)) {
            return 1;
        }
        if (!q.isAfter(to)) {
            return value;
        }
        if (!temporary) {
            return value;
        }
        if (decay == 0) {
            return 1;
        }
        int t = to.until(q);
        return 1 - (1 - value) * Math.pow(2, -t / decay);
    }

    /** The shock in words, e.g. {@code every series: level × 0.85 from 2026Q1 to 2026Q4, lasting after it}. */
    public String describe() {
        String who = target.equals(MARKET) ? "every series" : target;
        String window = from.equals(to) ? "in " + from : "from " + from + " to " + to;
        String what = switch (kind) {
            case GROWTH_MULTIPLIER -> "growth × " + num(value) + " (" + (value == 0 ? "frozen"
                    : value < 1 ? "slowed" : value == 1 ? "unchanged" : "faster") + ")";
            case GROWTH_ADD_PP -> (value >= 0 ? "+" : "") + num(value) + " pp a year of growth";
            case LEVEL_MULTIPLIER -> "revenue × " + num(value) + " (" + (value < 1 ? "a " + num(100 * (1 - value))
                    + "% cut" : "a " + num(100 * (value - 1)) + "% rise") + ")";
            case MARGIN_ADD_PP -> (value >= 0 ? "+" : "") + num(value) + " pp of operating margin";
        };
        String after = switch (kind) {
            case GROWTH_MULTIPLIER, GROWTH_ADD_PP -> "; after it growth returns to the path's own, from the level"
                    + " reached";
            case LEVEL_MULTIPLIER -> !temporary ? "; the shift lasts after the window"
                    : decay == 0 ? "; temporary: the level returns when the window ends"
                    : "; temporary: after the window the gap halves every " + num(decay) + " quarters";
            case MARGIN_ADD_PP -> "; inside the window only";
        };
        return who + ": " + what + " " + window + after;
    }

    private static String num(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
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
     * carries on) and level multipliers act from their window on: a lasting shift keeps its factor, a temporary one
     * returns to 1 after the window (at once, or with its half-life; {@link #levelFactor}).
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
                    case LEVEL_MULTIPLIER, MARGIN_ADD_PP -> { }
                }
            }
            for (Shock s : shocks) {
                if (s.kind == ShockKind.LEVEL_MULTIPLIER && s.appliesTo(id)) {
                    level *= s.levelFactor(q);
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
