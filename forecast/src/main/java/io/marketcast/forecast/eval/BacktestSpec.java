package io.marketcast.forecast.eval;

import io.marketcast.forecast.Forecast;

/**
 * How a rolling-origin backtest runs. An origin {@code o} is the number of observations the method sees; it
 * forecasts observations {@code o .. o+horizon-1} and is scored on them. Only origins with a full horizon of
 * actuals are used.
 *
 * @param horizon  steps ahead, at least 1
 * @param origins  the number of most recent origins to use; 0 for every origin with at least {@code minTrain}
 *                 observations
 * @param minTrain the fewest observations an origin may have, at least 1
 * @param levels   interval levels scored for coverage and MSIS, ascending in (0, 1)
 */
public record BacktestSpec(int horizon, int origins, int minTrain, double[] levels) {

    public BacktestSpec {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
        }
        if (origins < 0) {
            throw new IllegalArgumentException("origins must be 0 (all) or positive, was " + origins);
        }
        if (minTrain < 1) {
            throw new IllegalArgumentException("minTrain must be at least 1, was " + minTrain);
        }
        levels = levels.clone();
        for (int k = 0; k < levels.length; k++) {
            if (!(levels[k] > 0 && levels[k] < 1) || (k > 0 && levels[k] <= levels[k - 1])) {
                throw new IllegalArgumentException("levels must be ascending in (0, 1): "
                        + java.util.Arrays.toString(levels));
            }
        }
    }

    /** The defaults: 4 steps, every origin with at least 8 observations, 80% and 95% intervals. */
    public static BacktestSpec defaults() {
        return new BacktestSpec(4, 0, 8, Forecast.DEFAULT_LEVELS);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    public BacktestSpec withHorizon(int h) {
        return new BacktestSpec(h, origins, minTrain, levels);
    }

    public BacktestSpec withOrigins(int n) {
        return new BacktestSpec(horizon, n, minTrain, levels);
    }

    public BacktestSpec withMinTrain(int n) {
        return new BacktestSpec(horizon, origins, n, levels);
    }

    public BacktestSpec withLevels(double... lv) {
        return new BacktestSpec(horizon, origins, minTrain, lv);
    }
}
