package io.marketcast.forecast.ets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Immutable specification of an ETS fit: which models to consider and how to estimate them. Built with
 * {@link #builder()} (or changed with {@link #toBuilder()}); the defaults, all in {@link #DEFAULT}, are those of R
 * {@code forecast::ets(y)}: model {@code ZZZ} (AutoETS), damping tried both ways, AICc, {@link Bounds#BOTH},
 * {@code lower = (1e-4, 1e-4, 1e-4, 0.8)}, {@code upper = (0.9999, 0.9999, 0.9999, 0.98)} for
 * {@code (alpha, beta, gamma, phi)}, no multiplicative trend, unstable combinations excluded, Nelder–Mead with at
 * most 2000 function evaluations.
 *
 * <p>The model pattern has three letters: error {@code A|M|Z}, trend {@code N|A|M|Z} optionally followed by
 * {@code d} (damped), season {@code N|A|M|Z}; {@code Z} means "choose". A trend letter without {@code d} means
 * undamped, except {@code Z}, which tries both (as R's {@code damped = NULL}). So {@code model("AAdN")} fixes
 * ETS(A,Ad,N), {@code model("ZZN")} selects among non-seasonal models, {@code model("MAM")} fixes ETS(M,A,M) and
 * {@code model("ZZZ")} is AutoETS. The pattern is held as the three letters {@link #error()}, {@link #trend()},
 * {@link #season()} and {@link #damped()}, and given back by {@link #model()}.
 *
 * <p>Prediction intervals of models with a multiplicative trend have no closed form and are simulated with
 * {@link #simulationPaths()} paths from {@link #seed()}.
 *
 * <p>Examples: {@code EtsSpec.builder().model("ZZN").allowMultiplicativeTrend(true).build()};
 * {@code spec.toBuilder().seed(7).build()}; for the common case of only choosing the model,
 * {@code EtsSpec.defaults().withModel("AAdN")}.
 *
 * @param error                    error letter of the pattern: {@code A}, {@code M} or {@code Z} (choose)
 * @param trend                    trend letter: {@code N}, {@code A}, {@code M} or {@code Z} (choose)
 * @param season                   season letter: {@code N}, {@code A}, {@code M} or {@code Z} (choose)
 * @param damped                   {@code true}/{@code false} when damping is fixed, {@code null} when both are tried;
 *                                 {@code true} needs a trend other than {@code N}
 * @param informationCriterion     what AutoETS minimises to choose among the fitted models
 * @param bounds                   the parameter region searched: usual bounds, admissible region, or both
 * @param lower                    lower bounds of {@code (alpha, beta, gamma, phi)}, four values (used by
 *                                 {@link Bounds#USUAL} and {@link Bounds#BOTH})
 * @param upper                    upper bounds of {@code (alpha, beta, gamma, phi)}, four values, each at least the
 *                                 lower one
 * @param allowMultiplicativeTrend whether a trend {@code Z} also tries multiplicative trends
 * @param additiveOnly             whether only models without multiplicative components are tried
 * @param restrict                 whether the numerically unstable combinations are excluded (R's
 *                                 {@code restrict = TRUE})
 * @param maxEvaluations           cap on objective evaluations per model (R's {@code maxit}), at least 1
 * @param simulationPaths          sample paths for simulated prediction intervals, at least 100
 * @param seed                     seed of simulated prediction intervals
 */
public record EtsSpec(char error, char trend, char season, Boolean damped, InformationCriterion informationCriterion,
        Bounds bounds, double[] lower, double[] upper, boolean allowMultiplicativeTrend, boolean additiveOnly,
        boolean restrict, int maxEvaluations, int simulationPaths, long seed) {

    private static final List<String> PARAMETERS = List.of("alpha", "beta", "gamma", "phi");

    /** R's defaults: AutoETS over the standard model space. The one place where the defaults are written. */
    public static final EtsSpec DEFAULT = new EtsSpec('Z', 'Z', 'Z', null, InformationCriterion.AICC, Bounds.BOTH,
            new double[] {1e-4, 1e-4, 1e-4, 0.8}, new double[] {0.9999, 0.9999, 0.9999, 0.98}, false, false, true,
            2000, 5000, 20240611L);

    /** Checks every component; copies the bound arrays. */
    public EtsSpec {
        checkLetter("error", error, "AMZ");
        checkLetter("trend", trend, "NAMZ");
        checkLetter("season", season, "NAMZ");
        if (Boolean.TRUE.equals(damped) && trend == 'N') {
            throw new IllegalArgumentException("damped = true needs a trend, but the trend is N");
        }
        Objects.requireNonNull(informationCriterion, "informationCriterion");
        Objects.requireNonNull(bounds, "bounds");
        lower = fourValues("lower", lower);
        upper = fourValues("upper", upper);
        for (int i = 0; i < 4; i++) {
            if (!(lower[i] <= upper[i])) {
                throw new IllegalArgumentException("lower bound " + lower[i] + " exceeds upper bound " + upper[i]
                        + " for " + PARAMETERS.get(i));
            }
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be at least 1, was " + maxEvaluations);
        }
        if (simulationPaths < 100) {
            throw new IllegalArgumentException("simulationPaths must be at least 100, was " + simulationPaths);
        }
    }

    private static void checkLetter(String name, char letter, String allowed) {
        if (allowed.indexOf(letter) < 0) {
            throw new IllegalArgumentException(name + " must be one of " + String.join("|", allowed.split(""))
                    + ", was '" + letter + "'");
        }
    }

    private static double[] fourValues(String name, double[] bound) {
        Objects.requireNonNull(bound, name);
        if (bound.length != 4) {
            throw new IllegalArgumentException(name + " bounds are (alpha, beta, gamma, phi): four values, was "
                    + bound.length + " " + Arrays.toString(bound));
        }
        return bound.clone();
    }

    /** R's defaults, {@link #DEFAULT}. */
    public static EtsSpec defaults() {
        return DEFAULT;
    }

    /** A builder starting from {@link #DEFAULT}. */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /** A builder starting from this spec. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A copy with a model pattern such as {@code ZZZ} (auto), {@code AAdN} (fixed damped Holt), {@code MZM}; see
     * the class documentation for the grammar. The shorthand for {@code toBuilder().model(pattern).build()}, kept
     * because choosing the model is the one change most callers make ({@link Ets#of(String)}).
     */
    public EtsSpec withModel(String pattern) {
        return toBuilder().model(pattern).build();
    }

    /** The model pattern, e.g. {@code ZZZ} or {@code AAdN}. */
    public String model() {
        return "" + error + trend + (Boolean.TRUE.equals(damped) ? "d" : "") + season;
    }

    /** Lower bounds of {@code (alpha, beta, gamma, phi)}; a copy. */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** Upper bounds of {@code (alpha, beta, gamma, phi)}; a copy. */
    @Override
    public double[] upper() {
        return upper.clone();
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

    @Override
    public boolean equals(Object o) {
        return o instanceof EtsSpec s && error == s.error && trend == s.trend && season == s.season
                && Objects.equals(damped, s.damped) && informationCriterion == s.informationCriterion
                && bounds == s.bounds && Arrays.equals(lower, s.lower) && Arrays.equals(upper, s.upper)
                && allowMultiplicativeTrend == s.allowMultiplicativeTrend && additiveOnly == s.additiveOnly
                && restrict == s.restrict && maxEvaluations == s.maxEvaluations
                && simulationPaths == s.simulationPaths && seed == s.seed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(error, trend, season, damped, informationCriterion, bounds, Arrays.hashCode(lower),
                Arrays.hashCode(upper), allowMultiplicativeTrend, additiveOnly, restrict, maxEvaluations,
                simulationPaths, seed);
    }

    @Override
    public String toString() {
        return "EtsSpec[model=" + model() + (damped == null && trend != 'Z' && trend != 'N' ? " (damped: both)" : "")
                + ", ic=" + informationCriterion + ", bounds=" + bounds + ", lower=" + Arrays.toString(lower)
                + ", upper=" + Arrays.toString(upper) + ", multiplicativeTrend=" + allowMultiplicativeTrend
                + ", additiveOnly=" + additiveOnly + ", restrict=" + restrict + ", maxEvaluations=" + maxEvaluations
                + ", simulationPaths=" + simulationPaths + ", seed=" + seed + "]";
    }

    /**
     * Collects the components of an {@link EtsSpec}; {@link #build()} checks them (in the record's constructor).
     * Setters are named as the components; {@link #model(String)} sets the error, trend, season and damping from a
     * pattern. Not thread-safe; the spec it builds is.
     */
    public static final class Builder {

        private char error;
        private char trend;
        private char season;
        private Boolean damped;
        private InformationCriterion informationCriterion;
        private Bounds bounds;
        private double[] lower;
        private double[] upper;
        private boolean allowMultiplicativeTrend;
        private boolean additiveOnly;
        private boolean restrict;
        private int maxEvaluations;
        private int simulationPaths;
        private long seed;

        private Builder(EtsSpec from) {
            error = from.error;
            trend = from.trend;
            season = from.season;
            damped = from.damped;
            informationCriterion = from.informationCriterion;
            bounds = from.bounds;
            lower = from.lower;
            upper = from.upper;
            allowMultiplicativeTrend = from.allowMultiplicativeTrend;
            additiveOnly = from.additiveOnly;
            restrict = from.restrict;
            maxEvaluations = from.maxEvaluations;
            simulationPaths = from.simulationPaths;
            seed = from.seed;
        }

        /**
         * The model pattern, e.g. {@code ZZZ} (auto), {@code AAdN}, {@code MZM} (see {@link EtsSpec}): sets error,
         * trend, season and damping ({@code true} with {@code d}, {@code null} for a trend {@code Z} without it,
         * otherwise {@code false}).
         */
        public Builder model(String pattern) {
            Objects.requireNonNull(pattern, "pattern");
            boolean d = pattern.length() == 4 && pattern.charAt(2) == 'd';
            if (!(pattern.length() == 3 || d)
                    || "AMZ".indexOf(pattern.charAt(0)) < 0
                    || "NAMZ".indexOf(pattern.charAt(1)) < 0
                    || "NAMZ".indexOf(pattern.charAt(pattern.length() - 1)) < 0) {
                throw new IllegalArgumentException("model must be error [AMZ], trend [NAMZ] with optional 'd', season"
                        + " [NAMZ], e.g. ZZZ, AAdN, MAM; was '" + pattern + "'");
            }
            error = pattern.charAt(0);
            trend = pattern.charAt(1);
            season = pattern.charAt(pattern.length() - 1);
            damped = d ? Boolean.TRUE : (trend == 'Z' ? null : Boolean.FALSE);
            return this;
        }

        /** One fixed model. */
        public Builder model(EtsModel model) {
            return model(model.code());
        }

        /** Fixes damping ({@code true}/{@code false}) or tries both ({@code null}). */
        public Builder damped(Boolean damped) {
            this.damped = damped;
            return this;
        }

        public Builder informationCriterion(InformationCriterion informationCriterion) {
            this.informationCriterion = informationCriterion;
            return this;
        }

        public Builder bounds(Bounds bounds) {
            this.bounds = bounds;
            return this;
        }

        /** Lower bounds of {@code (alpha, beta, gamma, phi)}. */
        public Builder lower(double... lower) {
            this.lower = lower == null ? null : lower.clone();
            return this;
        }

        /** Upper bounds of {@code (alpha, beta, gamma, phi)}. */
        public Builder upper(double... upper) {
            this.upper = upper == null ? null : upper.clone();
            return this;
        }

        public Builder allowMultiplicativeTrend(boolean allowMultiplicativeTrend) {
            this.allowMultiplicativeTrend = allowMultiplicativeTrend;
            return this;
        }

        public Builder additiveOnly(boolean additiveOnly) {
            this.additiveOnly = additiveOnly;
            return this;
        }

        /** Whether to exclude ({@code true}, default) the numerically unstable combinations. */
        public Builder restrict(boolean restrict) {
            this.restrict = restrict;
            return this;
        }

        /** Cap on objective evaluations per model (R's {@code maxit}, default 2000). */
        public Builder maxEvaluations(int maxEvaluations) {
            this.maxEvaluations = maxEvaluations;
            return this;
        }

        public Builder simulationPaths(int simulationPaths) {
            this.simulationPaths = simulationPaths;
            return this;
        }

        /** Seed of simulated prediction intervals. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The spec; {@link IllegalArgumentException} naming the component when one is out of range. */
        public EtsSpec build() {
            return new EtsSpec(error, trend, season, damped, informationCriterion, bounds, lower, upper,
                    allowMultiplicativeTrend, additiveOnly, restrict, maxEvaluations, simulationPaths, seed);
        }
    }
}
