package io.marketcast.forecast.ets;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Exponential smoothing in state-space form (ETS) and AutoETS, following R {@code forecast::ets}: with the default
 * {@link EtsSpec} it fits every admissible model of the family by maximum likelihood and keeps the one with the
 * smallest AICc, exactly as {@code ets(y)}; with {@code EtsSpec.defaults().withModel("AAdN")} (or
 * {@link #of(String) Ets.of("AAdN")}) it fits that one model.
 *
 * <p>What R does with the data, this does too: seasonal models only when {@code frequency > 1} and there are more
 * than {@code frequency} observations (and {@code frequency <= 24}); multiplicative-error models only when every
 * value is positive; a model with at least {@code n - 1} parameters is skipped. Unlike R, series too short for the
 * requested model ({@code n <= npars + 4}) are refused with {@link InsufficientDataException} rather than handed to
 * Holt–Winters. A constant series under an automatic spec gives simple exponential smoothing with
 * {@code alpha = 0.99999} and zero-width intervals, as R.
 *
 * <p>Immutable and thread-safe. As a registered method ({@code ets}, {@code ets:MODEL}): {@link EtsMethod}.
 */
public final class Ets {

    private static final Ets AUTO = new Ets(EtsSpec.defaults());

    private final EtsSpec spec;

    public Ets(EtsSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** AutoETS with R's defaults. */
    public static Ets auto() {
        return AUTO;
    }

    /** One fixed model (or a pattern with {@code Z}), e.g. {@code Ets.of("AAdN")}, otherwise R's defaults. */
    public static Ets of(String model) {
        return new Ets(EtsSpec.defaults().withModel(model));
    }

    public EtsSpec spec() {
        return spec;
    }

    /** A copy with another spec. */
    public Ets withSpec(EtsSpec spec) {
        return new Ets(spec);
    }

    /** Fits and forecasts: {@code fit(history, frequency).forecast(horizon, levels)}. */
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
        }
        return fit(history, frequency).forecast(horizon, levels);
    }

    /**
     * Fits the spec's model (or selects one) to {@code y}.
     *
     * @param y         observations, oldest first, finite
     * @param frequency seasonal period (1 for none)
     * @throws InsufficientDataException when no model of the spec can be fitted to the data
     */
    public EtsFit fit(double[] y, int frequency) {
        Objects.requireNonNull(y, "y");
        if (frequency < 1) {
            throw new IllegalArgumentException("frequency must be at least 1, was " + frequency);
        }
        int n = y.length;
        if (n == 0) {
            throw new InsufficientDataException("ETS needs at least one observation; the history is empty");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            if (!Double.isFinite(y[t])) {
                throw new IllegalArgumentException("history must be finite; value " + (t + 1) + " is " + y[t]);
            }
            min = Math.min(min, y[t]);
            max = Math.max(max, y[t]);
        }
        if (spec.isAuto() && min == max) {
            return constant(y, frequency);
        }
        char season = spec.season();
        int m = frequency;
        if (n <= m) {
            season = 'N';
        }
        if (m == 1) {
            if (season == 'A' || season == 'M') {
                throw new InsufficientDataException("seasonal model " + spec.model()
                        + " asked for non-seasonal data (frequency 1)");
            }
            season = 'N';
        }
        if (m > 24) {
            if (season == 'A' || season == 'M') {
                throw new InsufficientDataException("frequency " + m + " is too high for a seasonal ETS model (max 24)");
            }
            season = 'N';
        }
        char error = spec.error();
        char trend = spec.trend();
        if (spec.restrict() && ((error == 'A' && (trend == 'M' || season == 'M'))
                || (error == 'M' && trend == 'M' && season == 'A'))) {
            throw new IllegalArgumentException("forbidden model combination " + spec.model()
                    + " (numerically unstable; build the spec with restrict(false) to allow it)");
        }
        boolean positive = min > 0;
        if (!positive && error == 'M') {
            throw new InsufficientDataException("multiplicative-error model " + spec.model()
                    + " needs positive data; the history has values <= 0 (min " + min + ")");
        }
        int npars = 2;
        if (trend == 'A' || trend == 'M') {
            npars += 2;
        }
        if (season == 'A' || season == 'M') {
            npars += m;
        }
        if (Boolean.TRUE.equals(spec.damped())) {
            npars += 1;
        }
        if (n <= npars + 4) {
            throw new InsufficientDataException("ETS " + spec.model() + " needs more than " + (npars + 4)
                    + " observations, the history has " + n);
        }
        List<EtsModel> models = new ArrayList<>();
        for (EtsModel model : spec.candidates(season != 'N')) {
            if ((positive || model.error() != Component.MULTIPLICATIVE) && !(model.hasSeason() && season == 'N')) {
                models.add(model);
            }
        }
        List<Object> results = Estimator.fitAll(y, frequency, models, spec);
        List<EtsCandidate> tried = new ArrayList<>();
        EtsFit best = null;
        double bestIc = Double.POSITIVE_INFINITY;
        for (int i = 0; i < models.size(); i++) {
            EtsModel model = models.get(i);
            if (results.get(i) instanceof EtsFit fit) {
                tried.add(new EtsCandidate(model, fit.logLik(), fit.aic(), fit.aicc(), fit.bic(), ""));
                double ic = spec.informationCriterion().of(fit);
                if (!Double.isNaN(ic) && ic < bestIc) {
                    best = fit;
                    bestIc = ic;
                }
            } else {
                tried.add(EtsCandidate.failed(model, ((Estimator.ModelFailure) results.get(i)).getMessage()));
            }
        }
        if (best == null) {
            StringBuilder why = new StringBuilder();
            for (EtsCandidate c : tried) {
                why.append(why.length() == 0 ? "" : "; ").append(c.model().code()).append(": ").append(c.note());
            }
            throw new InsufficientDataException("no ETS model could be fitted to " + n + " observations"
                    + (why.length() == 0 ? "" : " (" + why + ")"));
        }
        return best.withCandidates(tried);
    }

    /** R's answer for a constant series: SES with alpha 0.99999 from the first value; no uncertainty. */
    private EtsFit constant(double[] y, int frequency) {
        int n = y.length;
        EtsModel ann = new EtsModel(Component.ADDITIVE, Component.NONE, false, Component.NONE);
        double[] states = new double[n + 1];
        java.util.Arrays.fill(states, y[0]);
        double[] zeros = new double[n];
        return EtsFit.builder(spec, ann, frequency).data(y).alpha(0.99999).states(states, 1).residuals(zeros)
                .fitted(y).sigma2(0.0).parameterCount(2)
                .candidates(List.of(new EtsCandidate(ann, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "")))
                .build();
    }
}
