package io.marketcast.forecast.walk;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * Multiplicative random walk with drift: {@code log y(t) = log y(t−1) + μ + σ·ε(t)}, ε standard normal.
 *
 * <p>Estimated on the last {@link #window()} log growth rates (all of them when 0): μ̂ their mean, σ̂ their
 * standard deviation (n−1). Forecast, in logs: mean {@code log y(T) + h·μ̂}, variance {@code h·σ̂² + h²·σ̂²/n}
 * (residual noise plus the uncertainty of μ̂); the point forecast is the median {@code y(T)·exp(h·μ̂)}. Sample paths
 * draw μ* ~ N(μ̂, σ̂²/n) once per path, then the walk, so their quantiles are the intervals'. This is the "drift"
 * method of Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i> (3rd ed., §5.2 and §5.5),
 * applied to logs. The seasonal period is ignored.
 *
 * <p>Names: {@code log-drift} (all growth rates), {@code log-drift:N} (the last N ≥ 2). Needs at least 3 strictly
 * positive values. Immutable and thread-safe.
 */
public final class LogRandomWalk implements Method {

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

    /** {@code log-drift}, or {@code log-drift:N} with a window of N growth rates. */
    @Override
    public String name() {
        return window == 0 ? NAME : NAME + ":" + window;
    }

    /** The fitted drift and volatility of {@code history}. */
    @Override
    public Fit fit(double[] history, int period) {
        Checks.history(name(), history, period, 0);
        return new Fit(name(), history, period, process(history));
    }

    /** The walk estimated from {@code history}: its last value, drift and volatility. */
    public Process process(double[] history) {
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
        return new Process(history[history.length - 1], mu, sigma, n);
    }

    /**
     * A walk's parameters.
     *
     * @param last  last observed level
     * @param mu    drift per step, in log units
     * @param sigma standard deviation of a step, in log units
     * @param rates number of growth rates it was estimated on (the drift's standard error is σ/√rates)
     */
    public record Process(double last, double mu, double sigma, int rates) {

        /** Median forecast and log-normal intervals for steps {@code 1..horizon}. */
        public Forecast forecast(String method, int horizon, double... levels) {
            return Walks.forecast(method, last, mu, h -> sigma * Math.sqrt(h + (double) h * h / rates), horizon,
                    levels);
        }

        /** A path model over {@code horizon} steps. */
        public PathModel paths(int horizon) {
            Checks.horizon(NAME, horizon);
            return new Walks.Paths(last, mu, sigma / Math.sqrt(rates), sigma, horizon);
        }
    }

    /** A fitted walk and the history it was fitted to. */
    public static final class Fit implements Fitted {
        private final String method;
        private final double[] history;
        private final int period;
        private final Process process;

        Fit(String method, double[] history, int period, Process process) {
            this.method = method;
            this.history = history.clone();
            this.period = period;
            this.process = process;
        }

        public Process process() {
            return process;
        }

        @Override
        public String method() {
            return method;
        }

        @Override
        public int n() {
            return history.length;
        }

        @Override
        public int period() {
            return period;
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            return process.forecast(method, horizon, levels);
        }

        @Override
        public PathModel paths(int horizon) {
            return process.paths(horizon);
        }

        /** {@code y(t−1)·exp(μ̂)}; NaN for the first observation. */
        @Override
        public double[] fitted() {
            return Walks.fitted(history, process.mu());
        }

        /** Log growth less the drift, {@code log(y(t)/y(t−1)) − μ̂}; NaN for the first observation. */
        @Override
        public double[] residuals() {
            return Walks.residuals(history, process.mu());
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("mu", process.mu(), process.sigma() / Math.sqrt(process.rates())),
                    Parameter.of("sigma", process.sigma()));
        }

        @Override
        public String summary() {
            return String.format(Locale.ROOT, "drift %.2f%%/step (%.1f%%/year), sigma %.2f%%/step, %d growth rates",
                    100 * process.mu(), 100 * Math.expm1(period * process.mu()), 100 * process.sigma(),
                    process.rates());
        }
    }
}
