package io.marketcast.forecast.panel;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.eval.Metrics;
import io.marketcast.forecast.internal.Parallel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Rolling-origin cross-validation of methods over a panel (Tashman 2000; statsforecast's {@code cross_validation}):
 * for each series of length {@code n}, window {@code w = 0..K-1} cuts the series at
 * {@code n - h - (K-1-w)·step}, fits each method to the values before the cut-off (nothing after it) and forecasts
 * the {@code h} values after it. A window whose cut-off would leave no history is skipped (counted per series).
 *
 * <p>Scores are those of the benchmark ({@link Metrics}): sMAPE, MAPE (percent), MASE scaled by the seasonal naive
 * error of the window's history with {@code m} = the panel's season (1 when the history has {@code m} or fewer
 * values — the benchmark's rule), MAE, RMSE, coverage of each interval level and MSIS at 95%. With one window and
 * the M3 training/test split this gives the benchmark's sMAPE and MASE exactly. A method that cannot forecast a
 * window is scored with the naive fallback, as in the benchmark, and counted. Results are in series, window,
 * method order and do not depend on the number of threads.
 */
public final class CrossValidation {

    /**
     * What to cross-validate.
     *
     * @param methods the methods, at least one, distinct names
     * @param horizon steps forecast per window, at least 1
     * @param windows windows per series, at least 1
     * @param step    observations between consecutive cut-offs, at least 1
     * @param levels  interval levels scored (coverage per level, MSIS at 0.95 when asked)
     * @param threads worker threads, at least 1; results do not depend on it
     */
    public record Spec(List<Method> methods, int horizon, int windows, int step, double[] levels, int threads) {

        public Spec {
            new PanelForecaster.Spec(methods, horizon, levels, threads);
            methods = List.copyOf(methods);
            levels = levels.clone();
            if (windows < 1) {
                throw new IllegalArgumentException("windows must be at least 1, was " + windows);
            }
            if (step < 1) {
                throw new IllegalArgumentException("step must be at least 1, was " + step);
            }
        }

        @Override
        public double[] levels() {
            return levels.clone();
        }
    }

    /**
     * Scores of one forecast against its actuals; NaN where undefined (MAPE with a zero actual, MASE and MSIS with
     * a constant history, MSIS without a 95% interval).
     *
     * @param coverage fraction of actuals inside each interval, in the order of {@link Spec#levels()}
     */
    public record Scores(double mae, double rmse, double mape, double smape, double mase, double[] coverage,
            double msis) {

        public Scores {
            coverage = coverage.clone();
        }

        @Override
        public double[] coverage() {
            return coverage.clone();
        }
    }

    /**
     * One window of one series forecast by one method.
     *
     * @param series   the series
     * @param window   0 for the earliest window
     * @param cutoff   observations before the cut-off (the history the method saw)
     * @param forecast the forecast of observations {@code cutoff..cutoff+h-1}
     * @param actual   the values there
     * @param note     empty, or the fallback's reason
     * @param fallback whether the naive fallback made the forecast
     * @param scores   the scores
     */
    public record Window(PanelSeries series, int window, int cutoff, Forecast forecast, double[] actual, String note,
            boolean fallback, Scores scores) {

        public Window {
            actual = actual.clone();
        }

        @Override
        public double[] actual() {
            return actual.clone();
        }

        public String method() {
            return forecast.method();
        }
    }

    /**
     * Mean scores of one method over every scored window of every series; each mean skips the NaN of its metric.
     *
     * @param method    the method
     * @param series    series with at least one window
     * @param windows   windows scored
     * @param fallbacks windows forecast by the fallback
     */
    public record Accuracy(String method, int series, int windows, double mae, double rmse, double mape,
            double smape, double mase, double[] coverage, double msis, int fallbacks) {

        public Accuracy {
            coverage = coverage.clone();
        }

        @Override
        public double[] coverage() {
            return coverage.clone();
        }
    }

    /**
     * The result.
     *
     * @param levels   the interval levels scored
     * @param windows  every window, in series, window, method order
     * @param accuracy one row per method, in the order asked
     * @param skipped  windows skipped because the series was too short for them
     */
    public record Result(double[] levels, List<Window> windows, List<Accuracy> accuracy, int skipped) {

        public Result {
            levels = levels.clone();
            windows = List.copyOf(windows);
            accuracy = List.copyOf(accuracy);
        }

        @Override
        public double[] levels() {
            return levels.clone();
        }
    }

    private CrossValidation() {
    }

    public static Result run(Panel panel, Spec spec) {
        return run(panel, spec, Progress.NONE);
    }

    public static Result run(Panel panel, Spec spec, Progress progress) {
        Objects.requireNonNull(panel, "panel");
        List<PanelSeries> series = panel.series();
        List<Method> methods = spec.methods();
        double[] levels = spec.levels();
        int h = spec.horizon();
        @SuppressWarnings("unchecked")
        List<Window>[] slots = new List[series.size()];
        int[] skipped = new int[series.size()];
        int total = series.size();
        Parallel.run("cv", total, spec.threads(), i -> {
            PanelSeries s = series.get(i);
            double[] y = s.values();
            List<Window> out = new ArrayList<>();
            for (int w = 0; w < spec.windows(); w++) {
                int cutoff = y.length - h - (spec.windows() - 1 - w) * spec.step();
                if (cutoff < 1) {
                    skipped[i]++;
                    continue;
                }
                double[] train = Arrays.copyOfRange(y, 0, cutoff);
                double[] actual = Arrays.copyOfRange(y, cutoff, cutoff + h);
                for (Method m : methods) {
                    Attempt.Outcome o = Attempt.run(m, train, panel.season(), h, levels);
                    out.add(new Window(s, w, cutoff, o.forecast(), actual, o.note(), o.fallback(),
                            score(train, panel.season(), actual, o.forecast(), levels)));
                }
            }
            slots[i] = out;
        }, d -> progress.seriesDone(d, total));
        List<Window> all = new ArrayList<>();
        for (List<Window> l : slots) {
            all.addAll(l);
        }
        List<Accuracy> accuracy = new ArrayList<>();
        for (Method m : methods) {
            accuracy.add(accuracy(m.name(), all, levels.length));
        }
        return new Result(levels, all, accuracy, Arrays.stream(skipped).sum());
    }

    /** The benchmark's scores of one forecast; MASE's period falls back to 1 for a history of m or fewer values. */
    static Scores score(double[] train, int season, double[] actual, Forecast f, double[] levels) {
        double[] point = f.mean();
        int m = train.length > season ? season : 1;
        double abs = 0;
        double sq = 0;
        for (int t = 0; t < actual.length; t++) {
            double e = actual[t] - point[t];
            abs += Math.abs(e);
            sq += e * e;
        }
        double[] coverage = new double[levels.length];
        double msis = Double.NaN;
        for (int k = 0; k < levels.length; k++) {
            double[] lo = f.lower(levels[k]);
            double[] hi = f.upper(levels[k]);
            coverage[k] = hasNaN(lo) || hasNaN(hi) ? Double.NaN : Metrics.coverage(actual, lo, hi);
            if (Math.abs(levels[k] - 0.95) < 1e-9 && !Double.isNaN(coverage[k])) {
                msis = Metrics.msis(train, m, actual, lo, hi, levels[k]);
            }
        }
        return new Scores(abs / actual.length, Math.sqrt(sq / actual.length), Metrics.mape(actual, point),
                Metrics.smape(actual, point), Metrics.mase(train, m, actual, point), coverage, msis);
    }

    private static boolean hasNaN(double[] a) {
        for (double v : a) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    private static Accuracy accuracy(String method, List<Window> all, int levels) {
        Mean mae = new Mean();
        Mean rmse = new Mean();
        Mean mape = new Mean();
        Mean smape = new Mean();
        Mean mase = new Mean();
        Mean msis = new Mean();
        Mean[] coverage = new Mean[levels];
        for (int k = 0; k < levels; k++) {
            coverage[k] = new Mean();
        }
        int windows = 0;
        int fallbacks = 0;
        java.util.Set<String> series = new java.util.HashSet<>();
        for (Window w : all) {
            if (!w.method().equals(method)) {
                continue;
            }
            windows++;
            series.add(w.series().id());
            fallbacks += w.fallback() ? 1 : 0;
            Scores s = w.scores();
            mae.add(s.mae());
            rmse.add(s.rmse());
            mape.add(s.mape());
            smape.add(s.smape());
            mase.add(s.mase());
            msis.add(s.msis());
            double[] c = s.coverage();
            for (int k = 0; k < levels; k++) {
                coverage[k].add(c[k]);
            }
        }
        double[] cov = new double[levels];
        for (int k = 0; k < levels; k++) {
            cov[k] = coverage[k].get();
        }
        return new Accuracy(method, series.size(), windows, mae.get(), rmse.get(), mape.get(), smape.get(),
                mase.get(), cov, msis.get(), fallbacks);
    }

    /** A running mean in input order that skips NaN. */
    private static final class Mean {
        private double sum;
        private int n;

        void add(double v) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }

        double get() {
            return n == 0 ? Double.NaN : sum / n;
        }
    }
}
