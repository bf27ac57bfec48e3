package io.marketcast.forecast.theta;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.Seasonality;
import java.util.Optional;

/**
 * The optimised Theta models of Fiorucci et al. (2016): DOTM ({@code dynamic = true}), where the linear trend
 * {@code A_t + B_t·t} is re-estimated by least squares on the data up to each {@code t}, and OTM
 * ({@code dynamic = false}), with the trend of the whole sample. In their state-space form:
 *
 * <pre>
 *   y_t = μ_t + ε_t
 *   μ_t = ℓ_{t-1} + (1 - 1/θ)·((1-α)^{t-1}·A_{t-1} + ((1 - (1-α)^t)/α)·B_{t-1})
 *   ℓ_t = α·y_t + (1-α)·ℓ_{t-1}
 *   ŷ_{n+h|n} = ℓ_n + (1 - 1/θ)·((1-α)^n·A_n + ((h-1) + (1 - (1-α)^{n+1})/α)·B_n)
 * </pre>
 *
 * <p>The data are first deseasonalised as for {@link Theta} when the seasonality test says so. The parameters
 * {@code α ∈ [alphaMin, alphaMax]}, {@code θ ∈ [1, thetaMax]} and {@code ℓ_0} minimise the sum of squared one-step
 * errors; see {@link DotmFit}. {@code θ = 2} with the static trend is the standard Theta model (STM). Needs 4
 * observations.
 *
 * @param dynamic    DOTM when true, OTM when false
 * @param confidence confidence of the seasonality test (0.90)
 * @param alphaMin   lower bound of {@code α} (0.1, as the {@code forecTheta} package)
 * @param alphaMax   upper bound of {@code α} (0.99)
 * @param thetaMax   upper bound of {@code θ} (1000: beyond it the theta line is the linear trend for all purposes)
 */
public record Dotm(boolean dynamic, double confidence, double alphaMin, double alphaMax, double thetaMax)
        implements Method {

    public static final String DOTM = "dotm";
    public static final String OTM = "otm";

    public Dotm {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        if (!(alphaMin > 0 && alphaMin <= alphaMax && alphaMax < 1)) {
            throw new IllegalArgumentException("need 0 < alphaMin <= alphaMax < 1, got [" + alphaMin + ", "
                    + alphaMax + "]");
        }
        if (!(thetaMax >= 1)) {
            throw new IllegalArgumentException("thetaMax must be at least 1, was " + thetaMax);
        }
    }

    /** DOTM with the defaults. */
    public static Dotm dotm() {
        return new Dotm(true, 0.90, 0.1, 0.99, 1000);
    }

    /** OTM with the defaults. */
    public static Dotm otm() {
        return new Dotm(false, 0.90, 0.1, 0.99, 1000);
    }

    public Dotm withAlphaRange(double lo, double hi) {
        return new Dotm(dynamic, confidence, lo, hi, thetaMax);
    }

    public Dotm withThetaMax(double max) {
        return new Dotm(dynamic, confidence, alphaMin, alphaMax, max);
    }

    public Dotm withConfidence(double c) {
        return new Dotm(dynamic, c, alphaMin, alphaMax, thetaMax);
    }

    @Override
    public String name() {
        return dynamic ? DOTM : OTM;
    }

    /** Fits the model to {@code history}, deseasonalised when the test says so. Needs 4 observations. */
    @Override
    public DotmFit fit(double[] history, int period) {
        Checks.history(name(), history, period, 4);
        Optional<double[]> si = Seasonality.indicesIfSeasonal(history, period, confidence);
        double[] x = history.clone();
        si.ifPresent(idx -> {
            for (int t = 0; t < x.length; t++) {
                x[t] /= idx[t];
            }
        });
        return DotmFit.fit(history, x, this, period, si.orElse(null));
    }
}
