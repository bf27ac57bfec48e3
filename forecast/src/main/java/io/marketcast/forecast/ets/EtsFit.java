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
 * NaN. Immutable: the arrays it is built from are copied once, when it is built, and every accessor that returns an
 * array returns a copy. Built by the estimator through the package-private {@link Builder}.
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

    private EtsFit(Builder b) {
        spec = Objects.requireNonNull(b.spec, "spec");
        model = Objects.requireNonNull(b.model, "model");
        if (b.frequency < 1) {
            throw new IllegalArgumentException("frequency must be at least 1, was " + b.frequency);
        }
        frequency = b.frequency;
        y = Objects.requireNonNull(b.y, "y").clone();
        int n = y.length;
        if (b.stateCount < 1) {
            throw new IllegalArgumentException("stateCount must be at least 1, was " + b.stateCount);
        }
        stateCount = b.stateCount;
        states = Objects.requireNonNull(b.states, "states").clone();
        if (states.length != (n + 1) * stateCount) {
            throw new IllegalArgumentException("states must hold (n + 1) x stateCount = " + (n + 1) * stateCount
                    + " values, had " + states.length);
        }
        residuals = Objects.requireNonNull(b.residuals, "residuals").clone();
        if (residuals.length != n) {
            throw new IllegalArgumentException("residuals must hold n = " + n + " values, had " + residuals.length);
        }
        fitted = Objects.requireNonNull(b.fitted, "fitted").clone();
        if (fitted.length != n) {
            throw new IllegalArgumentException("fitted must hold n = " + n + " values, had " + fitted.length);
        }
        alpha = b.alpha;
        beta = b.beta;
        gamma = b.gamma;
        phi = b.phi;
        logLik = b.logLik;
        aic = b.aic;
        aicc = b.aicc;
        bic = b.bic;
        sigma2 = b.sigma2;
        parameterCount = b.parameterCount;
        evaluations = b.evaluations;
        optimizerStatus = b.optimizerStatus;
        candidates = List.copyOf(b.candidates);
    }

    /** {@code from} with other candidates; shares its arrays, which neither ever changes or hands out. */
    private EtsFit(EtsFit from, List<EtsCandidate> candidates) {
        spec = from.spec;
        model = from.model;
        frequency = from.frequency;
        y = from.y;
        alpha = from.alpha;
        beta = from.beta;
        gamma = from.gamma;
        phi = from.phi;
        states = from.states;
        stateCount = from.stateCount;
        residuals = from.residuals;
        fitted = from.fitted;
        logLik = from.logLik;
        aic = from.aic;
        aicc = from.aicc;
        bic = from.bic;
        sigma2 = from.sigma2;
        parameterCount = from.parameterCount;
        evaluations = from.evaluations;
        optimizerStatus = from.optimizerStatus;
        this.candidates = List.copyOf(candidates);
    }

    /** A builder for a fit of {@code model} under {@code spec} to data of the given seasonal period. */
    static Builder builder(EtsSpec spec, EtsModel model, int frequency) {
        return new Builder(spec, model, frequency);
    }

    /** The same fit with AutoETS's list of tried models attached (no copy of the arrays). */
    EtsFit withCandidates(List<EtsCandidate> tried) {
        return new EtsFit(this, tried);
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

    /**
     * Collects what the estimator computed; {@link #build()} checks the lengths and copies the arrays once. Setters
     * keep references, so arrays may be reused by the caller after {@code build()}. Absent parameters default to NaN,
     * counts to 0, candidates to none.
     */
    static final class Builder {

        private final EtsSpec spec;
        private final EtsModel model;
        private final int frequency;
        private double[] y;
        private double alpha = Double.NaN;
        private double beta = Double.NaN;
        private double gamma = Double.NaN;
        private double phi = Double.NaN;
        private double[] states;
        private int stateCount;
        private double[] residuals;
        private double[] fitted;
        private double logLik = Double.NaN;
        private double aic = Double.NaN;
        private double aicc = Double.NaN;
        private double bic = Double.NaN;
        private double sigma2 = Double.NaN;
        private int parameterCount;
        private int evaluations;
        private int optimizerStatus;
        private List<EtsCandidate> candidates = List.of();

        private Builder(EtsSpec spec, EtsModel model, int frequency) {
            this.spec = spec;
            this.model = model;
            this.frequency = frequency;
        }

        /** The observations the model was fitted to. */
        Builder data(double[] y) {
            this.y = y;
            return this;
        }

        Builder alpha(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /** NaN without a trend. */
        Builder beta(double beta) {
            this.beta = beta;
            return this;
        }

        /** NaN without a season. */
        Builder gamma(double gamma) {
            this.gamma = gamma;
            return this;
        }

        /** NaN when undamped. */
        Builder phi(double phi) {
            this.phi = phi;
            return this;
        }

        /** States row by row, {@code (n + 1) x stateCount}, row 0 the initial state. */
        Builder states(double[] states, int stateCount) {
            this.states = states;
            this.stateCount = stateCount;
            return this;
        }

        Builder residuals(double[] residuals) {
            this.residuals = residuals;
            return this;
        }

        Builder fitted(double[] fitted) {
            this.fitted = fitted;
            return this;
        }

        Builder logLik(double logLik) {
            this.logLik = logLik;
            return this;
        }

        Builder aic(double aic) {
            this.aic = aic;
            return this;
        }

        Builder aicc(double aicc) {
            this.aicc = aicc;
            return this;
        }

        Builder bic(double bic) {
            this.bic = bic;
            return this;
        }

        Builder sigma2(double sigma2) {
            this.sigma2 = sigma2;
            return this;
        }

        Builder parameterCount(int parameterCount) {
            this.parameterCount = parameterCount;
            return this;
        }

        Builder evaluations(int evaluations) {
            this.evaluations = evaluations;
            return this;
        }

        Builder optimizerStatus(int optimizerStatus) {
            this.optimizerStatus = optimizerStatus;
            return this;
        }

        Builder candidates(List<EtsCandidate> candidates) {
            this.candidates = Objects.requireNonNull(candidates, "candidates");
            return this;
        }

        EtsFit build() {
            return new EtsFit(this);
        }
    }
}
