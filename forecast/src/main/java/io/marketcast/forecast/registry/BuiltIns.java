package io.marketcast.forecast.registry;

import io.marketcast.forecast.MethodDefinition;
import io.marketcast.forecast.MethodInfo;
import io.marketcast.forecast.MethodInfo.Seasonality;
import io.marketcast.forecast.baseline.Drift;
import io.marketcast.forecast.baseline.Naive;
import io.marketcast.forecast.baseline.Naive2;
import io.marketcast.forecast.baseline.SeasonalNaive;
import io.marketcast.forecast.baseline.Ses;
import io.marketcast.forecast.arima.ArimaMethod;
import io.marketcast.forecast.ets.EtsMethod;
import io.marketcast.forecast.growth.Curves;
import io.marketcast.forecast.growth.GrowthCurve;
import io.marketcast.forecast.growth.GrowthMethod;
import io.marketcast.forecast.growth.GrowthSpec;
import io.marketcast.forecast.theta.Dotm;
import io.marketcast.forecast.theta.Theta;
import io.marketcast.forecast.walk.FixedGrowth;
import io.marketcast.forecast.walk.LogRandomWalk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in method families and aliases, in the order {@code marketcast methods} lists them. */
final class BuiltIns {

    /** The recommended default for competition-style series. */
    static final String AUTO = "auto";
    static final String AUTO_TARGET = "median:ets+theta+dotm+arima";
    /** The scenario default for revenue. */
    static final String SCENARIO_DEFAULT = "gompertz-or-drift8";
    static final String SCENARIO_DEFAULT_TARGET = "first:gompertz+log-drift:8";

    private BuiltIns() {
    }

