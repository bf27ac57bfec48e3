package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.GaussianFit;
import java.util.List;
import java.util.Locale;

/**
 * Simple exponential smoothing with optimised smoothing parameter and initial level (see {@link SesFit}); the
 * forecast is flat at the final level, with ETS(A,N,N) intervals {@code se_h = σ·sqrt(1 + (h-1)·α²)} and ETS(A,N,N)
 * sample paths. Needs 3 observations.
 *
 * @param alphaMin lower bound of {@code α} (default {@code 1e-4}, as R's {@code ets})
 * @param alphaMax upper bound of {@code α} (default {@code 0.9999})
 */
public record Ses(double alphaMin, double alphaMax) implements Method {

    public static final String NAME = "ses";

    public Ses {
        if (!(alphaMin > 0 && alphaMin <= alphaMax && alphaMax < 1)) {
            throw new IllegalArgumentException("need 0 < alphaMin <= alphaMax < 1, got [" + alphaMin + ", "
                    + alphaMax + "]");
        }
    }

    /** The default spec: {@code α} in {@code [1e-4, 0.9999]}. */
    public Ses() {
        this(1e-4, 0.9999);
    }

    /** A copy with a fixed smoothing parameter. */
    public Ses withAlpha(double alpha) {
        return new Ses(alpha, alpha);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(NAME, history, period, 3);
        SesFit fit = SesFit.fit(history, alphaMin, alphaMax);
        double[] y = history.clone();
        return new GaussianFit(NAME, history, period) {
            @Override
            protected double[] adjustedMean(int horizon) {
                double[] mean = new double[horizon];
                java.util.Arrays.fill(mean, fit.level());
                return mean;
            }

            @Override
            protected double[] se(int horizon) {
                double[] se = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    se[h - 1] = fit.se(h);
                }
                return se;
            }

            @Override
            protected double sigma() {
                return Math.sqrt(fit.sigma2());
            }

            @Override
            protected double psi(int j) {
                return j == 0 ? 1 : fit.alpha();
            }

            @Override
            protected double[] computeFitted() {
                return fit.oneStep(y);
            }

            @Override
            public List<Parameter> parameters() {
                return List.of(Parameter.of("alpha", fit.alpha()), Parameter.of("l0", fit.level0()),
                        Parameter.of("sigma", Math.sqrt(fit.sigma2())));
            }

            @Override
            public String summary() {
                return String.format(Locale.ROOT, "%s: alpha %.4f, level %.6g, sigma %.4g", NAME, fit.alpha(),
                        fit.level(), Math.sqrt(fit.sigma2()));
            }
        };
    }
}
