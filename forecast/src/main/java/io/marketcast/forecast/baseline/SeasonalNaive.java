package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.GaussianFit;
import java.util.List;
import java.util.Locale;

/**
 * The seasonal naive method: each future value equals the last observation of the same season
 * ({@code ŷ_{n+h} = y_{n+h-m(k+1)}}, {@code k = floor((h-1)/m)}). With period 1 it is {@link Naive}.
 *
 * <p>Intervals: {@code se_h = σ·sqrt(k+1)}, with {@code σ²} the mean squared seasonal difference (R's
 * {@code snaive}); sample paths are one random walk per season. Needs {@code m + 1} observations.
 */
public record SeasonalNaive() implements Method {

    public static final String NAME = "snaive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(NAME, history, period, period + 1);
        int n = history.length;
        int m = period;
        double ss = 0;
        for (int t = m; t < n; t++) {
            double d = history[t] - history[t - m];
            ss += d * d;
        }
        double sigma = Math.sqrt(ss / (n - m));
        double[] y = history.clone();
        return new GaussianFit(NAME, history, period) {
            @Override
            protected double[] adjustedMean(int horizon) {
                double[] mean = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    mean[h - 1] = y[n - m + (h - 1) % m];
                }
                return mean;
            }

            @Override
            protected double[] se(int horizon) {
                double[] se = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    int k = (h - 1) / m;
                    se[h - 1] = sigma * Math.sqrt(k + 1.0);
                }
                return se;
            }

            @Override
            protected double sigma() {
                return sigma;
            }

            @Override
            protected double psi(int j) {
                return j % m == 0 ? 1 : 0;
            }

            @Override
            protected double[] computeFitted() {
                double[] f = new double[n];
                for (int t = 0; t < n; t++) {
                    f[t] = t < m ? Double.NaN : y[t - m];
                }
                return f;
            }

            @Override
            public List<Parameter> parameters() {
                return List.of(Parameter.of("sigma", sigma));
            }

            @Override
            public String summary() {
                return String.format(Locale.ROOT, "%s: last season repeated (m = %d), sigma %.4g", NAME, m, sigma);
            }
        };
    }
}
