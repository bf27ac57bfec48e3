package io.marketcast.forecast.ets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Immutable specification of an ETS fit: which models to consider and how to estimate them. Defaults, all in
 * {@link #defaults()}, are those of R {@code forecast::ets(y)}: model {@code ZZZ} (AutoETS), damping tried both
 * ways, AICc, {@link Bounds#BOTH}, {@code lower = (1e-4, 1e-4, 1e-4, 0.8)},
 * {@code upper = (0.9999, 0.9999, 0.9999, 0.98)} for {@code (alpha, beta, gamma, phi)}, no multiplicative trend,
 * unstable combinations excluded, Nelder–Mead with at most 2000 function evaluations.
 *
 * <p>The model pattern has three letters: error {@code A|M|Z}, trend {@code N|A|M|Z} optionally followed by
 * {@code d} (damped), season {@code N|A|M|Z}; {@code Z} means "choose". A trend letter without {@code d} means
 * undamped, except {@code Z}, which tries both (as R's {@code damped = NULL}). So {@code withModel("AAdN")} fixes
 * ETS(A,Ad,N), {@code withModel("ZZN")} selects among non-seasonal models.
 *
 * <p>Prediction intervals of models with a multiplicative trend have no closed form and are simulated with
 * {@link #simulationPaths()} paths from {@link #seed()}.
 */
public final class EtsSpec {

    private static final EtsSpec DEFAULTS = new EtsSpec('Z', 'Z', 'Z', null, InformationCriterion.AICC, Bounds.BOTH,
            new double[] {1e-4, 1e-4, 1e-4, 0.8}, new double[] {0.9999, 0.9999, 0.9999, 0.98}, false, false, true,
            2000, 5000, 20240611L);

    private final char error;
    private final char trend;
    private final char season;
    private final Boolean damped;
    private final InformationCriterion ic;
    private final Bounds bounds;
    private final double[] lower;
    private final double[] upper;
    private final boolean allowMultiplicativeTrend;
    private final boolean additiveOnly;
    private final boolean restrict;
    private final int maxEvaluations;
    private final int simulationPaths;
    private final long seed;

    private EtsSpec(char error, char trend, char season, Boolean damped, InformationCriterion ic, Bounds bounds,
            double[] lower, double[] upper, boolean allowMultiplicativeTrend, boolean additiveOnly, boolean restrict,
            int maxEvaluations, int simulationPaths, long seed) {
        this.error = error;
        this.trend = trend;
        this.season = season;
        this.damped = damped;
        this.ic = Objects.requireNonNull(ic, "ic");
        this.bounds = Objects.requireNonNull(bounds, "bounds");
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.allowMultiplicativeTrend = allowMultiplicativeTrend;
        this.additiveOnly = additiveOnly;
        this.restrict = restrict;
        this.maxEvaluations = maxEvaluations;
        this.simulationPaths = simulationPaths;
        this.seed = seed;
        if (this.damped != null && this.damped && trend == 'N') {
            throw new IllegalArgumentException("damped = true needs a trend, but the trend is N");
        }
        if (lower.length != 4 || upper.length != 4) {
            throw new IllegalArgumentException("lower and upper bound (alpha, beta, gamma, phi): four values each");
        }
        for (int i = 0; i < 4; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException("lower bound " + lower[i] + " exceeds upper bound " + upper[i]
                        + " for " + List.of("alpha", "beta", "gamma", "phi").get(i));
            }
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be at least 1, was " + maxEvaluations);
        }
        if (simulationPaths < 100) {
            throw new IllegalArgumentException("simulationPaths must be at least 100, was " + simulationPaths);
        }
    }

    /** R's defaults: AutoETS over the standard model space. */
    public static EtsSpec defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with a model pattern such as {@code ZZZ} (auto), {@code AAdN} (fixed damped Holt), {@code MZM}.
     * See the class documentation for the grammar.
     */
    public EtsSpec withModel(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        boolean d = pattern.length() == 4 && pattern.charAt(2) == 'd';
        if (!(pattern.length() == 3 || d)
                || "AMZ".indexOf(pattern.charAt(0)) < 0
                || "NAMZ".indexOf(pattern.charAt(1)) < 0
                || "NAMZ".indexOf(pattern.charAt(pattern.length() - 1)) < 0) {
            throw new IllegalArgumentException("model must be error [AMZ], trend [NAMZ] with optional 'd', season"
                    + " [NAMZ], e.g. ZZZ, AAdN, MAM; was '" + pattern + "'");
        }
        char t = pattern.charAt(1);
        Boolean dmp = d ? Boolean.TRUE : (t == 'Z' ? null : Boolean.FALSE);
        return new EtsSpec(pattern.charAt(0), t, pattern.charAt(pattern.length() - 1), dmp, ic, bounds, lower, upper,
                allowMultiplicativeTrend, additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    /** A copy fixing one model. */
    public EtsSpec withModel(EtsModel model) {
        return withModel(model.code());
    }

    /** A copy that fixes damping ({@code true}/{@code false}) or tries both ({@code null}). */
    public EtsSpec withDamped(Boolean damped) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    public EtsSpec withInformationCriterion(InformationCriterion ic) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    public EtsSpec withBounds(Bounds bounds) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    /** A copy with parameter bounds for {@code (alpha, beta, gamma, phi)} (used by {@link Bounds#USUAL}). */
    public EtsSpec withParameterBounds(double[] lower, double[] upper) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    public EtsSpec withAllowMultiplicativeTrend(boolean allow) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allow, additiveOnly, restrict,
                maxEvaluations, simulationPaths, seed);
    }

    public EtsSpec withAdditiveOnly(boolean additiveOnly) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    /** A copy that does ({@code true}, default) or does not exclude the numerically unstable combinations. */
    public EtsSpec withRestrict(boolean restrict) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    /** A copy with a cap on objective evaluations per model (R's {@code maxit}, default 2000). */
    public EtsSpec withMaxEvaluations(int maxEvaluations) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    public EtsSpec withSimulationPaths(int paths) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, paths, seed);
    }

    /** A copy with the seed of simulated prediction intervals. */
    public EtsSpec withSeed(long seed) {
        return new EtsSpec(error, trend, season, damped, ic, bounds, lower, upper, allowMultiplicativeTrend,
                additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    /** The model pattern, e.g. {@code ZZZ} or {@code AAdN}. */
    public String model() {
        return "" + error + trend + (Boolean.TRUE.equals(damped) ? "d" : "") + season;
    }

    /** {@code true}/{@code false} when damping is fixed, {@code null} when both are tried. */
    public Boolean damped() {
        return damped;
    }

    public InformationCriterion informationCriterion() {
        return ic;
    }

    public Bounds bounds() {
        return bounds;
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    public boolean allowMultiplicativeTrend() {
        return allowMultiplicativeTrend;
    }

    public boolean additiveOnly() {
        return additiveOnly;
    }

    public boolean restrict() {
        return restrict;
    }

    public int maxEvaluations() {
        return maxEvaluations;
    }

    public int simulationPaths() {
        return simulationPaths;
    }

    public long seed() {
        return seed;
    }

    /** Whether the pattern leaves something to choose (any {@code Z}, or damping not fixed). */
    public boolean isAuto() {
        return error == 'Z' || trend == 'Z' || season == 'Z' || damped == null;
    }

    /**
     * The candidate models in R's order (error, trend, season, damped-first), before the data-dependent
     * exclusions (seasonality, positivity, data length) that {@link Ets} applies.
     *
     * @param seasonal whether seasonal models are possible for the data
     */
    List<EtsModel> candidates(boolean seasonal) {
        char s = seasonal ? season : (season == 'Z' ? 'N' : season);
        List<Component> errors = error == 'Z' ? List.of(Component.ADDITIVE, Component.MULTIPLICATIVE)
                : List.of(Component.ofLetter(error));
        List<Component> trends = trend == 'Z'
                ? (allowMultiplicativeTrend ? List.of(Component.NONE, Component.ADDITIVE, Component.MULTIPLICATIVE)
                        : List.of(Component.NONE, Component.ADDITIVE))
                : List.of(Component.ofLetter(trend));
        List<Component> seasons = s == 'Z'
                ? List.of(Component.NONE, Component.ADDITIVE, Component.MULTIPLICATIVE)
                : List.of(Component.ofLetter(s));
        List<Boolean> damps = damped == null ? List.of(true, false) : List.of(damped);
        List<EtsModel> out = new ArrayList<>();
        for (Component e : errors) {
            for (Component t : trends) {
                for (Component se : seasons) {
                    for (boolean d : damps) {
                        if (t == Component.NONE && d) {
                            continue;
                        }
                        EtsModel model = new EtsModel(e, t, d, se);
                        if (restrict && model.restricted()) {
                            continue;
                        }
                        if (additiveOnly && model.anyMultiplicative()) {
                            continue;
                        }
                        out.add(model);
                    }
                }
            }
        }
        return out;
    }

    /** The season letter of the pattern: N, A, M or Z. */
    char seasonLetter() {
        return season;
    }

    /** The trend letter of the pattern: N, A, M or Z. */
    char trendLetter() {
        return trend;
    }

    /** The error letter of the pattern: A, M or Z. */
    char errorLetter() {
        return error;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EtsSpec s && error == s.error && trend == s.trend && season == s.season
                && Objects.equals(damped, s.damped) && ic == s.ic && bounds == s.bounds
                && Arrays.equals(lower, s.lower) && Arrays.equals(upper, s.upper)
                && allowMultiplicativeTrend == s.allowMultiplicativeTrend && additiveOnly == s.additiveOnly
                && restrict == s.restrict && maxEvaluations == s.maxEvaluations
                && simulationPaths == s.simulationPaths && seed == s.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(error, trend, season, damped, ic, bounds, Arrays.hashCode(lower), Arrays.hashCode(upper),
                allowMultiplicativeTrend, additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
    }

    @Override
    public String toString() {
        return "EtsSpec[model=" + model() + (damped == null && trend != 'Z' && trend != 'N' ? " (damped: both)" : "")
                + ", ic=" + ic + ", bounds=" + bounds + ", lower=" + Arrays.toString(lower) + ", upper="
                + Arrays.toString(upper) + ", multiplicativeTrend=" + allowMultiplicativeTrend + ", additiveOnly="
                + additiveOnly + ", restrict=" + restrict + ", maxEvaluations=" + maxEvaluations
                + ", simulationPaths=" + simulationPaths + ", seed=" + seed + "]";
    }
}
