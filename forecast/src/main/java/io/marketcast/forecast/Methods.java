package io.marketcast.forecast;

import io.marketcast.forecast.baseline.Drift;
import io.marketcast.forecast.baseline.Naive;
import io.marketcast.forecast.baseline.Naive2;
import io.marketcast.forecast.baseline.SeasonalNaive;
import io.marketcast.forecast.baseline.Ses;
import io.marketcast.forecast.combo.Combination;
import io.marketcast.forecast.theta.Dotm;
import io.marketcast.forecast.theta.Theta;
import io.marketcast.forecast.combo.Fallback;
import io.marketcast.forecast.ets.Ets;
import io.marketcast.forecast.growth.Curves;
import io.marketcast.forecast.growth.GrowthForecaster;
import io.marketcast.forecast.walk.LogRandomWalk;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The registry of forecasting methods by command-line name: an explicit name → factory map, no classpath
 * scanning. A new method joins with one {@code register} line in the static block below.
 *
 * <p>Besides the registered names, {@link #get} accepts combinations written {@code mean:a+b+c} or
 * {@code median:a+b+c}, whose members are registered names. A name that is neither fails with
 * {@link UnknownMethodException}: "did you mean" and the valid list.
 */
public final class Methods {

    /** Gompertz in logs, or the 8-quarter log random walk where the Gompertz fit is not usable. */
    public static final String GOMPERTZ_OR_DRIFT = "gompertz-or-drift8";

    private static final Map<String, Supplier<Forecaster>> REGISTRY;

    static {
        Map<String, Supplier<Forecaster>> r = new LinkedHashMap<>();
        register(r, Naive.NAME, Naive::new);
        register(r, SeasonalNaive.NAME, SeasonalNaive::new);
        register(r, Drift.NAME, Drift::new);
        register(r, Ses.NAME, Ses::new);
        register(r, Naive2.NAME, Naive2::new);
        register(r, Theta.NAME, Theta::new);
        register(r, Dotm.DOTM, Dotm::dotm);
        register(r, Dotm.OTM, Dotm::otm);
        register(r, "ets", Ets::auto);
        register(r, LogRandomWalk.NAME, LogRandomWalk::allHistory);
        register(r, LogRandomWalk.NAME + "-8", () -> LogRandomWalk.allHistory().withWindow(8));
        for (String curve : Curves.names()) {
            register(r, curve, () -> GrowthForecaster.of(curve));
        }
        register(r, "growth-auto", () -> GrowthForecaster.of(GrowthForecaster.AUTO));
        // The scenario default for revenue (docs/methods.md, "The scenario default"): chosen by backtests of the
        // cloud series, not by M3.
        register(r, GOMPERTZ_OR_DRIFT, () -> new Fallback(GOMPERTZ_OR_DRIFT, GrowthForecaster.of("gompertz"),
                LogRandomWalk.allHistory().withWindow(8)));
        // The recommended default; see docs/methods.md "auto" for the measurements behind the choice.
        register(r, "auto", () -> combination(Combination.Operator.MEAN, "ets", "theta", "dotm").named("auto"));
        REGISTRY = Collections.unmodifiableMap(r);
    }

    private Methods() {
    }

    private static void register(Map<String, Supplier<Forecaster>> r, String name, Supplier<Forecaster> factory) {
        if (r.putIfAbsent(name, factory) != null) {
            throw new IllegalStateException("method " + name + " registered twice");
        }
    }

    /** The registered names, in registration order. */
    public static List<String> names() {
        return List.copyOf(REGISTRY.keySet());
    }

    /**
     * The method called {@code name}: a registered name, or a combination {@code mean:a+b} / {@code median:a+b}.
     *
     * @throws UnknownMethodException for any other name
     */
    public static Forecaster get(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        Supplier<Forecaster> f = REGISTRY.get(key);
        if (f != null) {
            return f.get();
        }
        int colon = key.indexOf(':');
        if (colon > 0) {
            Combination.Operator op = operator(key.substring(0, colon), name);
            String[] members = key.substring(colon + 1).split("\\+");
            return combination(op, members);
        }
        throw unknown(name);
    }

    /** The methods of a comma-separated list, e.g. {@code naive2,theta,median:ses+theta}; duplicates rejected. */
    public static List<Forecaster> parseList(String commaSeparated) {
        List<Forecaster> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("empty method name in '" + commaSeparated + "'; valid: "
                        + String.join(", ", names()));
            }
            Forecaster f = get(part);
            if (seen.contains(f.name())) {
                throw new IllegalArgumentException("method " + f.name() + " is listed twice");
            }
            seen.add(f.name());
            out.add(f);
        }
        return out;
    }

    private static Combination combination(Combination.Operator op, String... members) {
        List<Forecaster> ms = new ArrayList<>();
        for (String m : members) {
            if (m.isBlank()) {
                throw new IllegalArgumentException("empty member in combination " + op.label() + ":"
                        + String.join("+", members));
            }
            Supplier<Forecaster> f = REGISTRY.get(m.strip());
            if (f == null) {
                throw unknown(m.strip());
            }
            ms.add(f.get());
        }
        return Combination.of(op, ms);
    }

    private static Combination.Operator operator(String text, String name) {
        for (Combination.Operator op : Combination.Operator.values()) {
            if (op.label().equals(text)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown combination '" + text + "' in '" + name
                + "'; write mean:a+b+... or median:a+b+...");
    }

    private static UnknownMethodException unknown(String name) {
        return new UnknownMethodException(name, names(), "combinations: mean:a+b+... or median:a+b+...");
    }
}
