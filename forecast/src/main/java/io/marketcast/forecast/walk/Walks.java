package io.marketcast.forecast.walk;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * What the multiplicative walks with an uncertain drift share ({@link LogRandomWalk}, {@link PooledDrift}): log-normal
 * forecasts, sample paths that draw the drift once per path, and one-step fitted values and residuals of the drift.
 */
final class Walks {

    private Walks() {
    }

    /**
     * Median forecast {@code last·exp(h·μ)} and log-normal intervals with standard deviation {@code sd(h)} in logs,
     * for steps {@code 1..horizon}.
     */
    static Forecast forecast(String method, double last, double mu, IntToDoubleFunction sd, int horizon,
            double... levels) {
        Checks.horizon(method, horizon);
        double[] lv = Checks.levels(levels);
        double[] mean = new double[horizon];
        double[][] lo = new double[lv.length][horizon];
        double[][] hi = new double[lv.length][horizon];
        NormalDistribution std = new NormalDistribution(0, 1);
        for (int h = 1; h <= horizon; h++) {
            double center = Math.log(last) + h * mu;
            double s = sd.applyAsDouble(h);
            mean[h - 1] = Math.exp(center);
            for (int k = 0; k < lv.length; k++) {
                double zq = std.inverseCumulativeProbability(0.5 + lv[k] / 2);
                lo[k][h - 1] = Math.exp(center - zq * s);
                hi[k][h - 1] = Math.exp(center + zq * s);
            }
        }
        return new Forecast(method, mean, lv, lo, hi);
    }

    /** {@code y(t−1)·exp(μ)}; NaN for the first observation. */
    static double[] fitted(double[] history, double mu) {
        double[] f = new double[history.length];
        f[0] = Double.NaN;
        for (int t = 1; t < f.length; t++) {
            f[t] = history[t - 1] * Math.exp(mu);
        }
        return f;
    }

    /** Log growth less the drift, {@code log(y(t)/y(t−1)) − μ}; NaN for the first observation. */
    static double[] residuals(double[] history, double mu) {
        double[] r = new double[history.length];
        r[0] = Double.NaN;
        for (int t = 1; t < r.length; t++) {
            r[t] = Math.log(history[t] / history[t - 1]) - mu;
        }
        return r;
    }

    /**
     * Paths of {@code log y(t) = log y(t−1) + μ* + σ·ε(t)} from {@code last}, with the drift μ* ~ N(μ, driftSd²) drawn
     * once per path from the path's random stream.
     */
    record Paths(double last, double mu, double driftSd, double sigma, int horizon) implements PathModel {

        @Override
        public void path(UniformRandomProvider rng, double[] eps, double[] out) {
            double drift = mu + driftSd * ZigguratSampler.NormalizedGaussian.of(rng).sample();
            double level = Math.log(last);
            for (int h = 0; h < horizon; h++) {
                level += drift + sigma * eps[h];
                out[h] = Math.exp(level);
            }
        }
    }
}
