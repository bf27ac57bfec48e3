package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.GaussianFit;
import java.util.List;
import java.util.Locale;

/**
 * The drift method: the line through the first and last observations, extended
 * ({@code ŷ_{n+h} = y_n + h·(y_n - y_1)/(n-1)}).
 *
 * <p>Intervals: {@code se_h = σ·sqrt(h·(1 + h/(n-1)))}, where {@code σ} is the standard deviation of the one-step
 * changes around the drift (R's {@code rwf(drift = TRUE)}; the second term is the uncertainty of the drift, whose
 * standard error is {@code σ/sqrt(n-1)}). Sample paths draw the drift once per path from that distribution, then
 * walk. Needs 3 observations.
 */
public record Drift() implements Method {

    public static final String NAME = "drift";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(NAME, history, period, 3);
        int n = history.length;
        double drift = (history[n - 1] - history[0]) / (n - 1);
        double ss = 0;
        for (int t = 1; t < n; t++) {
            double r = history[t] - history[t - 1] - drift;
            ss += r * r;
        }
        double sigma = Math.sqrt(ss / (n - 2));
        double last = history[n - 1];
        double[] y = history.clone();
        return new GaussianFit(NAME, history, period) {
            @Override
            protected double[] adjustedMean(int horizon) {
                double[] mean = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    mean[h - 1] = last + h * drift;
                }
                return mean;
            }

            @Override
            protected double[] se(int horizon) {
                double[] se = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    se[h - 1] = sigma * Math.sqrt(h * (1 + h / (n - 1.0)));
                }
                return se;
            }

            @Override
            protected double sigma() {
                return sigma;
            }

            @Override
            protected double psi(int j) {
                return 1;
            }

            @Override
            protected double driftSd() {
                return sigma / Math.sqrt(n - 1.0);
            }

            @Override
            protected double[] computeFitted() {
                double[] f = new double[n];
                f[0] = Double.NaN;
                for (int t = 1; t < n; t++) {
                    f[t] = y[t - 1] + drift;
                }
                return f;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of(new Parameter("drift", drift, sigma / Math.sqrt(n - 1.0)), Parameter.of("sigma", sigma));
            }

            @Override
            public String summary() {
                return String.format(Locale.ROOT, "%s: drift %.6g ± %.2g per step, sigma %.4g", NAME, drift,
                        sigma / Math.sqrt(n - 1.0), sigma);
            }
        };
    }
}
