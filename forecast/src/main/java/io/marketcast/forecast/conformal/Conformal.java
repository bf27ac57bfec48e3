package io.marketcast.forecast.conformal;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.DelegatingFit;
import io.marketcast.forecast.internal.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A method with conformal prediction intervals: the point forecast is the base method's; the intervals come from the
 * base method's own forecast errors on the end of the history, as statsforecast's {@code ConformalIntervals}
 * ({@code method="conformal_distribution"}).
 *
 * <p>For a horizon {@code h} and {@code W} windows, window {@code i = 1..W} refits the base method on the history
 * without its last {@code i·h} values and forecasts the {@code h} values it left out; the absolute errors
 * {@code c_{i,j}} (step {@code j}) are the conformity scores. At step {@code j} the forecast distribution is the
 * {@code 2W} values {@code ŷ_j ± c_{i,j}}, and the {@code level} interval is its quantiles at {@code (1 ∓ level)/2},
 * linearly interpolated (numpy's and R's type 7 default). A window the history cannot support (the base method
 * refuses the shorter history) is skipped, and so are the shorter ones after it; when not one window can be
 * scored, the base method's own intervals are kept and {@link Fitted#summary()} says so.
 *
 * <p>Sample paths draw each step from the same distribution (the step's quantile function at {@code Φ(eps)}), so
 * their quantiles are the intervals; consecutive steps are as dependent as the engine's innovations make them (the
 * scores carry no dependence across steps).
 *
 * @param base    the method whose points and errors are used
 * @param windows the number of windows {@code W}, at least 1
 * @param name    the name it is known by, e.g. {@code theta:conformal}
 */
public record Conformal(Method base, int windows, String name) implements Method {

    /** The grammar's suffix. */
    public static final String SUFFIX = "conformal";
    /** Windows when none are given: statsforecast's default {@code n_windows}. */
    public static final int DEFAULT_WINDOWS = 2;

    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    public Conformal {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(name, "name");
        if (windows < 1) {
            throw new IllegalArgumentException("conformal intervals need at least 1 window, got " + windows);
        }
    }

    /** {@code base} with conformal intervals from {@code windows} windows, named {@code base:conformal[=N]}. */
    public static Conformal of(Method base, int windows) {
        return new Conformal(base, windows, base.name() + ":" + SUFFIX
                + (windows == DEFAULT_WINDOWS ? "" : "=" + windows));
    }

    /**
     * The windows of a name's suffix: {@link #DEFAULT_WINDOWS} for {@code conformal}, N for {@code conformal=N};
     * -1 when {@code suffix} is not a conformal suffix at all.
     *
     * @throws IllegalArgumentException for {@code conformal=} followed by anything but a whole number of at least 1
     */
    public static int windowsOf(String suffix) {
        String s = suffix.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.equals(SUFFIX)) {
            return DEFAULT_WINDOWS;
        }
        if (!s.startsWith(SUFFIX + "=")) {
            return -1;
        }
        String n = s.substring(SUFFIX.length() + 1).strip();
        try {
            int w = Integer.parseInt(n);
            if (w >= 1) {
                return w;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new IllegalArgumentException(SUFFIX + "=N takes a whole number of windows of at least 1, got '" + n
                + "'");
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(name, history, period, 1);
        return new Fit(this, history.clone(), period, base.fit(history, period));
    }

    /** The base fit and the history its windows are cut from. */
    private static final class Fit extends DelegatingFit {
        private final Conformal spec;
        private final double[] history;
        private final int period;

        Fit(Conformal spec, double[] history, int period, Fitted fit) {
            super(fit);
            this.spec = spec;
            this.history = history;
            this.period = period;
        }

        @Override
        public String method() {
            return spec.name();
        }

        @Override
        public int period() {
            return period;
        }

        /**
         * {@code scores[j]}: the 2W values ±c_{i,j} of step j+1, sorted; null when no window could be scored.
         */
        private double[][] scores(int horizon) {
            List<double[]> errors = new ArrayList<>();
            for (int i = 1; i <= spec.windows(); i++) {
                int cut = history.length - i * horizon;
                if (cut < 1) {
                    break;
                }
                double[] train = Arrays.copyOf(history, cut);
                double[] f;
                try {
                    f = spec.base().fit(train, period).forecast(horizon).mean();
                } catch (InsufficientDataException e) {
                    break;
                }
                double[] c = new double[horizon];
                for (int j = 0; j < horizon; j++) {
                    c[j] = Math.abs(history[cut + j] - f[j]);
                    if (!Double.isFinite(c[j])) {
                        throw new InsufficientDataException(spec.name() + ": window " + i + " gives a non-finite "
                                + "forecast");
                    }
                }
                errors.add(c);
            }
            if (errors.isEmpty()) {
                return null;
            }
            double[][] out = new double[horizon][2 * errors.size()];
            for (int j = 0; j < horizon; j++) {
                for (int i = 0; i < errors.size(); i++) {
                    out[j][2 * i] = -errors.get(i)[j];
                    out[j][2 * i + 1] = errors.get(i)[j];
                }
                Arrays.sort(out[j]);
            }
            return out;
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            Checks.horizon(spec.name(), horizon);
            double[] lv = Checks.levels(levels);
            Forecast own = delegate().forecast(horizon, lv);
            double[][] s = scores(horizon);
            if (s == null) {
                return own.renamed(spec.name());
            }
            double[] mean = own.mean();
            double[][] lower = new double[lv.length][horizon];
            double[][] upper = new double[lv.length][horizon];
            for (int k = 0; k < lv.length; k++) {
                for (int j = 0; j < horizon; j++) {
                    lower[k][j] = mean[j] + Quantiles.type7(s[j], (1 - lv[k]) / 2);
                    upper[k][j] = mean[j] + Quantiles.type7(s[j], (1 + lv[k]) / 2);
                }
            }
            return new Forecast(spec.name(), mean, lv, lower, upper);
        }

        @Override
        public PathModel paths(int horizon) {
            Checks.horizon(spec.name(), horizon);
            double[][] s = scores(horizon);
            if (s == null) {
                return delegate().paths(horizon);
            }
            double[] mean = delegate().forecast(horizon).mean();
            return new PathModel() {
                @Override
                public int horizon() {
                    return horizon;
                }

                @Override
                public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                    for (int j = 0; j < horizon; j++) {
                        out[j] = mean[j] + Quantiles.type7(s[j], STANDARD.cumulativeProbability(eps[j]));
                    }
                }
            };
        }

        @Override
        public String summary() {
            return delegate().summary() + "; conformal intervals from up to " + spec.windows() + " rolling windows (the "
                    + "model's own where the history has none)";
        }
    }
}
