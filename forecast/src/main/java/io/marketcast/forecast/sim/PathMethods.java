package io.marketcast.forecast.sim;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.growth.Curves;
import io.marketcast.forecast.growth.ErrorModel;
import io.marketcast.forecast.growth.FixedCapacityCurve;
import io.marketcast.forecast.growth.GrowthCurve;
import io.marketcast.forecast.growth.GrowthFit;
import io.marketcast.forecast.growth.GrowthFitter;
import io.marketcast.forecast.growth.GrowthPathModel;
import io.marketcast.forecast.growth.GrowthSpec;
import io.marketcast.forecast.walk.LogRandomWalk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The registry of {@link PathMethod}s by name: explicit, no scanning; a misspelt name fails listing the valid ones.
 */
public final class PathMethods {

    /** The default method of a scenario series. */
    public static final String AUTO = "auto";

    private static final Map<String, PathMethod> METHODS = new LinkedHashMap<>();

    static {
        register(new Walk(LogRandomWalk.NAME, "multiplicative random walk with the drift of the whole comparable history",
                LogRandomWalk.allHistory()));
        register(new Walk("log-drift-8", "multiplicative random walk with the drift of the last 8 quarters",
                LogRandomWalk.allHistory().withWindow(8)));
        for (GrowthCurve c : Curves.all()) {
            register(new Growth(c));
        }
        register(new Growth(null));
        register(new FallbackMethod(io.marketcast.forecast.Methods.GOMPERTZ_OR_DRIFT, "gompertz", "log-drift-8"));
        register(new Alias(AUTO, "the recommended default: gompertz, or log-drift-8 where the Gompertz fit is not"
                + " usable (chosen by backtests of the cloud series, docs/methods.md)",
                io.marketcast.forecast.Methods.GOMPERTZ_OR_DRIFT));
    }

    private PathMethods() {
    }

    private static void register(PathMethod m) {
        METHODS.put(m.name(), m);
    }

    /** The method called {@code name}. */
    public static PathMethod get(String name) {
        PathMethod m = METHODS.get(name.trim().toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new IllegalArgumentException("unknown method '" + name + "' (expected one of "
                    + String.join(", ", METHODS.keySet()) + ")");
        }
        return m;
    }

    public static List<String> names() {
        return List.copyOf(METHODS.keySet());
    }

    public static List<PathMethod> all() {
        return List.copyOf(METHODS.values());
    }

