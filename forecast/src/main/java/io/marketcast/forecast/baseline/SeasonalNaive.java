package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;

/**
 * The seasonal naive method: each future value equals the last observation of the same season
 * ({@code ŷ_{n+h} = y_{n+h-m(k+1)}}, {@code k = floor((h-1)/m)}). With frequency 1 it is {@link Naive}.
 *
 * <p>Intervals: {@code se_h = σ·sqrt(k+1)}, with {@code σ²} the mean squared seasonal difference (R's
 * {@code snaive}). Needs {@code m + 1} observations.
 */
public record SeasonalNaive() implements Forecaster {

    public static final String NAME = "snaive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = Histories.check(NAME, history, frequency, horizon, frequency + 1, levels);
        int n = history.length;
        int m = frequency;
        double ss = 0;
        for (int t = m; t < n; t++) {
            double d = history[t] - history[t - m];
            ss += d * d;
        }
        double sigma = Math.sqrt(ss / (n - m));
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            int k = (h - 1) / m;
            mean[h - 1] = history[n - m + (h - 1) % m];
            se[h - 1] = sigma * Math.sqrt(k + 1.0);
        }
        return NormalIntervals.of(NAME, mean, se, lv);
    }
}
