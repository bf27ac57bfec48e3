package io.marketcast.forecast.internal;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.PathModel;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A fitted model whose future is linear in Gaussian innovations, possibly on seasonally adjusted data:
 *
 * <pre>
 *   y_{n+h} = s_h · ( μ_h + σ·Σ_{j=0}^{h-1} ψ_j·ε_{h-j} + h·δ·z )
 * </pre>
 *
 * with μ the point forecast on the adjusted scale, ψ the impulse responses ({@code ψ_0 = 1}), σ the innovation
 * standard deviation, δ the standard deviation of an estimated drift per step (0 when the model has none; its
 * uncertainty enters once per path through one standard normal {@code z}), and {@code s_h} the future seasonal
 * indices (1 when not seasonal). The naive, seasonal naive, drift, SES, Naive2, Theta and (D)OTM methods are of this
 * form (Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.5 and §8.7).
 *
 * <p>Intervals are {@code s_h·(μ_h ± z·se_h)} with the method's own standard errors ({@link #se(int)}), which
 * subclasses compute by the method's published formula so that the numbers are those of R's {@code forecast};
 * {@code se_h² = σ²·Σ ψ_j² + h²·δ²} must hold, so that the sample paths and the intervals are one model (the
 * contract test checks it for every method).
 */
public abstract class GaussianFit implements Fitted {

    private final String method;
    private final double[] history;
    private final int period;

    protected GaussianFit(String method, double[] history, int period) {
        this.method = Objects.requireNonNull(method, "method");
        this.history = history.clone();
        this.period = period;
    }

    /** Point forecasts on the adjusted scale, steps {@code 1..horizon}. */
    protected abstract double[] adjustedMean(int horizon);

    /** Standard errors on the adjusted scale, steps {@code 1..horizon}. */
    protected abstract double[] se(int horizon);

    /** Standard deviation of the innovations on the adjusted scale. */
    protected abstract double sigma();

    /** Weight of the innovation {@code j} steps before a future step; {@code psi(0) = 1}. */
    protected abstract double psi(int j);

    /** One-step fitted values on the data scale (NaN where there are none). */
    protected abstract double[] computeFitted();

    /** Standard deviation of the estimated drift per step; 0 when there is none. */
    protected double driftSd() {
        return 0;
    }

    /** Future seasonal indices, one per step; {@code null} when the data were not seasonally adjusted. */
    protected double[] futureIndices(int horizon) {
        return null;
    }

    /** The data the model was fitted to. */
    protected final double[] history() {
        return history.clone();
    }

    @Override
    public final String method() {
        return method;
    }

    @Override
    public final int n() {
        return history.length;
    }

    @Override
    public final int period() {
        return period;
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        Checks.horizon(method, horizon);
        double[] lv = Checks.levels(levels);
        Forecast adjusted = NormalIntervals.of(method, adjustedMean(horizon), se(horizon), lv);
        double[] idx = futureIndices(horizon);
        return idx == null ? adjusted : Reseasonalize.apply(adjusted, idx);
    }

    @Override
    public PathModel paths(int horizon) {
        Checks.horizon(method, horizon);
        double[] psi = new double[horizon];
        for (int j = 0; j < horizon; j++) {
            psi[j] = psi(j);
        }
        double[] idx = futureIndices(horizon);
        return new Paths(adjustedMean(horizon), psi, sigma(), driftSd(), idx);
    }

    @Override
    public double[] fitted() {
        return computeFitted();
    }

    @Override
    public double[] residuals() {
        double[] f = computeFitted();
        double[] r = new double[f.length];
        for (int t = 0; t < r.length; t++) {
            r[t] = history[t] - f[t];
        }
        return r;
    }

    private record Paths(double[] mean, double[] psi, double sigma, double driftSd, double[] indices)
            implements PathModel {

        @Override
        public int horizon() {
            return mean.length;
        }

        @Override
        public void path(UniformRandomProvider rng, double[] eps, double[] out) {
            int h = mean.length;
            double drift = driftSd > 0 ? driftSd * ZigguratSampler.NormalizedGaussian.of(rng).sample() : 0;
            for (int k = 0; k < h; k++) {
                double noise = 0;
                for (int j = 0; j <= k; j++) {
                    noise += psi[j] * eps[k - j];
                }
                double v = mean[k] + sigma * noise + (k + 1) * drift;
                out[k] = indices == null ? v : v * indices[k];
            }
        }
    }
}