    static Map<String, String> aliases() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put(AUTO, AUTO_TARGET);
        a.put(SCENARIO_DEFAULT, SCENARIO_DEFAULT_TARGET);
        a.put("log-drift-8", "log-drift:8");
        return a;
    }

    static List<MethodDefinition> definitions() {
        List<MethodDefinition> d = new ArrayList<>();
        d.add(MethodDefinition.of(info(Naive.NAME, "naive: the last value (random walk)", Seasonality.NONE, "2",
                false, ""), Naive::new));
        d.add(MethodDefinition.of(info(SeasonalNaive.NAME, "seasonal naive: the last value of the same season",
                Seasonality.MODELS, "m + 1", false, ""), SeasonalNaive::new));
        d.add(MethodDefinition.of(info(Drift.NAME, "drift: the line through the first and last values, extended",
                Seasonality.NONE, "3", true, ""), Drift::new));
        d.add(MethodDefinition.of(info(Ses.NAME, "simple exponential smoothing, optimised alpha and initial level",
                Seasonality.NONE, "3", false, ""), Ses::new));
        d.add(MethodDefinition.of(info(Naive2.NAME, "naive on classically deseasonalised data (M3/M4 benchmark)",
                Seasonality.ADJUSTS, "2", false, ""), Naive2::new));
        d.add(MethodDefinition.of(info(Theta.NAME, "the standard Theta method of M3 (as R's thetaf)",
                Seasonality.ADJUSTS, "3", false, ""), Theta::new));
        d.add(MethodDefinition.of(info(Dotm.DOTM, "dynamic optimised Theta model (Fiorucci et al. 2016)",
                Seasonality.ADJUSTS, "4", false, ""), Dotm::dotm));
        d.add(MethodDefinition.of(info(Dotm.OTM, "optimised Theta model with the trend of the whole sample",
                Seasonality.ADJUSTS, "4", false, ""), Dotm::otm));
        d.add(new MethodDefinition(info(EtsMethod.NAME, "exponential smoothing (ETS); AutoETS picks the model by"
                + " AICc as R's forecast::ets", Seasonality.MODELS, "7 (more with trend or season)", false,
                "ets:MODEL, a model or pattern: error A|M|Z, trend N|A|Ad|M|Md|Z, season N|A|M|Z, e.g. ets:AAdN"),
                EtsMethod::parse));
        d.add(new MethodDefinition(info(ArimaMethod.NAME, "seasonal ARIMA with drift or mean; auto.arima picks the"
                + " orders by AICc as R's forecast::auto.arima", Seasonality.MODELS, "3 (more with differences)",
                false, "arima:p,d,q or arima:p,d,q,P,D,Q fixed orders as R's Arima (a mean when d + D = 0),"
                + " e.g. arima:0,1,1,0,1,1"), ArimaMethod::parse));
        d.add(new MethodDefinition(info(ArimaMethod.DRIFT_NAME, "fixed-order ARIMA with a drift (d + D = 1), as R's"
                + " Arima(include.drift = TRUE)", Seasonality.MODELS, "d + D·m + coefficients + 2", false,
                "arima-drift:p,d,q or arima-drift:p,d,q,P,D,Q, e.g. arima-drift:0,1,1; bare: ARIMA(0,1,0) with drift"),
                ArimaMethod::parseDrift));
        d.add(new MethodDefinition(info(LogRandomWalk.NAME, "multiplicative random walk with drift (in logs)",
                Seasonality.NONE, "3 positive", true, "log-drift:N, the drift of the last N growth rates"),
                args -> args == null ? LogRandomWalk.allHistory() : LogRandomWalk.allHistory().withWindow(
                        window(args))));
        d.add(new MethodDefinition(info(FixedGrowth.NAME, "an assumed growth path in percent per year, with the"
                + " history's step-to-step noise", Seasonality.NONE, "3 positive", false,
                "fixed-growth:G1,G2,..., percent per year, one per year ahead (the last repeats)"),
                FixedGrowth::parse));
        for (GrowthCurve c : Curves.all()) {
            boolean cap = c.capacityIndex() >= 0;
            d.add(new MethodDefinition(info(c.name(), "growth curve " + c.formula() + ", fitted in logs",
                    Seasonality.NONE, String.valueOf(GrowthSpec.of(c).minimumPoints()), true,
                    cap ? c.name() + ":capacity=K, the saturation level fixed at K (unit of the data)" : ""),
                    args -> GrowthMethod.parse(c.name(), args)));
        }
        d.add(MethodDefinition.of(info(GrowthMethod.AUTO, "the growth curve with the smallest AICc",
                Seasonality.NONE, "5", true, ""), () -> GrowthMethod.of(GrowthMethod.AUTO)));
        d.add(combinator("mean", "mean of the members' forecasts step by step (intervals from their paths)"));
        d.add(combinator("median", "median of the members' forecasts step by step (intervals from their paths)"));
        d.add(combinator("first", "the first member that can fit the history (later ones are fallbacks)"));
        d.add(alias(AUTO, "the recommended default for competition-style series: " + AUTO_TARGET
                + " (docs/methods.md)", Seasonality.MEMBERS, "3", false));
        d.add(alias(SCENARIO_DEFAULT, "the scenario default for revenue: " + SCENARIO_DEFAULT_TARGET
                + " (chosen by backtests of the cloud series, docs/methods.md)", Seasonality.NONE, "3 positive",
                true));
        d.add(alias("log-drift-8", "log-drift:8 (the name of earlier versions)", Seasonality.NONE, "3 positive",
                true));
        return d;
    }

    private static MethodInfo info(String name, String description, Seasonality s, String minimum, boolean unc,
            String args) {
        return new MethodInfo(name, description, s, minimum, unc, args);
    }

    /** Combinators are resolved by the registry itself; the definition is for the listing. */
    private static MethodDefinition combinator(String name, String description) {
        return new MethodDefinition(info(name, description, Seasonality.MEMBERS, "as its members", false,
                name + ":a+b+..., members by name"), args -> {
                    throw new IllegalStateException("combinators are resolved by the registry");
                });
    }

    private static MethodDefinition alias(String name, String description, Seasonality s, String minimum,
            boolean unc) {
        return new MethodDefinition(info(name, description, s, minimum, unc, ""), args -> {
            throw new IllegalStateException("aliases are resolved by the registry");
        });
    }

    private static int window(String args) {
        try {
            int n = Integer.parseInt(args.strip());
            if (n < 2) {
                throw new IllegalArgumentException("log-drift:N needs N >= 2 growth rates, got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("log-drift:N takes a whole number of growth rates, got '" + args
                    + "'");
        }
    }
}
