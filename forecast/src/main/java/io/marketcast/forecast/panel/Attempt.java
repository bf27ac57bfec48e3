package io.marketcast.forecast.panel;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.eval.Fallbacks;
import io.marketcast.forecast.registry.Methods;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One method on one history, as the benchmark does it: the method's forecast, or — when it refuses, fails or
 * returns a non-finite point — the naive forecast with the method's reason as the note; when even the naive method
 * cannot (a single observation), the last value without intervals.
 */
final class Attempt {

    /** ETS ignores seasonality above this period, as R's {@code ets} does. */
    static final int ETS_MAX_SEASON = 24;

    private static final Pattern ETS = Pattern.compile("(^|[:+])ets(:|\\+|$)");

    private Attempt() {
    }

    /** A forecast and what to say about it (empty when the method forecast as asked). */
    record Outcome(Forecast forecast, String note, boolean fallback) {
    }

    static Outcome run(Method method, double[] history, int season, int horizon, double[] levels) {
        try {
            Forecast f = method.forecast(history, season, horizon, levels);
            for (double v : f.mean()) {
                if (!Double.isFinite(v)) {
                    throw new InsufficientDataException("non-finite forecast " + v);
                }
            }
            return new Outcome(f.renamed(method.name()), longSeasonNote(method, season), false);
        } catch (RuntimeException e) {
            String why = Fallbacks.reason(e);
            try {
                Forecast f = Fallbacks.naive(history, season, horizon, levels).renamed(method.name());
                return new Outcome(f, "naive fallback: " + why, true);
            } catch (RuntimeException again) {
                double[] point = new double[horizon];
                Arrays.fill(point, history[history.length - 1]);
                double[][] nan = new double[levels.length][horizon];
                for (double[] row : nan) {
                    Arrays.fill(row, Double.NaN);
                }
                return new Outcome(new Forecast(method.name(), point, levels, nan, nan.clone()),
                        "last-value fallback without intervals: " + why + "; naive: " + Fallbacks.reason(again),
                        true);
            }
        }
    }

    /** For a method with ETS in it and a season above 24: ETS was fitted without seasonality, as R's does. */
    static String longSeasonNote(Method method, int season) {
        if (season <= ETS_MAX_SEASON) {
            return "";
        }
        String name = method.name();
        String family = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
        String expanded = Methods.registry().aliasOf(family).orElse(name);
        if (ETS.matcher(name).find() || ETS.matcher(expanded).find()) {
            return "seasonal period " + season + " > " + ETS_MAX_SEASON + ": ETS fitted without a seasonal "
                    + "component (as R's ets does)";
        }
        return "";
    }
}
