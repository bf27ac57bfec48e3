package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;

/**
 * The drift method: the line through the first and last observations, extended
 * ({@code ŷ_{n+h} = y_n + h·(y_n - y_1)/(n-1)}).
 *
 * <p>Intervals: {@code se_h = σ·sqrt(h·(1 + h/(n-1)))}, where {@code σ} is the standard deviation of the one-step
 * changes around the drift (R's {@code rwf(drift = TRUE)}; the second term is the uncertainty of the drift).
 * Needs 3 observations.
 */
public record Drift() implements Forecaster {

    public static final String NAME = "drift";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = Histories.check(NAME, history, frequency, horizon, 3, levels);
        int n = history.length;
        double drift = (history[n - 1] - history[0]) / (n - 1);
        double ss = 0;
        for (int t = 1; t < n; t++) {
            double r = history[t] - history[t - 1] - drift;
            ss += r * r;
        }
        double sigma = Math.sqrt(ss / (n - 2));
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            mean[h - 1] = history[n - 1] + h * drift;
            se[h - 1] = sigma * Math.sqrt(h * (1 + h / (n - 1.0)));
        }
        return NormalIntervals.of(NAME, mean, se, lv);
    }
}
