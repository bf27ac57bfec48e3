package io.marketcast.forecast.ets;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.PathModel;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A fitted ETS model: parameters, states, residuals, criteria and the optimiser's diagnostics, as R
 * {@code forecast::ets} reports them.
 *
 * <ul>
 *   <li>{@link #logLik()} is R's {@code loglik}: {@code -lik/2} with {@code lik = n log(sum e_t^2)}, plus
 *       {@code 2 sum log|yhat_t|} for multiplicative errors — the Gaussian log-likelihood up to constants, with the
 *       variance concentrated out.</li>
 *   <li>{@link #aic()}, {@link #aicc()}, {@link #bic()} use {@code k = parameterCount() + 1}.</li>
 *   <li>{@link #sigma2()} is {@code sum e_t^2 / (n - parameterCount())}, where {@code e_t} are the residuals (relative
 *       errors for a multiplicative-error model).</li>
 *   <li>States are rows {@code (l, [b], [s_1..s_m])}, {@code s_1} the most recent seasonal, for times
 *       {@code 0..n}; row 0 is the estimated initial state.</li>
 * </ul>
 * Absent parameters ({@code beta} without a trend, {@code gamma} without a season, {@code phi} when undamped) are
 * NaN. Immutable; arrays are copied in and out.
 */
public final class EtsFit {

    private final EtsSpec spec;
    private final EtsModel model;
    private final int frequency;
    private final double[] y;
    private final double alpha;
    private final double beta;
    private final double gamma;
    private final double phi;
    private final double[] states;
    private final int stateCount;
    private final double[] residuals;
    private final double[] fitted;
    private final double logLik;
    private final double aic;
    private final double aicc;
    private final double bic;
    private final double sigma2;
    private final int parameterCount;
    private final int evaluations;
    private final int optimizerStatus;
    private final List<EtsCandidate> candidates;

    EtsFit(EtsSpec spec, EtsModel model, int frequency, double[] y, double alpha, double beta, double gamma,
            double phi, double[] states, int stateCount, double[] residuals, double[] fitted, double logLik,
            double aic, double aicc, double bic, double sigma2, int parameterCount, int evaluations,
            int optimizerStatus, List<EtsCandidate> candidates) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.model = Objects.requireNonNull(model, "model");
        this.frequency = frequency;
        this.y = y;
        this.alpha = alpha;
        this.beta = beta;
        this.gamma = gamma;
        this.phi = phi;
        this.states = states;
        this.stateCount = stateCount;
        this.residuals = residuals;
        this.fitted = fitted;
        this.logLik = logLik;
        this.aic = aic;
        this.aicc = aicc;
        this.bic = bic;
        this.sigma2 = sigma2;
        this.parameterCount = parameterCount;
        this.evaluations = evaluations;
        this.optimizerStatus = optimizerStatus;
        this.candidates = List.copyOf(candidates);
    }

    /** The same fit with AutoETS's list of tried models attached. */
    EtsFit withCandidates(List<EtsCandidate> tried) {
        return new EtsFit(spec, model, frequency, y, alpha, beta, gamma, phi, states, stateCount, residuals, fitted,
                logLik, aic, aicc, bic, sigma2, parameterCount, evaluations, optimizerStatus, tried);
    }

    /**
     * Point forecasts and prediction intervals for steps {@code 1..horizon}. The point is the forecast mean (for
     * class-3 models, multiplicative error and season, the exact mean, which includes a small variance term; for
     * simulated models, the recursion's point forecast), as R's {@code forecast.ets}.
     *
     * @param levels interval levels in (0, 1); none for {@link Forecast#DEFAULT_LEVELS}
     */
    public Forecast forecast(int horizon, double... levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
        }
        double[] lv = levels.length == 0 ? Forecast.DEFAULT_LEVELS : levels.clone();
        Intervals.Moments mo = Intervals.of(this, horizon, lv);
        for (double v : mo.mean()) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException(model + " gives a non-finite forecast");
            }
        }
        return new Forecast("ets", mo.mean(), lv, mo.lower(), mo.upper());
    }

    /**
     * Forecast variances per step where they have a closed form (every model without a multiplicative trend);
     * {@code null} otherwise.
     */
    public double[] forecastVariance(int horizon) {
        double[] v = Intervals.of(this, horizon, new double[0]).variance();
        return v == null ? null : v.clone();
    }

    /** A path model for the simulation engine: {@code horizon} steps from the last state. */
    public PathModel pathModel(int horizon) {
        return new EtsPathModel(this, horizon);
    }

    public EtsModel model() {
        return model;
    }

    public EtsSpec spec() {
        return spec;
    }

    /** Seasonal period of the data the model was fitted to (1 when non-seasonal data). */
    public int frequency() {
        return frequency;
    }

    /** Number of observations. */
    public int n() {
        return y.length;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public double gamma() {
        return gamma;
    }

    public double phi() {
        return phi;
    }

    /** Initial state {@code (l, [b], [s_1..s_m])}. */
    public double[] initialState() {
        return Arrays.copyOfRange(states, 0, stateCount);
    }

    /** State after the last observation, from which forecasts start. */
    public double[] finalState() {
        int n = y.length;
        return Arrays.copyOfRange(states, n * stateCount, (n + 1) * stateCount);
    }

    /** State at time {@code t}, {@code 0 <= t <= n}. */
    public double[] state(int t) {
        if (t < 0 || t > y.length) {
            throw new IndexOutOfBoundsException("state time must be in 0.." + y.length + ", was " + t);
        }
        return Arrays.copyOfRange(states, t * stateCount, (t + 1) * stateCount);
    }

    /** One-step residuals: {@code y - yhat} for additive errors, {@code (y - yhat)/yhat} for multiplicative. */
    public double[] residuals() {
        return residuals.clone();
    }

    /** One-step fitted values. */
    public double[] fitted() {
        return fitted.clone();
    }

    public double logLik() {
        return logLik;
    }

    public double aic() {
        return aic;
    }

    public double aicc() {
        return aicc;
    }

    public double bic() {
        return bic;
    }

    public double sigma2() {
        return sigma2;
    }

    /** Estimated parameters: smoothing parameters plus free initial states (without sigma). */
    public int parameterCount() {
        return parameterCount;
    }

    /** Objective evaluations the optimiser used for this model. */
    public int evaluations() {
        return evaluations;
    }

    /** Nelder–Mead status as R's {@code optim}: 0 converged, 1 evaluation limit reached, 10 degenerate simplex. */
    public int optimizerStatus() {
        return optimizerStatus;
    }

    /** The models AutoETS tried, in order, with their criteria or failure; only this model for a fixed fit. */
    public List<EtsCandidate> candidates() {
        return candidates;
    }

    @Override
    public String toString() {
        return model + " alpha=" + alpha + (model.hasTrend() ? " beta=" + beta : "")
                + (model.hasSeason() ? " gamma=" + gamma : "") + (model.damped() ? " phi=" + phi : "")
                + " loglik=" + logLik + " AICc=" + aicc;
    }
}
