package io.marketcast.forecast.scenario;

import io.marketcast.forecast.profit.MarginMethod;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.model.AnnualFigure;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of the margin models on profitability timing: for every as-of quarter before a unit's first profit in
 * the data, the first-profit distribution each {@link MarginMethod} gave (the scenario engine with the unit's revenue
 * on the scenario default method, seeing only the data known at that quarter) and where the actual first profitable
 * quarter A fell in it:
 *
 * <ul>
 *   <li><b>PIT</b> (mid-point probability integral transform of a discrete distribution): {@code F(A−1) + p(A)/2},
 *       with F the cumulative P(first profitable ≤ q) and p(A) the probability of A itself; 0.5 is a centred
 *       forecast, near 0 a forecast that expected the profit later than it came, near 1 earlier;</li>
 *   <li><b>log score</b>: {@code ln max(p(A), floor)}, the floor ({@link Spec#floor}, default 10⁻⁴ = one path in
 *       10,000) keeping a forecast that gave A no mass finite (−9.21). Higher is better.</li>
 * </ul>
 *
 * <p>An origin where a model refuses (too few margin observations) is reported with the reason and scored by no
 * model; all models share the same minimum, so means are over the same origins. Revenue paths use the same seed for
 * every model. A library: no printing, no files.
 */
public final class ProfitBacktest {

    private ProfitBacktest() {
    }

    /**
     * What to run.
     *
     * @param methods margin models to compare
     * @param ahead   quarters simulated after each origin
     * @param paths   paths per origin and model
     * @param seed    the seed of every run
     * @param floor   least probability a log score counts (0 &lt; floor &lt; 1)
     * @param threads worker threads (results do not depend on it)
     */
    public record Spec(List<MarginMethod> methods, int ahead, int paths, long seed, double floor, int threads) {
        public Spec {
            methods = List.copyOf(methods);
            if (methods.isEmpty()) {
                throw new IllegalArgumentException("at least one margin model");
            }
            if (ahead < 1 || paths < 1 || threads < 1) {
                throw new IllegalArgumentException("ahead, paths and threads must be at least 1");
            }
            if (!(floor > 0 && floor < 1)) {
                throw new IllegalArgumentException("floor must be in (0, 1), was " + floor);
            }
        }

        /** scale, trend, mix and scale-curve; 24 quarters ahead, 10,000 paths, seed 20201108, floor 10⁻⁴. */
        public static Spec defaults() {
            return new Spec(List.of(MarginMethod.SCALE, MarginMethod.TREND, MarginMethod.MIX,
                    MarginMethod.SCALE_CURVE), 24, 10_000, 20201108L, 1e-4, Runtime.getRuntime().availableProcessors());
        }

        public Spec withMethods(List<MarginMethod> m) {
            return new Spec(m, ahead, paths, seed, floor, threads);
        }

        public Spec withPaths(int p) {
            return new Spec(methods, ahead, p, seed, floor, threads);
        }

        public Spec withSeed(long s) {
            return new Spec(methods, ahead, paths, s, floor, threads);
        }

        public Spec withThreads(int t) {
            return new Spec(methods, ahead, paths, seed, floor, t);
        }
    }

    /**
     * One model at one origin.
     *
     * @param method    the margin model
     * @param refused   why the model could not forecast from this origin; empty when it did
     * @param pActual   P(first profitable quarter = A)
     * @param cdfBefore P(first profitable ≤ A − 1)
     * @param pit       {@code cdfBefore + pActual / 2}
     * @param logScore  {@code ln max(pActual, floor)}
     * @param median    median first profitable quarter (empty beyond the horizon)
     */
    public record Score(MarginMethod method, Optional<String> refused, double pActual, double cdfBefore, double pit,
            double logScore, Optional<Quarter> median) {
    }

    /**
     * One as-of quarter.
     *
     * @param asOf         the origin
     * @param observations margin observations known then (quarters and fiscal years)
     * @param scores       per model, in spec order
     */
    public record Origin(Quarter asOf, int observations, List<Score> scores) {
        public Origin {
            scores = List.copyOf(scores);
        }
    }

    /**
     * Per model over the scored origins.
     *
     * @param method        the margin model
     * @param scored        origins it forecast from
     * @param meanLogScore  mean log score
     * @param meanPit       mean PIT
     * @param meanPActual   mean probability of the actual quarter
     */
    public record Summary(MarginMethod method, int scored, double meanLogScore, double meanPit, double meanPActual) {
    }

    /**
     * The backtest of one unit.
     *
     * @param slug        the unit
     * @param actualFirst the first quarter with non-negative income in the data, and its definition tag
     * @param origins     every as-of quarter before it from the first income figure on, oldest first
     * @param summaries   per model, in spec order
     * @param floor       the log-score floor
     */
    public record Result(String slug, Point actualFirst, List<Origin> origins, List<Summary> summaries,
            double floor) {
        public Result {
            origins = List.copyOf(origins);
            summaries = List.copyOf(summaries);
        }
    }

    /**
     * Runs the backtest of {@code slug} on {@code data} (everything in it counts as known today; pass
     * {@code data.asOf(q)} to pretend today is q).
     *
     * @throws IllegalArgumentException when the unit has no income series, no first profit in the data, or was
     *                                  profitable from its first figure (no origin before a first profit)
     */
    public static Result run(Dataset data, String slug, Spec spec) {
        Objects.requireNonNull(data, "data");
        Series income = data.income(slug);
        Point first = firstProfit(income).orElseThrow(() -> new IllegalArgumentException(slug
                + " has no quarter with non-negative income in the data: nothing to score a first-profit forecast"
                + " against"));
        Quarter start = income.first();
        for (AnnualFigure a : data.annual(slug)) {
            if (a.income().isPresent() && a.periodEnd().isBefore(start)) {
                start = a.periodEnd();
            }
        }
        if (!start.isBefore(first.quarter())) {
            throw new IllegalArgumentException(slug + " is profitable from its first income figure ("
                    + first.quarter() + "): there is no as-of quarter before a first profit");
        }
        List<Origin> origins = new ArrayList<>();
        for (Quarter q = start; q.isBefore(first.quarter()); q = q.next()) {
            origins.add(origin(data, slug, q, first.quarter(), spec));
        }
        List<Summary> summaries = new ArrayList<>();
        for (int m = 0; m < spec.methods().size(); m++) {
            int n = 0;
            double ls = 0;
            double pit = 0;
            double pa = 0;
            for (Origin o : origins) {
                Score s = o.scores().get(m);
                if (s.refused().isEmpty()) {
                    n++;
                    ls += s.logScore();
                    pit += s.pit();
                    pa += s.pActual();
                }
            }
            summaries.add(new Summary(spec.methods().get(m), n, n == 0 ? Double.NaN : ls / n,
                    n == 0 ? Double.NaN : pit / n, n == 0 ? Double.NaN : pa / n));
        }
        return new Result(slug, first, origins, summaries, spec.floor());
    }

    /** The first quarter with non-negative income. */
    static Optional<Point> firstProfit(Series income) {
        return income.points().stream().filter(p -> p.value() >= 0).findFirst();
    }

    /**
     * The scores of every model from one as-of quarter. The scenario sees {@code data} as known at {@code asOf}
     * only (the engine takes the view itself); {@code actual} is the quarter to score.
     */
    static Origin origin(Dataset data, String slug, Quarter asOf, Quarter actual, Spec spec) {
        Map<MarginMethod, Score> scores = new LinkedHashMap<>();
        int observations = -1;
        for (MarginMethod m : spec.methods()) {
            Scenario sc = Scenario.builder("profit-backtest-" + slug + "-" + asOf, asOf, asOf.plus(spec.ahead()))
                    .series(slug)
                    .analyses(new Scenario.Analyses(false, List.of(slug), List.of(), List.of(), List.of()))
                    .paths(spec.paths()).seed(spec.seed()).build();
            ScenarioRun run;
            try {
                run = ScenarioEngine.run(sc, data, new ScenarioEngine.Options(Methods.registry(), spec.threads(),
                        done -> { }, m));
            } catch (ScenarioProblem e) {
                scores.put(m, refused(m, e.problem()));
                continue;
            } catch (io.marketcast.model.UnknownSeriesException e) {
                // nothing of the unit's quarterly income was known yet (only later fiscal-year totals)
                scores.put(m, refused(m, "no quarterly income figure of " + slug + " known as of " + asOf));
                continue;
            }
            observations = run.profits().get(slug).history().observations().size();
            EventResult e = run.result().event(ScenarioRun.profitableEvent(slug));
            scores.put(m, score(m, e, actual, spec.floor()));
        }
        return new Origin(asOf, observations, List.copyOf(scores.values()));
    }

    private static Score refused(MarginMethod m, String why) {
        return new Score(m, Optional.of(why), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Optional.empty());
    }

    /** PIT and log score of {@code actual} under the first-profit distribution {@code e}. */
    static Score score(MarginMethod m, EventResult e, Quarter actual, double floor) {
        List<Quarter> qs = e.quarters();
        double[] by = e.by();
        int i = qs.indexOf(actual);
        double before;
        double p;
        if (i < 0) {
            // the actual quarter is beyond the simulated horizon: all simulated mass lies before it
            before = by[by.length - 1];
            p = 0;
        } else {
            before = i == 0 ? 0 : by[i - 1];
            p = by[i] - before;
        }
        return new Score(m, Optional.empty(), p, before, before + p / 2, Math.log(Math.max(p, floor)), e.median());
    }
}
