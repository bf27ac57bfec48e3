package io.marketcast.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * A point path plus prediction intervals for steps {@code 1..horizon} after the last observation.
 *
 * <p>Invariants: {@code lower[k][h] <= mean[h] <= upper[k][h]} is not required (a skewed interval may exclude a
 * mean). Levels are in (0, 1), ascending, e.g. 0.80 and 0.95. A forecast from a method of {@link io.marketcast.forecast.registry.Methods} has finite
 * points (a method whose point is not finite is refused there). Immutable: arrays are copied in and out.
 *
 * @param method name of the method that made it
 * @param mean   point forecast per step (the method's point: mean or median, as the method documents)
 * @param levels interval coverage levels, ascending
 * @param lower  {@code lower[k][h]}: lower bound at {@code levels[k]}, step {@code h+1}
 * @param upper  {@code upper[k][h]}: upper bound at {@code levels[k]}, step {@code h+1}
 */
public record Forecast(String method, double[] mean, double[] levels, double[][] lower, double[][] upper) {

    /** The default interval levels: 80% and 95%. */
    public static final double[] DEFAULT_LEVELS = {0.80, 0.95};

    public Forecast {
        Objects.requireNonNull(method, "method");
        mean = mean.clone();
        levels = levels.clone();
        if (lower.length != levels.length || upper.length != levels.length) {
            throw new IllegalArgumentException("one lower and one upper row per level");
        }
        lower = deepClone(lower);
        upper = deepClone(upper);
        for (int k = 0; k < levels.length; k++) {
            if (!(levels[k] > 0 && levels[k] < 1)) {
                throw new IllegalArgumentException("levels must be in (0, 1), was " + levels[k]);
            }
            if (k > 0 && levels[k] <= levels[k - 1]) {
                throw new IllegalArgumentException("levels must be ascending: " + Arrays.toString(levels));
            }
            if (lower[k].length != mean.length || upper[k].length != mean.length) {
                throw new IllegalArgumentException("interval rows must have the horizon's length " + mean.length);
            }
        }
    }

    /** A forecast without intervals. */
    public static Forecast pointOnly(String method, double[] mean) {
        return new Forecast(method, mean, new double[0], new double[0][], new double[0][]);
    }

    public int horizon() {
        return mean.length;
    }

    /** Index of a level in {@link #levels()}. */
    public int levelIndex(double level) {
        for (int k = 0; k < levels.length; k++) {
            if (Math.abs(levels[k] - level) < 1e-9) {
                return k;
            }
        }
        throw new IllegalArgumentException("no " + level + " interval; levels are " + Arrays.toString(levels));
    }

    /** The same forecast under another method name. */
    public Forecast renamed(String newMethod) {
        return new Forecast(newMethod, mean, levels, lower, upper);
    }

    /** The interval levels, ascending (a copy). */
    @Override
    public double[] levels() {
        return levels.clone();
    }

    /** {@code lower[k][h]}: the lower bound at {@code levels[k]}, step {@code h+1} (a copy). */
    @Override
    public double[][] lower() {
        return deepClone(lower);
    }

    /** {@code upper[k][h]}: the upper bound at {@code levels[k]}, step {@code h+1} (a copy). */
    @Override
    public double[][] upper() {
        return deepClone(upper);
    }

    public double[] lower(double level) {
        return lower[levelIndex(level)].clone();
    }

    public double[] upper(double level) {
        return upper[levelIndex(level)].clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    private static double[][] deepClone(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
