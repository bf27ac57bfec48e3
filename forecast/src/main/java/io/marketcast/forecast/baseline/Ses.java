package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;

/**
 * Simple exponential smoothing with optimised smoothing parameter and initial level (see {@link SesFit}); the
 * forecast is flat at the final level, with ETS(A,N,N) intervals {@code se_h = σ·sqrt(1 + (h-1)·α²)}.
 * Needs 3 observations.
 *
 * @param alphaMin lower bound of {@code α} (default {@code 1e-4}, as R's {@code ets})
 * @param alphaMax upper bound of {@code α} (default {@code 0.9999})
 */
public record Ses(double alphaMin, double alphaMax) implements Forecaster {

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
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = Histories.check(NAME, history, frequency, horizon, 3, levels);
        SesFit fit = SesFit.fit(history, alphaMin, alphaMax);
        double[] mean = new double[horizon];
        double[] se = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            mean[h - 1] = fit.level();
            se[h - 1] = fit.se(h);
        }
        return NormalIntervals.of(NAME, mean, se, lv);
    }
}
