package io.marketcast.forecast.panel;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.eval.Metrics;
import io.marketcast.forecast.internal.Parallel;
import java.math.BigDecimal;
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

        /**
         * One row per forecast step in the column order of cv's windows output (docs/outputs.md): series, window
         * (1-based), cutoff (the date of the last value the method saw), date, method, actual, point, the lower and
         * upper bound of each interval level, note — so that every writer of it (the command line, the Spark module)
         * lays it out alike.
         */
        public List<Object[]> rows() {
            double[] point = forecast.mean();
            double[][] lo = forecast.lower();
            double[][] hi = forecast.upper();
            String cut = series.date(cutoff - 1);
            List<Object[]> out = new java.util.ArrayList<>(point.length);
            for (int h = 0; h < point.length; h++) {
                Object[] row = new Object[8 + 2 * lo.length];
                row[0] = series.id();
                row[1] = window + 1;
                row[2] = cut;
                row[3] = series.date(cutoff + h);
                row[4] = method();
                row[5] = actual[h];
                row[6] = point[h];
                for (int k = 0; k < lo.length; k++) {
                    row[7 + 2 * k] = lo[k][h];
                    row[8 + 2 * k] = hi[k][h];
                }
                row[row.length - 1] = note;
                out.add(row);
            }
            return out;
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

        /**
         * The values in table order: method, series, windows, mae, rmse, mape, smape, mase, one coverage per level,
         * msis, fallbacks (the columns of {@code marketcast cv}'s accuracy table, on one machine and on Spark).
         */
        public Object[] values() {
            List<Object> row = new ArrayList<>(List.of(method, series, windows, mae, rmse, mape, smape, mase));
            for (double c : coverage) {
                row.add(c);
            }
            row.add(msis);
            row.add(fallbacks);
            return row.toArray();
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
        @SuppressWarnings("unchecked")
        List<Window>[] slots = new List[series.size()];
        int total = series.size();
        Parallel.run("cv", total, spec.threads(), i -> slots[i] = windows(series.get(i), panel.season(), spec),
                d -> progress.seriesDone(d, total));
        List<Window> all = new ArrayList<>();
        Tally tally = new Tally(spec);
        int skipped = 0;
        for (int i = 0; i < slots.length; i++) {
            all.addAll(slots[i]);
            tally.add(slots[i]);
            skipped += skipped(series.get(i).length(), spec);
        }
        return new Result(spec.levels(), all, tally.accuracy(), skipped);
    }

    /**
     * The windows of one series, in window, method order: what {@link #run(Panel, Spec)} does for each of its
     * series (the same doubles, fallbacks and notes), for callers that distribute the series themselves (the Spark
     * module); {@link Tally} turns them into the accuracy table. {@link Spec#threads()} is not used.
     *
     * @param series the series
     * @param season the seasonal period the methods are given (the panel's)
     */
    public static List<Window> windows(PanelSeries series, int season, Spec spec) {
        Objects.requireNonNull(series, "series");
        if (season < 1) {
            throw new IllegalArgumentException("season must be at least 1, was " + season);
        }
        double[] y = series.values();
        double[] levels = spec.levels();
        int h = spec.horizon();
        List<Window> out = new ArrayList<>();
        for (int w = 0; w < spec.windows(); w++) {
            int cutoff = cutoff(y.length, w, spec);
            if (cutoff < 1) {
                continue;
            }
            double[] train = Arrays.copyOfRange(y, 0, cutoff);
            double[] actual = Arrays.copyOfRange(y, cutoff, cutoff + h);
            for (Method m : spec.methods()) {
                Attempt.Outcome o = Attempt.run(m, train, season, h, levels);
                out.add(new Window(series, w, cutoff, o.forecast(), actual, o.note(), o.fallback(),
                        score(train, season, actual, o.forecast(), levels)));
            }
        }
        return out;
    }

    /** The windows a series of {@code length} observations is too short for (no history before the cut-off). */
    public static int skipped(int length, Spec spec) {
        int n = 0;
        for (int w = 0; w < spec.windows(); w++) {
            n += cutoff(length, w, spec) < 1 ? 1 : 0;
        }
        return n;
    }

    private static int cutoff(int length, int window, Spec spec) {
        return length - spec.horizon() - (spec.windows() - 1 - window) * spec.step();
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

    /**
     * The accuracy table, built series by series: each mean is the exactly rounded sum of its scores (not the
     * running sum of {@code double}s) divided by their count, so it does not depend on the order in which series
     * are added nor on how tallies are split and {@link #merge merged} — which is what lets a distributed run (the
     * Spark module) give the same doubles as {@link #run(Panel, Spec)} whatever its partitions. NaN scores are
     * skipped, each metric on its own. Not thread-safe; serializable, so that tallies can travel between machines.
     */
    public static final class Tally implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final List<String> methods;
        private final int levels;
        private final int[] series;
        private final int[] windows;
        private final int[] fallbacks;
        /** Per method: mae, rmse, mape, smape, mase, msis, then one per level's coverage. */
        private final ExactMean[][] means;

        /** An empty tally of {@code spec}'s methods and levels. */
        public Tally(Spec spec) {
            this(spec.methods().stream().map(Method::name).toList(), spec.levels().length);
        }

        /** An empty tally of these method names (in the order of the table) and this many interval levels. */
        public Tally(List<String> methods, int levels) {
            this.methods = List.copyOf(methods);
            this.levels = levels;
            int k = this.methods.size();
            series = new int[k];
            windows = new int[k];
            fallbacks = new int[k];
            means = new ExactMean[k][6 + levels];
            for (ExactMean[] row : means) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = new ExactMean();
                }
            }
        }

        /** Adds the windows of one series (all of them: the series is counted once per method it has windows of). */
        public Tally add(List<Window> ofOneSeries) {
            boolean[] seen = new boolean[methods.size()];
            for (Window w : ofOneSeries) {
                int j = methods.indexOf(w.method());
                if (j < 0) {
                    throw new IllegalArgumentException("method '" + w.method() + "' is not one of " + methods);
                }
                seen[j] = true;
                windows[j]++;
                fallbacks[j] += w.fallback() ? 1 : 0;
                Scores s = w.scores();
                ExactMean[] m = means[j];
                m[0].add(s.mae());
                m[1].add(s.rmse());
                m[2].add(s.mape());
                m[3].add(s.smape());
                m[4].add(s.mase());
                m[5].add(s.msis());
                double[] c = s.coverage();
                for (int k = 0; k < levels; k++) {
                    m[6 + k].add(c[k]);
                }
            }
            for (int j = 0; j < seen.length; j++) {
                series[j] += seen[j] ? 1 : 0;
            }
            return this;
        }

        /** Adds another tally of the same methods and levels, of other series; returns this tally. */
        public Tally merge(Tally other) {
            if (!methods.equals(other.methods) || levels != other.levels) {
                throw new IllegalArgumentException("tallies of different methods or levels: " + methods + " and "
                        + other.methods);
            }
            for (int j = 0; j < methods.size(); j++) {
                series[j] += other.series[j];
                windows[j] += other.windows[j];
                fallbacks[j] += other.fallbacks[j];
                for (int i = 0; i < means[j].length; i++) {
                    means[j][i].merge(other.means[j][i]);
                }
            }
            return this;
        }

        /** One row per method, in the order of the methods. */
        public List<Accuracy> accuracy() {
            List<Accuracy> out = new ArrayList<>(methods.size());
            for (int j = 0; j < methods.size(); j++) {
                ExactMean[] m = means[j];
                double[] cov = new double[levels];
                for (int k = 0; k < levels; k++) {
                    cov[k] = m[6 + k].get();
                }
                out.add(new Accuracy(methods.get(j), series[j], windows[j], m[0].get(), m[1].get(), m[2].get(),
                        m[3].get(), m[4].get(), cov, m[5].get(), fallbacks[j]));
            }
            return out;
        }
    }

    /**
     * A mean that skips NaN, of the exactly rounded sum: finite values are summed exactly (as {@link BigDecimal},
     * which holds every double exactly) and rounded once; infinities are summed apart and dominate.
     */
    private static final class ExactMean implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private BigDecimal sum = BigDecimal.ZERO;
        private double infinite;
        private long n;

        void add(double v) {
            if (Double.isNaN(v)) {
                return;
            }
            if (Double.isInfinite(v)) {
                infinite += v;
            } else if (v != 0) {
                sum = sum.add(new BigDecimal(v));
            }
            n++;
        }

        void merge(ExactMean o) {
            sum = sum.add(o.sum);
            infinite += o.infinite;
            n += o.n;
        }

        double get() {
            if (n == 0) {
                return Double.NaN;
            }
            return (infinite != 0 || Double.isNaN(infinite) ? infinite : sum.doubleValue()) / n;
        }
    }
}
