package io.marketcast.forecast.theta;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.Seasonality;
import java.util.Optional;

/**
 * The standard Theta method of the M3 competition (see the package documentation). Point forecast on the adjusted
 * data {@code x}: {@code SES_n + (b/2)·((h-1) + (1-(1-α)^n)/α)}, where {@code SES_n} is the final level of simple
 * exponential smoothing fitted to {@code x} (optimised {@code α} and {@code ℓ_0}) and {@code b} the least-squares
 * slope of {@code x} on time; this equals the theta=0 line (the linear trend) and the SES-extrapolated theta=2 line
 * combined with equal weights. Needs 3 observations.
 *
 * @param confidence confidence of the seasonality test, in (0, 1); 0.90 as in M3
 */
public record Theta(double confidence) implements Method {

    public static final String NAME = "theta";

    public Theta {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
    }

    /** The M3 spec: seasonality test at 90%. */
    public Theta() {
        this(0.90);
    }

    public Theta withConfidence(double c) {
        return new Theta(c);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Fits the method to {@code history}: deseasonalised when the test says so. Needs 3 observations. */
    @Override
    public ThetaFit fit(double[] history, int period) {
        Checks.history(NAME, history, period, 3);
        Optional<double[]> si = Seasonality.indicesIfSeasonal(history, period, confidence);
        double[] x = history.clone();
        si.ifPresent(idx -> {
            for (int t = 0; t < x.length; t++) {
                x[t] /= idx[t];
            }
        });
        return new ThetaFit(NAME, history, period, x, si.orElse(null));
    }
}
