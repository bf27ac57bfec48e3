package io.marketcast.forecast.eval;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.combo.Combination;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Chooses among candidate methods by their point accuracy on a validation competition — for {@code auto}, the one
 * made from the training parts alone ({@link CompetitionData#withinTraining()}), so that the choice never sees the
 * competition's hold-out (docs/methods.md, "Choosing auto").
 *
 * <p>A candidate is a registry method name: a single method ({@code ets}) or a {@code mean:}/{@code median:}
 * combination of single methods. Each single method is fitted once per series; a combination's point forecast is
 * then the operator over its members' points, members that refuse the series left out — exactly what the
 * registry's combination forecasts (tested against it), at a fraction of the cost. Where a candidate cannot forecast
 * a series (every member refuses, or a member fails in another way) the naive forecast is scored, as
 * {@link CompetitionRunner} does, and counted.
 *
 * <p>The ranking is by mean sMAPE over all validation series (the measure the M3 table reports), ties by mean
 * MASE. The numbers do not depend on the thread count.
 */
public final class Selection {

    private Selection() {
    }

    /**
     * One candidate's validation accuracy.
     *
     * @param candidate the method name
     * @param period    {@code YEARLY}, ... or {@code ALL}
     * @param smape     mean over series of sMAPE, percent
     * @param mase      mean over series of MASE
     * @param series    number of series
     * @param failures  series where the naive forecast was scored instead
     */
    public record Row(String candidate, String period, double smape, double mase, int series, int failures) {
    }

    /**
     * The outcome.
     *
     * @param ranking the {@code ALL} rows, best first
     * @param rows    every candidate per period and {@code ALL}, in candidate order
     */
    public record Result(List<Row> ranking, List<Row> rows) {

        public Result {
            ranking = List.copyOf(ranking);
            rows = List.copyOf(rows);
        }

        /** The chosen candidate: the best by mean sMAPE. */
        public String chosen() {
            return ranking.get(0).candidate();
        }
    }

    /** The single methods the default candidates are made of, in this order, where the registry has them. */
    public static final List<String> BASE = List.of("ets", "theta", "dotm", "arima", "ces");

    /**
     * The default candidates: each of {@link #BASE} the registry has, then the mean of every subset of two or more
     * of them and the median of every subset of three or more (the median of two is their mean) (the median of ETS, ARIMA, DOTM and CES is the M4 "SCUM" combination, Petropoulos &amp;
     * Svetunkov 2020).
     */
    public static List<String> defaultCandidates(MethodRegistry registry) {
        List<String> base = BASE.stream().filter(registry.names()::contains).toList();
        List<String> out = new ArrayList<>(base);
        int n = base.size();
        List<List<String>> subsets = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                List<String> s = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        s.add(base.get(i));
                    }
                }
                subsets.add(s);
            }
        }
        subsets.sort(Comparator.comparingInt(List::size));
        for (String op : List.of("mean", "median")) {
            for (List<String> s : subsets) {
                if (op.equals("mean") || s.size() >= 3) {
                    out.add(op + ":" + String.join("+", s));
                }
            }
        }
        return out;
    }

    private record Candidate(String name, Combination.Operator operator, List<String> members) {
    }

    /**
     * Scores every candidate on {@code data} and ranks them.
     *
     * @throws IllegalArgumentException for a candidate that is neither a method of the registry nor a
     *                                  {@code mean:}/{@code median:} combination of such methods
     */
    public static Result run(List<String> candidates, MethodRegistry registry, CompetitionData data, int threads) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidates");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        List<Candidate> cs = new ArrayList<>();
        Map<String, Method> base = new LinkedHashMap<>();
        for (String c : candidates) {
            Candidate cand = parse(c);
            cs.add(cand);
            for (String m : cand.members()) {
                base.computeIfAbsent(m, registry::get);
            }
        }
        List<Method> methods = List.copyOf(base.values());
        List<String> names = List.copyOf(base.keySet());
        List<CompetitionSeries> series = data.series();
        int n = series.size();
        double[][] smape = new double[cs.size()][n];
        double[][] mase = new double[cs.size()][n];
        boolean[][] failed = new boolean[cs.size()][n];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "selection");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int idx = i;
                fs.add(pool.submit(() -> score(series.get(idx), idx, methods, names, cs, smape, mase, failed)));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("selection interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Set<String> periods = new LinkedHashSet<>();
        series.forEach(s -> periods.add(s.period()));
        List<Row> rows = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        for (int k = 0; k < cs.size(); k++) {
            for (String p : periods) {
                rows.add(row(cs.get(k).name(), p, series, k, smape, mase, failed));
            }
            Row a = row(cs.get(k).name(), "ALL", series, k, smape, mase, failed);
            rows.add(a);
            all.add(a);
        }
        List<Row> ranking = new ArrayList<>(all);
        ranking.sort(Comparator.comparingDouble(Row::smape).thenComparingDouble(Row::mase));
        return new Result(ranking, rows);
    }

    private static Candidate parse(String name) {
        String text = name.strip();
        int colon = text.indexOf(':');
        String family = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (family.equals("mean") || family.equals("median")) {
            List<String> members = new ArrayList<>();
            for (String p : text.substring(colon + 1).split("\\+", -1)) {
                if (p.isBlank()) {
                    throw new IllegalArgumentException("empty member in candidate '" + name + "'");
                }
                members.add(p.strip());
            }
            return new Candidate(text, family.equals("mean") ? Combination.Operator.MEAN
                    : Combination.Operator.MEDIAN, members);
        }
        return new Candidate(text, null, List.of(text));
    }

    private static void score(CompetitionSeries s, int i, List<Method> methods, List<String> names,
            List<Candidate> cs, double[][] smape, double[][] mase, boolean[][] failed) {
        double[] train = s.train();
        double[] test = s.test();
        int h = s.horizon();
        double[][] points = new double[methods.size()][];
        boolean[] error = new boolean[methods.size()];
        for (int b = 0; b < methods.size(); b++) {
            try {
                points[b] = methods.get(b).fit(train, s.frequency()).forecast(h).mean();
            } catch (InsufficientDataException e) {
                points[b] = null;
            } catch (RuntimeException e) {
                error[b] = true;
            }
        }
        int m = train.length > s.frequency() ? s.frequency() : 1;
        for (int k = 0; k < cs.size(); k++) {
            Candidate c = cs.get(k);
            double[] f = combine(c, names, points, error, h);
            if (f == null) {
                f = Fallbacks.naive(train, s.frequency(), h).mean();
                failed[k][i] = true;
            }
            smape[k][i] = Metrics.smape(test, f);
            mase[k][i] = Metrics.mase(train, m, test, f);
        }
    }

    /** The candidate's points, or null where it cannot forecast (as the registry's method would fail). */
    private static double[] combine(Candidate c, List<String> names, double[][] points, boolean[] error, int h) {
        List<double[]> ps = new ArrayList<>();
        for (String member : c.members()) {
            int b = names.indexOf(member);
            if (error[b]) {
                return null;
            }
            if (points[b] != null) {
                ps.add(points[b]);
            }
        }
        if (ps.isEmpty() || (c.operator() == null && ps.size() != 1)) {
            return null;
        }
        if (c.operator() == null) {
            return ps.get(0);
        }
        double[] out = new double[h];
        double[] buf = new double[ps.size()];
        for (int t = 0; t < h; t++) {
            for (int j = 0; j < ps.size(); j++) {
                buf[j] = ps.get(j)[t];
            }
            out[t] = c.operator().apply(buf, ps.size());
        }
        return out;
    }

    private static Row row(String name, String period, List<CompetitionSeries> series, int k, double[][] smape,
            double[][] mase, boolean[][] failed) {
        double s = 0;
        double m = 0;
        int count = 0;
        int failures = 0;
        for (int i = 0; i < series.size(); i++) {
            if (period.equals("ALL") || series.get(i).period().equals(period)) {
                s += smape[k][i];
                m += mase[k][i];
                count++;
                failures += failed[k][i] ? 1 : 0;
            }
        }
        return new Row(name, period, s / count, m / count, count, failures);
    }
}
