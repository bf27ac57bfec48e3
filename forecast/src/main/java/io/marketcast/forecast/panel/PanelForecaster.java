package io.marketcast.forecast.panel;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Parallel;
import java.util.List;
import java.util.Objects;

/**
 * Forecasts every series of a panel with every method, in parallel.
 *
 * <p>Each series is fitted from its own values alone with the panel's seasonal period; results come back in series
 * order, then method order, and are the same doubles on any number of threads. A method that cannot forecast a
 * series (too short, values it cannot take, a failure) does not stop the run: the naive forecast stands in, as in
 * the benchmark, and the result's note says why (docs/outputs.md, the note column). A method containing ETS given a
 * season above 24 fits ETS without seasonality, as R's {@code ets} does, and the note says so.
 */
public final class PanelForecaster {

    /**
     * What to forecast.
     *
     * @param methods the methods, at least one, distinct names
     * @param horizon steps ahead, at least 1
     * @param levels  interval levels in (0, 1), ascending (may be empty)
     * @param threads worker threads, at least 1; results do not depend on it
     */
    public record Spec(List<Method> methods, int horizon, double[] levels, int threads) {

        public Spec {
            methods = List.copyOf(methods);
            levels = levels.clone();
            if (methods.isEmpty()) {
                throw new IllegalArgumentException("need at least one method");
            }
            if (methods.stream().map(Method::name).distinct().count() != methods.size()) {
                throw new IllegalArgumentException("method names must be distinct: "
                        + methods.stream().map(Method::name).toList());
            }
            if (horizon < 1) {
                throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            // the levels are checked as a forecast checks them
            new Forecast("check", new double[0], levels, new double[levels.length][0], new double[levels.length][0]);
        }

        @Override
        public double[] levels() {
            return levels.clone();
        }
    }

    /**
     * One series forecast by one method.
     *
     * @param series   the series
     * @param forecast the forecast (named after the method asked for, also when the fallback made it)
     * @param note     empty, or what happened instead of the method's own forecast (or how it was fitted)
     * @param fallback whether the fallback made the forecast
     */
    public record Result(PanelSeries series, Forecast forecast, String note, boolean fallback) {

        public Result {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(note, "note");
        }

        public String method() {
            return forecast.method();
        }
    }

    private PanelForecaster() {
    }

    public static List<Result> forecast(Panel panel, Spec spec) {
        return forecast(panel, spec, Progress.NONE);
    }

    /** The forecasts, series by series and, within a series, in the order of the methods. */
    public static List<Result> forecast(Panel panel, Spec spec, Progress progress) {
        List<PanelSeries> series = panel.series();
        int k = spec.methods().size();
        Result[] slots = new Result[series.size() * k];
        int total = series.size();
        Parallel.run("forecast", total, spec.threads(), i -> {
            List<Result> one = forecast(series.get(i), panel.season(), spec);
            for (int j = 0; j < k; j++) {
                slots[i * k + j] = one.get(j);
            }
        }, d -> progress.seriesDone(d, total));
        return List.of(slots);
    }

    /**
     * The forecasts of one series, in the order of the methods: what {@link #forecast(Panel, Spec)} does for each
     * of its series (the same doubles, the same fallbacks and notes), for callers that distribute the series
     * themselves (the Spark module). {@link Spec#threads()} is not used.
     *
     * @param series the series
     * @param season the seasonal period the methods are given (the panel's)
     */
    public static List<Result> forecast(PanelSeries series, int season, Spec spec) {
        Objects.requireNonNull(series, "series");
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1, was " + season);
        }
        double[] y = series.values();
        double[] levels = spec.levels();
        List<Result> out = new java.util.ArrayList<>(spec.methods().size());
        for (Method m : spec.methods()) {
            Attempt.Outcome o = Attempt.run(m, y, season, spec.horizon(), levels);
            out.add(new Result(series, o.forecast(), o.note(), o.fallback()));
        }
        return out;
    }

    /**
     * Each series forecast by a method of its own (for example its best by cross-validation, {@link BestMethod}),
     * with the fallback and notes of {@link #forecast(Panel, Spec, Progress)}; one result per series, in the panel's
     * order, each forecast named after the method that series was given.
     *
     * @param chosen the method of each series, one per series in the panel's order
     * @param spec   horizon, levels and threads (its methods are not used)
     */
    public static List<Result> forecastEach(Panel panel, List<Method> chosen, Spec spec, Progress progress) {
        List<PanelSeries> series = panel.series();
        if (chosen.size() != series.size()) {
            throw new IllegalArgumentException("need one method per series: " + series.size() + " series, "
                    + chosen.size() + " methods");
        }
        Result[] slots = new Result[series.size()];
        double[] levels = spec.levels();
        int total = series.size();
        Parallel.run("forecast", total, spec.threads(), i -> {
            PanelSeries s = series.get(i);
            Attempt.Outcome o = Attempt.run(chosen.get(i), s.values(), panel.season(), spec.horizon(), levels);
            slots[i] = new Result(s, o.forecast(), o.note(), o.fallback());
        }, d -> progress.seriesDone(d, total));
        return List.of(slots);
    }
}
