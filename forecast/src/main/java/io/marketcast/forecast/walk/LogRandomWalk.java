package io.marketcast.forecast.walk;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.PathModel;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Multiplicative random walk with drift: {@code log y(t) = log y(t−1) + μ + σ·ε(t)}, ε standard normal.
 *
 * <p>Estimated on the last {@link #window()} log growth rates (all of them when 0): μ̂ their mean, σ̂ their
 * standard deviation (n−1). Forecast, in logs: mean {@code log y(T) + h·μ̂}, variance {@code h·σ̂² + h²·σ̂²/n}
 * (residual noise plus the uncertainty of μ̂); the point forecast is the median {@code y(T)·exp(h·μ̂)}. Sample paths
 * draw μ* ~ N(μ̂, σ̂²/n) once per path, then the walk. This is the "drift" method of Hyndman & Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i> (3rd ed., §5.2 and §5.5), applied to logs.
 *
 * <p>Needs at least 3 strictly positive values. Immutable and thread-safe.
 */
public final class LogRandomWalk implements Forecaster {

    public static final String NAME = "log-drift";

    private final int window;

    private LogRandomWalk(int window) {
        if (window < 0 || window == 1) {
            throw new IllegalArgumentException("window must be 0 (all) or >= 2, was " + window);
        }
        this.window = window;
    }

    /** All growth rates of the history. */
    public static LogRandomWalk allHistory() {
        return new LogRandomWalk(0);
    }

    /** Only the last {@code n} growth rates (recent growth). */
    public LogRandomWalk withWindow(int n) {
        return new LogRandomWalk(n);
    }

    public int window() {
        return window;
    }

    /** {@code log-drift}, or {@code log-drift-N} with a window of N growth rates. */
    @Override
    public String name() {
        return window == 0 ? NAME : NAME + "-" + window;
    }

    /** The fitted drift and volatility of {@code history}. */
    public Fit fit(double[] history) {
        if (history.length < 3) {
            throw new InsufficientDataException(NAME + " needs at least 3 values, got " + history.length);
        }
        for (double v : history) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new InsufficientDataException(NAME + " needs strictly positive values, got " + v);
            }
        }
        int m = history.length - 1;
        int n = window == 0 ? m : Math.min(window, m);
        double sum = 0;
        for (int t = history.length - n; t < history.length; t++) {
            sum += Math.log(history[t] / history[t - 1]);
        }
        double mu = sum / n;
        double ss = 0;
        for (int t = history.length - n; t < history.length; t++) {
            double d = Math.log(history[t] / history[t - 1]) - mu;
            ss += d * d;
        }
        double sigma = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        return new Fit(history[history.length - 1], mu, sigma, n);
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = levels.length == 0 ? Forecast.DEFAULT_LEVELS : levels;
        Fit f = fit(history);
        double[] mean = new double[horizon];
        double[][] lo = new double[lv.length][horizon];
        double[][] hi = new double[lv.length][horizon];
        NormalDistribution std = new NormalDistribution(0, 1);
        for (int h = 1; h <= horizon; h++) {
            double center = Math.log(f.last()) + h * f.mu();
            double sd = f.sigma() * Math.sqrt(h + (double) h * h / f.n());
            mean[h - 1] = Math.exp(center);
            for (int k = 0; k < lv.length; k++) {
                double zq = std.inverseCumulativeProbability(0.5 + lv[k] / 2);
                lo[k][h - 1] = Math.exp(center - zq * sd);
                hi[k][h - 1] = Math.exp(center + zq * sd);
            }
        }
        return new Forecast(name(), mean, lv, lo, hi);
    }

    /**
     * A fitted walk.
     *
     * @param last  last observed level
     * @param mu    drift per step, in log units
     * @param sigma standard deviation of a step, in log units
     * @param n     number of growth rates it was estimated on
     */
    public record Fit(double last, double mu, double sigma, int n) {

        /** A path model over {@code horizon} steps. */
        public PathModel paths(int horizon) {
            return new Paths(this, horizon);
        }
    }

    private record Paths(Fit fit, int horizon) implements PathModel {

        @Override
        public void path(UniformRandomProvider rng, double[] eps, double[] out) {
            double drift = fit.mu + fit.sigma / Math.sqrt(fit.n) * ZigguratSampler.NormalizedGaussian.of(rng).sample();
            double level = Math.log(fit.last);
            double s = fit.sigma;
            for (int h = 0; h < horizon; h++) {
                level += drift + s * eps[h];
                out[h] = Math.exp(level);
            }
        }
    }
}
