package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;

/**
 * The naive method (random walk): every future value equals the last observation.
 *
 * <p>Intervals: {@code se_h = σ·sqrt(h)}, with {@code σ² } the mean squared one-step change (R's {@code naive}).
 * Needs 2 observations.
 */
public record Naive() implements Forecaster {

    public static final String NAME = "naive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = Histories.check(NAME, history, frequency, horizon, 2, levels);
        return forecast(NAME, history, horizon, lv);
    }

    /** The naive forecast of {@code y} under another name (used by {@link Naive2} on adjusted data). */
    static Forecast forecast(String name, double[] y, int horizon, double[] levels) {
        int n = y.length;
        double ss = 0;
        for (int t = 1; t < n; t++) {
            double d = y[t] - y[t - 1];
            ss += d * d;
        }
        double sigma = Math.sqrt(ss / (n - 1));
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mean[h] = y[n - 1];
            se[h] = sigma * Math.sqrt(h + 1.0);
        }
        return NormalIntervals.of(name, mean, se, levels);
    }
}
