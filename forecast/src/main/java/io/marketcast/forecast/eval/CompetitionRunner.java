package io.marketcast.forecast.eval;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Parallel;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores methods on a competition the way docs/m3.md defines: each series forecast {@code h} steps from its
 * training part, sMAPE and MASE (seasonal naive scale with {@code m} = frequency) per series, then the plain mean
 * over series per period and over all scored series. Intervals are scored the way M4 scored them: the coverage of
 * the 80% and 95% intervals (share of the {@code h} actuals inside, bounds included) and the MSIS of the 95%
 * interval ({@code alpha = 0.05}, scaled by the same in-sample seasonal naive MAE as MASE), per series, then the
 * same plain means. A forecast without such an interval scores NaN there.
 *
 * <p>Series are forecast in parallel on {@link CompetitionSpec#threads()} threads; each score lands in its series'
 * slot and the means are taken in series order, so the numbers are the same on any thread count. A method that
 * cannot forecast a series — it refuses ({@link InsufficientDataException}), returns a non-finite point, or fails
 * in any other way (a plugin's bug) — is scored with the naive forecast there; the row counts these fallbacks under
 * {@code failures} and each series score keeps the method's message. The run does not stop.
 */
public final class CompetitionRunner {

    /** Told after each series is done (from worker threads; must be thread-safe). */
    @FunctionalInterface
    public interface Progress {
        void seriesDone(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private CompetitionRunner() {
    }

    public static CompetitionResult run(CompetitionSpec spec, CompetitionData data) {
        return run(spec, data, Progress.NONE);
    }

    /**
     * Runs the competition.
     *
     * @throws IllegalArgumentException when a requested period has no series
     */
    public static CompetitionResult run(CompetitionSpec spec, CompetitionData data, Progress progress) {
        List<CompetitionSeries> series = select(spec, data);
        List<Method> methods = spec.methods();
        int n = series.size();
        int k = methods.size();
        double[][] smape = new double[k][n];
        double[][] mase = new double[k][n];
        double[][] cover80 = new double[k][n];
        double[][] cover95 = new double[k][n];
        double[][] msis = new double[k][n];
        Scores scores = new Scores(smape, mase, cover80, cover95, msis);
        String[][] failure = new String[k][n];
        Parallel.run("competition", n, spec.threads(), i -> score(series.get(i), methods, i, scores, failure),
                d -> progress.seriesDone(d, n));
        return aggregate(series, methods, scores, failure);
    }

    private static List<CompetitionSeries> select(CompetitionSpec spec, CompetitionData data) {
        if (spec.periods().isEmpty()) {
            return data.series();
        }
        for (String p : spec.periods()) {
            if (data.series().stream().noneMatch(s -> s.period().equals(p))) {
                Set<String> known = new LinkedHashSet<>();
                data.series().forEach(s -> known.add(s.period()));
                throw new IllegalArgumentException("no " + p + " series in " + data.origin() + "; periods there: "
                        + String.join(", ", known));
            }
        }
        return data.series().stream().filter(s -> spec.periods().contains(s.period())).toList();
    }

    /** Per method and series: {@code [method][series]}. */
    private record Scores(double[][] smape, double[][] mase, double[][] cover80, double[][] cover95,
            double[][] msis) {
    }

    static final double LEVEL80 = 0.80;
    static final double LEVEL95 = 0.95;
    private static final double[] LEVELS = {LEVEL80, LEVEL95};

    private static void score(CompetitionSeries s, List<Method> methods, int i, Scores out, String[][] failure) {
        double[] train = s.train();
        double[] test = s.test();
        int h = s.horizon();
        int m = train.length > s.frequency() ? s.frequency() : 1;
        for (int k = 0; k < methods.size(); k++) {
            Forecast f;
            String why = "";
            try {
                f = methods.get(k).forecast(train, s.frequency(), h, LEVELS);
                for (double v : f.mean()) {
                    if (!Double.isFinite(v)) {
                        throw new InsufficientDataException("non-finite forecast " + v);
                    }
                }
            } catch (RuntimeException e) {
                why = Fallbacks.reason(e);
                f = Fallbacks.naive(train, s.frequency(), h, LEVELS);
            }
            double[] mean = f.mean();
            out.smape[k][i] = Metrics.smape(test, mean);
            out.mase[k][i] = Metrics.mase(train, m, test, mean);
            out.cover80[k][i] = coverage(f, LEVEL80, test);
            out.cover95[k][i] = coverage(f, LEVEL95, test);
            out.msis[k][i] = hasLevel(f, LEVEL95)
                    ? Metrics.msis(train, m, test, f.lower(LEVEL95), f.upper(LEVEL95), LEVEL95) : Double.NaN;
            failure[k][i] = why;
        }
    }

    private static double coverage(Forecast f, double level, double[] actual) {
        return hasLevel(f, level) ? Metrics.coverage(actual, f.lower(level), f.upper(level)) : Double.NaN;
    }

    private static boolean hasLevel(Forecast f, double level) {
        for (double l : f.levels()) {
            if (Math.abs(l - level) < 1e-9) {
                return true;
            }
        }
        return false;
    }

    private static CompetitionResult aggregate(List<CompetitionSeries> series, List<Method> methods, Scores sc,
            String[][] failure) {
        Set<String> periods = new LinkedHashSet<>();
        series.forEach(s -> periods.add(s.period()));
        List<CompetitionResult.Row> rows = new ArrayList<>();
        List<CompetitionResult.SeriesScore> scores = new ArrayList<>();
        for (int k = 0; k < methods.size(); k++) {
            String name = methods.get(k).name();
            for (String p : periods) {
                rows.add(row(name, p, series, k, p, sc, failure));
            }
            if (periods.size() > 1) {
                rows.add(row(name, "ALL", series, k, null, sc, failure));
            }
        }
        for (int i = 0; i < series.size(); i++) {
            CompetitionSeries s = series.get(i);
            for (int k = 0; k < methods.size(); k++) {
                scores.add(new CompetitionResult.SeriesScore(s.id(), s.period(), methods.get(k).name(),
                        sc.smape[k][i], sc.mase[k][i], sc.cover80[k][i], sc.cover95[k][i], sc.msis[k][i],
                        failure[k][i]));
            }
        }
        return new CompetitionResult(rows, scores);
    }

    private static CompetitionResult.Row row(String method, String label, List<CompetitionSeries> series, int k,
            String period, Scores sc, String[][] failure) {
        double s = 0;
        double m = 0;
        double c80 = 0;
        double c95 = 0;
        double is = 0;
        int count = 0;
        int scaled = 0;
        int failures = 0;
        for (int i = 0; i < series.size(); i++) {
            if (period == null || series.get(i).period().equals(period)) {
                s += sc.smape[k][i];
                // a series with a constant history has no MASE scale: it is left out of the MASE and MSIS means
                // (and counted by the caller from the scores), instead of blanking the whole period
                if (Double.isFinite(sc.mase[k][i])) {
                    m += sc.mase[k][i];
                    is += sc.msis[k][i];
                    scaled++;
                }
                c80 += sc.cover80[k][i];
                c95 += sc.cover95[k][i];
                count++;
                if (!failure[k][i].isEmpty()) {
                    failures++;
                }
            }
        }
        return new CompetitionResult.Row(method, label, s / count, scaled == 0 ? Double.NaN : m / scaled, c80 / count,
                c95 / count, scaled == 0 ? Double.NaN : is / scaled, count, failures);
    }
}
