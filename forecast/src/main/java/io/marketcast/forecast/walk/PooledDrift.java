package io.marketcast.forecast.walk;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The multiplicative random walk with drift of {@link LogRandomWalk}, for a history too short to identify its own
 * drift and volatility, pooled with longer histories (empirical Bayes, normal–normal).
 *
 * <p>The pool: other series with at least {@value #WINDOW} growth rates, each summarised by the mean {@code d_j} and
 * variance {@code s_j²} of its last {@value #WINDOW} log growth rates (the window of the scenario default's drift).
 * From them: the pooled volatility {@code s_p² = mean s_j²}; the pool's drift {@code m = mean d_j}; and the spread of
 * true drifts between series, {@code τ² = var(d_j) − s_p²/W} (method of moments), never less than {@code s_p²/W},
 * the sampling variance of one pool series' own drift.
 *
 * <p>The short history's {@code k} growth rates (mean {@code ḡ}, variance {@code s²}) are then combined with it:
 * <ul>
 *   <li>volatility {@code σ² = ((k−1)·s² + (W−1)·s_p²) / ((k−1) + (W−1))} — its own squared deviations plus one pool
 *       window's worth, so two growth rates that happen to agree do not make a narrow band;</li>
 *   <li>drift, a precision-weighted mean: {@code μ = (k·ḡ/σ² + m/τ²) / (k/σ² + 1/τ²)} with variance
 *       {@code v = 1 / (k/σ² + 1/τ²)} — near its own drift when its rates are many and steady, near the pool's
 *       otherwise.</li>
 * </ul>
 * Forecast in logs: mean {@code log y(T) + h·μ}, variance {@code h·σ² + h²·v}; the point forecast is the median.
 * Sample paths draw the drift once per path from N(μ, v), then the walk, so their quantiles are the intervals'.
 * Needs at least 3 strictly positive values and a pool of at least 2 series. Immutable and thread-safe.
 */
public final class PooledDrift {

    /** Name in fit summaries and outputs. */
    public static final String NAME = "pooled-drift";

    /** Growth rates that summarise each pool series, {@code W}: the window of the scenario default's drift. */
    public static final int WINDOW = 8;

    /** Series a pool needs. */
    public static final int MIN_POOL = 2;

    private PooledDrift() {
    }

    /**
     * One series of the pool: the mean and variance of its last {@value #WINDOW} log growth rates.
     *
     * @param id       the series' name, for the summary
     * @param drift    mean log growth rate per step
     * @param variance sample variance (n−1) of those growth rates
     */
    public record Member(String id, double drift, double variance) {

        public Member {
            Objects.requireNonNull(id, "id");
            if (!Double.isFinite(drift) || !(variance >= 0) || !Double.isFinite(variance)) {
                throw new IllegalArgumentException("pool member " + id + ": drift and variance must be finite, got "
                        + drift + ", " + variance);
            }
        }

        /**
         * The member summarising the last {@value #WINDOW} growth rates of {@code values} (consecutive periods);
         * empty when there are fewer than {@value #WINDOW} + 1 values or one of the last ones is not positive.
         */
        public static Optional<Member> of(String id, double[] values) {
            if (values.length < WINDOW + 1) {
                return Optional.empty();
            }
            double[] g = new double[WINDOW];
            for (int i = 0; i < WINDOW; i++) {
                double a = values[values.length - WINDOW - 1 + i];
                double b = values[values.length - WINDOW + i];
                if (!(a > 0) || !(b > 0) || !Double.isFinite(a) || !Double.isFinite(b)) {
                    return Optional.empty();
                }
                g[i] = Math.log(b / a);
            }
            return Optional.of(new Member(id, sampleMean(g), sampleVariance(g)));
        }
    }

    /**
     * A pool of longer histories.
     *
     * @param members        its series
     * @param drift          mean of their drifts, {@code m}
     * @param driftVariance  spread of true drifts between them, {@code τ²} (at least {@code s_p²/W})
     * @param volatility     pooled volatility {@code s_p} (square root of the mean variance)
     */
    public record Pool(List<Member> members, double drift, double driftVariance, double volatility) {

        public Pool {
            members = List.copyOf(members);
        }

        /**
         * The pool of {@code members}.
         *
         * @throws InsufficientDataException for fewer than {@value #MIN_POOL} members
         */
        public static Pool of(List<Member> members) {
            if (members.size() < MIN_POOL) {
                throw new InsufficientDataException("a pooled drift needs at least " + MIN_POOL + " series with "
                        + (WINDOW + 1) + " or more consecutive values to pool with, got " + members.size());
            }
            double[] d = members.stream().mapToDouble(Member::drift).toArray();
            double sp2 = members.stream().mapToDouble(Member::variance).average().orElseThrow();
            double floor = sp2 / WINDOW;
            double tau2 = Math.max(sampleVariance(d) - floor, floor);
            if (!(tau2 > 0)) {
                throw new InsufficientDataException("a pooled drift needs variation in the pool's growth rates; the "
                        + members.size() + " series have none");
            }
            return new Pool(members, sampleMean(d), tau2, Math.sqrt(sp2));
        }

        /** The member names, comma separated. */
        public String names() {
            return String.join(", ", members.stream().map(Member::id).toList());
        }
    }

    /**
     * The pooled walk of {@code history}.
     *
     * @throws InsufficientDataException for fewer than 3 values or a value that is not strictly positive
     */
    public static Fit fit(double[] history, int period, Pool pool) {
        Objects.requireNonNull(pool, "pool");
        Checks.history(NAME, history, period, 0);
        if (history.length < 3) {
            throw new InsufficientDataException(NAME + " needs at least 3 values, got " + history.length);
        }
        double[] g = new double[history.length - 1];
        for (int t = 1; t < history.length; t++) {
            if (!(history[t] > 0) || !(history[t - 1] > 0) || !Double.isFinite(history[t])) {
                throw new InsufficientDataException(NAME + " needs strictly positive values, got "
                        + (history[t] > 0 ? history[t - 1] : history[t]));
            }
            g[t - 1] = Math.log(history[t] / history[t - 1]);
        }
        int k = g.length;
        double own = sampleMean(g);
        double ownVar = sampleVariance(g);
        double var = ((k - 1) * ownVar + (WINDOW - 1) * pool.volatility() * pool.volatility()) / (k - 1 + WINDOW - 1);
        if (!(var > 0)) {
            throw new InsufficientDataException(NAME + ": neither the history nor the pool has any variation in its"
                    + " growth rates");
        }
        double precision = k / var + 1 / pool.driftVariance();
        double mu = (k * own / var + pool.drift() / pool.driftVariance()) / precision;
        return new Fit(history, period, pool, own, Math.sqrt(ownVar), mu, 1 / precision, Math.sqrt(var));
    }

    /** A pooled walk and the history it was fitted to. */
    public static final class Fit implements Fitted {
        private final double[] history;
        private final int period;
        private final Pool pool;
        private final double ownDrift;
        private final double ownVolatility;
        private final double mu;
        private final double driftVariance;
        private final double sigma;

        Fit(double[] history, int period, Pool pool, double ownDrift, double ownVolatility, double mu,
                double driftVariance, double sigma) {
            this.history = history.clone();
            this.period = period;
            this.pool = pool;
            this.ownDrift = ownDrift;
            this.ownVolatility = ownVolatility;
            this.mu = mu;
            this.driftVariance = driftVariance;
            this.sigma = sigma;
        }

        /** Drift per step after pooling, {@code μ}. */
        public double drift() {
            return mu;
        }

        /** Standard error of the pooled drift, {@code √v}. */
        public double driftStdError() {
            return Math.sqrt(driftVariance);
        }

        /** Volatility per step after pooling, {@code σ}. */
        public double volatility() {
            return sigma;
        }

        /** Mean of the history's own growth rates, {@code ḡ}. */
        public double ownDrift() {
            return ownDrift;
        }

        /** Standard deviation of the history's own growth rates, {@code s}. */
        public double ownVolatility() {
            return ownVolatility;
        }

        public Pool pool() {
            return pool;
        }

        @Override
        public String method() {
            return NAME;
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
            return Walks.forecast(NAME, history[history.length - 1], mu,
                    h -> Math.sqrt(h * sigma * sigma + (double) h * h * driftVariance), horizon, levels);
        }

        @Override
        public PathModel paths(int horizon) {
            Checks.horizon(NAME, horizon);
            return new Walks.Paths(history[history.length - 1], mu, Math.sqrt(driftVariance), sigma, horizon);
        }

        /** {@code y(t−1)·exp(μ)}; NaN for the first observation. */
        @Override
        public double[] fitted() {
            return Walks.fitted(history, mu);
        }

        /** Log growth less the pooled drift; NaN for the first observation. */
        @Override
        public double[] residuals() {
            return Walks.residuals(history, mu);
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("mu", mu, driftStdError()), Parameter.of("sigma", sigma));
        }

        @Override
        public String summary() {
            return String.format(Locale.ROOT, "drift %.2f%% ± %.2f%%/step (%.1f%%/year), sigma %.2f%%/step — own %d"
                    + " growth rates: drift %.2f%%, sigma %.2f%%; pool of %d series (%s): drift %.2f%% ± %.2f%%,"
                    + " sigma %.2f%%", 100 * mu, 100 * driftStdError(), 100 * Math.expm1(period * mu), 100 * sigma,
                    history.length - 1, 100 * ownDrift, 100 * ownVolatility, pool.members().size(), pool.names(),
                    100 * pool.drift(), 100 * Math.sqrt(pool.driftVariance()), 100 * pool.volatility());
        }
    }

    private static double sampleMean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sampleVariance(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = sampleMean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss / (x.length - 1);
    }
}
