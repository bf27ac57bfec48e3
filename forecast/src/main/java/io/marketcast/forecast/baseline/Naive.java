package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.GaussianFit;
import java.util.List;
import java.util.Locale;

/**
 * The naive method (random walk): every future value equals the last observation.
 *
 * <p>Intervals: {@code se_h = σ·sqrt(h)}, with {@code σ²} the mean squared one-step change (R's {@code naive});
 * sample paths are the random walk itself. Needs 2 observations.
 */
public record Naive() implements Method {

    public static final String NAME = "naive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(NAME, history, period, 2);
        return new Fit(NAME, history, period, null, history);
    }

    /**
     * A fitted naive model, possibly of seasonally adjusted data (as {@link Naive2} uses it).
     */
    static final class Fit extends GaussianFit {
        private final double[] indices;
        private final double[] y;
        private final double sigma;

        /**
         * @param indices multiplicative seasonal index of each observation, or null
         * @param y       the (adjusted) data the walk is fitted to
         */
        Fit(String name, double[] history, int period, double[] indices, double[] y) {
            super(name, history, period);
            this.indices = indices == null ? null : indices.clone();
            this.y = y.clone();
            int n = y.length;
            double ss = 0;
            for (int t = 1; t < n; t++) {
                double d = y[t] - y[t - 1];
                ss += d * d;
            }
            this.sigma = Math.sqrt(ss / (n - 1));
        }

        @Override
        protected double[] adjustedMean(int horizon) {
            double[] mean = new double[horizon];
            java.util.Arrays.fill(mean, y[y.length - 1]);
            return mean;
        }

        @Override
        protected double[] se(int horizon) {
            double[] se = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                se[h] = sigma * Math.sqrt(h + 1.0);
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
        protected double[] futureIndices(int horizon) {
            return indices == null ? null
                    : io.marketcast.forecast.internal.Seasonality.futureIndices(indices, period(), horizon);
        }

        @Override
        protected double[] computeFitted() {
            double[] f = new double[y.length];
            f[0] = Double.NaN;
            for (int t = 1; t < f.length; t++) {
                f[t] = indices == null ? y[t - 1] : y[t - 1] * indices[t];
            }
            return f;
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.of("sigma", sigma));
        }

        @Override
        public String summary() {
            return String.format(Locale.ROOT, "%s: last value %.6g, sigma %.4g%s", method(), y[y.length - 1], sigma,
                    indices == null ? "" : " (seasonally adjusted, m = " + period() + ")");
        }
    }
}