    /**
     * A fixed growth path: year-over-year growth rates in percent, one per year after the last observation (the
     * last rate repeats), with the quarter-to-quarter noise of the history's log growth rates.
     */
    public static PathMethod.Fitted fixedGrowth(double[] history, int horizon, double[] annualPercent) {
        if (annualPercent.length == 0) {
            throw new IllegalArgumentException("a fixed growth path needs at least one rate");
        }
        LogRandomWalk.Fit f = LogRandomWalk.allHistory().withWindow(Math.min(12, history.length - 1)).fit(history);
        double[] mu = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double g = annualPercent[Math.min(h / 4, annualPercent.length - 1)];
            if (!(g > -100)) {
                throw new IllegalArgumentException("growth rate " + g + "% is not above -100%");
            }
            mu[h] = Math.log(1 + g / 100) / 4;
        }
        double sigma = f.sigma();
        double last = f.last();
        PathModel model = new PathModel() {
            @Override
            public int horizon() {
                return horizon;
            }

            @Override
            public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                double level = Math.log(last);
                for (int h = 0; h < horizon; h++) {
                    level += mu[h] + sigma * eps[h];
                    out[h] = Math.exp(level);
                }
            }
        };
        return new PathMethod.Fitted(model, String.format(Locale.ROOT, "fixed growth %s%%/year, sigma %.1f%%/q",
                java.util.Arrays.toString(annualPercent), 100 * sigma));
    }

    private record Walk(String name, String description, LogRandomWalk walk) implements PathMethod {
        @Override
        public Fitted fit(double[] history, int horizon, OptionalDouble capacity) {
            LogRandomWalk.Fit f = walk.fit(history);
            return new Fitted(f.paths(horizon), String.format(Locale.ROOT,
                    "drift %.2f%%/q (%.1f%%/year), sigma %.2f%%/q, %d quarters", 100 * f.mu(),
                    100 * Math.expm1(4 * f.mu()), 100 * f.sigma(), f.n()));
        }
    }

    /** A growth curve fitted in logs (multiplicative errors) to the history at t = 1..n; null = every curve, by AICc. */
    private record Growth(GrowthCurve curve) implements PathMethod {

        @Override
        public String name() {
            return curve == null ? "growth-auto" : curve.name();
        }

        @Override
        public String description() {
            return curve == null ? "the growth curve with the smallest AICc (docs/curves.md)"
                    : "growth curve " + curve.formula() + ", fitted in logs (docs/curves.md)";
        }

        @Override
        public boolean takesCapacity() {
            return curve != null && curve.capacityIndex() >= 0;
        }

        @Override
        public Fitted fit(double[] history, int horizon, OptionalDouble capacity) {
            double[] t = new double[history.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = i + 1;
            }
            GrowthFit fit;
            if (curve == null) {
                fit = GrowthFitter.auto(ErrorModel.MULTIPLICATIVE, t, history).best();
            } else {
                GrowthCurve c = capacity.isPresent() ? new FixedCapacityCurve(curve, capacity.getAsDouble()) : curve;
                fit = GrowthFitter.fit(GrowthSpec.of(c).withError(ErrorModel.MULTIPLICATIVE), t, history);
            }
            if (!fit.usable()) {
                throw new InsufficientDataException(name() + " fit is not usable: " + fit.diagnostics());
            }
            double[] future = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                future[h] = history.length + h + 1;
            }
            StringBuilder sb = new StringBuilder(fit.curve().name()).append(' ');
            double[] est = fit.estimates();
            double[] se = fit.stdErrors().orElse(new double[est.length]);
            for (int i = 0; i < est.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(fit.curve().parameterNames().get(i)).append('=')
                        .append(String.format(Locale.ROOT, "%.4g ± %.2g", est[i], se[i]));
            }
            if (fit.curve() instanceof FixedCapacityCurve f) {
                sb.append(String.format(Locale.ROOT, ", capacity fixed at %.6g", f.capacity()));
            }
            sb.append(String.format(Locale.ROOT, "; sigma %.2f%%; AICc %.2f", 100 * fit.sigma(), fit.aicc()));
            return new Fitted(new GrowthPathModel(fit, future), sb.toString());
        }
    }

    /** The primary method, or the secondary where the primary cannot fit the history. */
    private record FallbackMethod(String name, String primary, String secondary) implements PathMethod {

        @Override
        public String description() {
            return primary + ", or " + secondary + " where the " + primary + " fit is not usable";
        }

        @Override
        public boolean takesCapacity() {
            return get(primary).takesCapacity();
        }

        @Override
        public Fitted fit(double[] history, int horizon, OptionalDouble capacity) {
            try {
                return get(primary).fit(history, horizon, capacity);
            } catch (InsufficientDataException e) {
                Fitted f = get(secondary).fit(history, horizon, OptionalDouble.empty());
                return new Fitted(f.model(), secondary + " (" + primary + " not usable: " + e.getMessage() + "): "
                        + f.summary());
            }
        }
    }

    private record Alias(String name, String description, String target) implements PathMethod {
        @Override
        public boolean takesCapacity() {
            return get(target).takesCapacity();
        }

        @Override
        public Fitted fit(double[] history, int horizon, OptionalDouble capacity) {
            Fitted f = get(target).fit(history, horizon, capacity);
            return new Fitted(f.model(), target + ": " + f.summary());
        }
    }
}
