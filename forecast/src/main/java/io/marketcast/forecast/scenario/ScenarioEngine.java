package io.marketcast.forecast.scenario;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.profit.ProfitHistory;
import io.marketcast.forecast.profit.MarginFit;
import io.marketcast.forecast.profit.MarginMethod;
import io.marketcast.forecast.profit.ProfitSeries;
import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.share.AnalystShares;
import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.forecast.share.ShareSeries;
import io.marketcast.forecast.sim.Correlation;
import io.marketcast.forecast.sim.DerivedSeries;
import io.marketcast.forecast.sim.EventSpec;
import io.marketcast.forecast.sim.SimSeries;
import io.marketcast.forecast.sim.Simulation;
import io.marketcast.forecast.sim.SimulationResult;
import io.marketcast.forecast.sim.Simulator;
import io.marketcast.forecast.walk.LogRandomWalk;
import io.marketcast.forecast.walk.PooledDrift;
import io.marketcast.model.Dataset;
import io.marketcast.model.Metric;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Runs a {@link Scenario} on a {@link Dataset}: checks it against the data, gathers what it needs as of its quarter
 * ({@link ScenarioInputs}), fits each series with its method, simulates, and sets what actually happened beside the
 * results ({@link Actuals}). A library: no printing, no files.
 *
 * <pre>{@code
 * Scenario sc = Scenario.builder("mine", Quarter.parse("2020Q3"), Quarter.parse("2025Q4"))
 *         .series("aws", "alibaba-cloud").build();
 * ScenarioRun run = ScenarioEngine.run(sc, Dataset.embedded());
 * double p50 = run.result().series("aws").quantile(0.5, Quarter.parse("2025Q4"));
 * }</pre>
 */
public final class ScenarioEngine {

    /** Minimum quarters of overlapping residuals for a pairwise correlation estimate. */
    public static final int MIN_OVERLAP = 8;

    /** Quarters a series needs as of the scenario's quarter to be forecast at all. */
    public static final int MIN_HISTORY = 3;

    /**
     * Quarters a fit needs before its band can be trusted: two years, i.e. the 8 growth rates of the scenario
     * default's drift (and 5 residual degrees of freedom for a 3-parameter curve). A history of fewer is not fitted
     * by its method but by a drift pooled with the longer series of the data ({@link PooledDrift}), or refused when
     * there are none to pool with; the run carries a warning for it ({@link ScenarioRun#warnings()}) that every
     * table built on it shows.
     */
    public static final int THIN_HISTORY = 8;

    private ScenarioEngine() {
    }

    /**
     * How to run: which methods the names refer to, threads, progress.
     *
     * @param registry resolves method names (plugins included)
     * @param threads  worker threads, at least 1; results do not depend on it
     * @param progress told the number of paths finished so far (from worker threads)
     * @param margins  the margin model of profitability units ({@link MarginMethod#DEFAULT} unless asked)
     * @param fits     fits kept between runs, or null to fit every series afresh
     */
    public record Options(MethodRegistry registry, int threads, LongConsumer progress, MarginMethod margins,
            FitCache fits) {

        public Options {
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(margins, "margins");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }

        /** Options with the default margin model and no fit cache. */
        public Options(MethodRegistry registry, int threads, LongConsumer progress) {
            this(registry, threads, progress, MarginMethod.DEFAULT, null);
        }

        /** Options with a margin model and no fit cache. */
        public Options(MethodRegistry registry, int threads, LongConsumer progress, MarginMethod margins) {
            this(registry, threads, progress, margins, null);
        }

        public Options withMargins(MarginMethod m) {
            return new Options(registry, threads, progress, m, fits);
        }

        /** The standard registry, all cores, no progress. */
        public static Options defaults() {
            return new Options(Methods.registry(), Runtime.getRuntime().availableProcessors(), done -> { });
        }

        public Options withRegistry(MethodRegistry r) {
            return new Options(r, threads, progress, margins, fits);
        }

        public Options withThreads(int t) {
            return new Options(registry, t, progress, margins, fits);
        }

        public Options withProgress(LongConsumer p) {
            return new Options(registry, threads, p, margins, fits);
        }

        /** These options with fits kept in {@code cache} (a re-run that changes no fit input refits nothing). */
        public Options withFits(FitCache cache) {
            return new Options(registry, threads, progress, margins, Objects.requireNonNull(cache, "cache"));
        }
    }

    /** Runs with {@link Options#defaults()}. */
    public static ScenarioRun run(Scenario sc, Dataset data) {
        return run(sc, data, Options.defaults());
    }

    /**
     * Checks {@code sc} against {@code data}, then runs it.
     *
     * @throws ScenarioProblem for anything the data or the registry cannot support, naming the scenario key
     */
    public static ScenarioRun run(Scenario sc, Dataset data, Options options) {
        long start = System.nanoTime();
        Checked checked = checked(sc, data, options.registry());
        List<Method> methods = checked.methods();
        ScenarioInputs in = checked.inputs();

        List<SimSeries> sims = new ArrayList<>();
        Map<String, String> fits = new LinkedHashMap<>();
        Map<String, Fitted> models = new LinkedHashMap<>();
        Map<String, Series> histories = new LinkedHashMap<>(in.histories());
        Map<String, String> warnings = new LinkedHashMap<>();
        for (int i = 0; i < sc.series().size(); i++) {
            Scenario.SeriesSpec spec = sc.series().get(i);
            Series history = in.histories().get(spec.id());
            Quarter first = history.last().next();
            int horizon = first.until(sc.end()) + 1;
            double[] values = history.values();
            Fitted fitted;
            String method = methods.get(i).name();
            boolean thin = history.size() < THIN_HISTORY;
            try {
                fitted = thin ? pooled(in.known(), sc.asOf(), spec.id(), history, "series[" + i + "].id",
                        spec.label())
                        : fit(options, spec.id(), spec.method() + spec.capacity(), methods.get(i), values);
                sims.add(new SimSeries(spec.id(), fitted.paths(horizon), first, history.lastPoint().value(),
                        values));
            } catch (InsufficientDataException e) {
                throw new ScenarioProblem("series[" + i + "].method", "series " + spec.id() + " as of "
                        + sc.asOf() + ": " + e.getMessage());
            }
            models.put(spec.id(), fitted);
            warn(warnings, spec.id(), spec.label(), history, method, fitted);
            fits.put(spec.id(), (thin ? PooledDrift.NAME + " (instead of " + method + ")" : method) + " on "
                    + history.first() + ".." + history.last() + " (" + history.size() + " quarters): "
                    + fitted.summary());
        }
        List<DerivedSeries> derived = new ArrayList<>();
        if (in.analyst().isPresent()) {
            analystShares(sc, in.analyst().get(), sims, derived, fits);
        } else if (in.others().isPresent()) {
            Series others = in.others().get();
            histories.put(MarketHistory.OTHERS, others);
            Quarter first = others.last().next();
            Method m = options.registry().get(Methods.SCENARIO_DEFAULT);
            Fitted f;
            boolean thin = others.size() < THIN_HISTORY;
            try {
                f = thin ? pooled(in.known(), sc.asOf(), null, others, "analyses.share", "the rest of the market")
                        : fit(options, MarketHistory.OTHERS, m.name(), m, others.values());
                sims.add(new SimSeries(MarketHistory.OTHERS, f.paths(first.until(sc.end()) + 1), first,
                        others.lastPoint().value(), others.values()));
            } catch (InsufficientDataException e) {
                throw new ScenarioProblem("analyses.share", "the rest of the market as of " + sc.asOf() + ": "
                        + e.getMessage());
            }
            models.put(MarketHistory.OTHERS, f);
            warn(warnings, MarketHistory.OTHERS, "rest of market", others, m.name(), f);
            fits.put(MarketHistory.OTHERS, (thin ? PooledDrift.NAME + " (instead of " + m.name() + ")" : m.name())
                    + " on " + others.first() + ".." + others.last() + " ("
                    + others.size() + " quarters, " + (sc.market().hasRest() ? "the rest of the market, series "
                    + sc.market().rest() : sc.market().source() + " total less tracked revenue") + "): "
                    + f.summary());
            List<String> all = new ArrayList<>(histories.keySet());
            Quarter shareFirst = sc.asOf().next();
            for (String id : all) {
                derived.add(new ShareSeries(id, all, shareFirst));
            }
        }
        Correlation corr = extend(correlation(sc, histories), sims.size());
        Actuals actuals = new Actuals(data, sc);
        Map<String, ScenarioRun.Profit> profits = new LinkedHashMap<>();
        Map<String, Series> bases = new LinkedHashMap<>(histories);
        List<EventSpec> events = new ArrayList<>();
        for (int i = 0; i < sc.analyses().profitability().size(); i++) {
            String unit = sc.analyses().profitability().get(i);
            ProfitHistory ph = in.profits().get(unit);
            MarginFit pm;
            try {
                pm = MarginFit.fit(ph, options.margins());
            } catch (InsufficientDataException e) {
                throw new ScenarioProblem("analyses.profitability[" + i + "]", "profitability of " + unit
                        + " as of " + sc.asOf() + ": " + e.getMessage());
            }
            profits.put(unit, new ScenarioRun.Profit(ph, pm, actuals.firstProfit(unit)));
            Series knownIncome = in.known().income(unit);
            bases.put(ProfitSeries.incomeId(unit), knownIncome);
            bases.put(ProfitSeries.marginId(unit), knownIncome);
            histories.put(ProfitSeries.incomeId(unit), in.income().get(unit));
            histories.put(ProfitSeries.marginId(unit), in.margin().get(unit));
            ProfitSeries income = new ProfitSeries(unit, pm, sc.asOf().next(), sc.asOf(), sc.shocks());
            derived.add(income);
            derived.add(income.marginSeries());
            // a first-profit distribution starts after the as-of quarter, even where the paths bridge earlier ones
            events.add(EventSpec.atLeast(ScenarioRun.profitableEvent(unit), ProfitSeries.incomeId(unit), 0,
                    sc.asOf().next()));
            for (double mg : sc.analyses().margins()) {
                events.add(EventSpec.atLeast(ScenarioRun.marginEvent(unit, mg), ProfitSeries.marginId(unit), mg,
                        sc.asOf().next()));
            }
        }
        for (List<String> pair : sc.analyses().crossover()) {
            events.add(EventSpec.atLeastOther(ScenarioRun.crossoverEvent(pair.get(0), pair.get(1)), pair.get(0),
                    pair.get(1)));
        }
        for (Scenario.Threshold t : sc.analyses().thresholds()) {
            events.add(EventSpec.atLeast(ScenarioRun.thresholdEvent(t.series(), t.value()), t.series(),
                    t.value()));
        }
        Simulation sim = new Simulation(sims, derived, sc.shocks(), corr, events, sc.end(), sc.paths(), sc.seed(),
                options.threads(), Simulation.DEFAULT_BLOCK_SIZE);
        SimulationResult result = Simulator.run(sim, options.progress());
        List<ScenarioRun.Weighted> guided = new ArrayList<>();
        for (Scenario.Guidance g : sc.guidance()) {
            guided.add(new ScenarioRun.Weighted(g, result.reweighted(ScenarioRun.profitableEvent(g.series()),
                    g.profitableBy(), g.weight()), "with guidance \"profitable by " + g.profitableBy() + "\""
                    + (g.source().isEmpty() ? "" : " (" + g.source() + ")") + ", weight "
                    + ScenarioRun.number(g.weight())));
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new ScenarioRun(sc, result, fits, models, histories, actuals.all(), corr, bases, profits,
                options.threads(), wall, guided, warnings);
    }

    /** A quarterly fit, through the options' cache when they have one. */
    private static Fitted fit(Options options, String id, String methodKey, Method m, double[] values) {
        return options.fits() == null ? m.fit(values, 4) : options.fits().fit(id, methodKey, m, values, 4);
    }

    /**
     * The drift of a history of fewer than {@value #THIN_HISTORY} quarters pooled with every other revenue series
     * known as of {@code asOf} that has {@value PooledDrift#WINDOW} recent growth rates on one definition (the last
     * within a year of {@code asOf}), as {@link PooledDrift} describes.
     *
     * @param exclude the series' own slug (left out of its pool), or null for a derived series
     * @throws ScenarioProblem at {@code key} when fewer than {@value PooledDrift#MIN_POOL} series can be pooled
     */
    static PooledDrift.Fit pooled(Dataset known, Quarter asOf, String exclude, Series history, String key,
            String label) {
        List<PooledDrift.Member> members = new ArrayList<>();
        for (Series s : known.series()) {
            if (s.metric() != Metric.REVENUE || s.slug().equals(exclude)) {
                continue;
            }
            Series stretch = s.comparableStretch(asOf);
            if (!stretch.isEmpty() && stretch.last().until(asOf) <= 4) {
                PooledDrift.Member.of(s.slug(), stretch.values()).ifPresent(members::add);
            }
        }
        if (members.size() < PooledDrift.MIN_POOL) {
            throw new ScenarioProblem(key, label + " as of " + asOf + " has " + history.size() + " quarters ("
                    + history.first() + ".." + history.last() + "), fewer than the " + THIN_HISTORY + " a trend and"
                    + " its noise need, and the data as of then have " + members.size() + " other revenue series"
                    + " with " + (PooledDrift.WINDOW + 1) + " recent quarters to pool it with (at least "
                    + PooledDrift.MIN_POOL + " are needed): refused rather than forecast on "
                    + (history.size() - 1) + " growth rates; choose a later as-of quarter or add longer series to the data");
        }
        return PooledDrift.fit(history.values(), 4, PooledDrift.Pool.of(members));
    }

    /**
     * Records what a user must know about a fit before trusting its band: that it was pooled because its history
     * was thin, or the cautions of its method (parameters the data do not identify).
     */
    private static void warn(Map<String, String> warnings, String id, String label, Series history, String method,
            Fitted fitted) {
        if (fitted instanceof PooledDrift.Fit p) {
            warnings.put(id, String.format(Locale.ROOT, "thin fit: %s has %d quarters (%s..%s), fewer than the %d"
                    + " %s needs for identified parameters; fitted instead by a drift pooled with %d longer series"
                    + " (docs/methods.md, \"Thin fits\"): drift %.1f%% ± %.1f%%/quarter against its own %.1f%% on %d"
                    + " growth rates, volatility %.1f%% against its own %.1f%% — a wider band than its own growth"
                    + " rates give, still to be read with care", label, history.size(), history.first(),
                    history.last(), THIN_HISTORY, method, p.pool().members().size(), 100 * p.drift(),
                    100 * p.driftStdError(), 100 * p.ownDrift(), history.size() - 1, 100 * p.volatility(),
                    100 * p.ownVolatility()));
        } else if (!fitted.cautions().isEmpty()) {
            warnings.put(id, "weakly identified: " + label + " (" + method + " on " + history.size() + " quarters): "
                    + String.join("; ", fitted.cautions()) + " — read its band with care");
        }
    }

    /** The methods of a checked scenario and the inputs it takes from the data. */
    private record Checked(List<Method> methods, ScenarioInputs inputs) {
    }

    /**
     * Checks what the data and the registry must support: an as-of quarter within the data, series that exist
     * with at least {@value #MIN_HISTORY} values known as of it, methods that exist (and take a capacity where one
     * is given), units with a profit series, a market source (or rest series) in the data, exchange rates for every
     * value that must be converted to the scenario's currency, and enough market data for shares.
     *
     * @return the method of each series, in order
     * @throws ScenarioProblem for the first problem, naming the key
     */
    public static List<Method> check(Scenario sc, Dataset data, MethodRegistry registry) {
        return checked(sc, data, registry).methods();
    }

    private static Checked checked(Scenario sc, Dataset data, MethodRegistry registry) {
        checkAsOf(sc.asOf(), data);
        List<Method> out = new ArrayList<>();
        for (int i = 0; i < sc.series().size(); i++) {
            Scenario.SeriesSpec s = sc.series().get(i);
            String key = "series[" + i + "]";
            Series revenue;
            try {
                revenue = data.series(s.id(), Metric.REVENUE);
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem(key + ".id", e.getMessage());
            }
            int known = revenue.asOf(sc.asOf()).size();
            if (known < MIN_HISTORY) {
                throw new ScenarioProblem(key + ".id", "series " + s.id() + " has " + known + " values known as of "
                        + sc.asOf() + " (at least " + MIN_HISTORY + " are needed to forecast)");
            }
            Method m;
            try {
                m = registry.get(s.method());
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem(key + ".method", e.getMessage());
            }
            for (Point pt : revenue.comparableStretch(sc.asOf()).points()) {
                if (!(pt.value() > 0)) {
                    throw new ScenarioProblem(key + ".id", "series " + s.id() + " has a revenue of " + pt.value()
                            + " in " + pt.quarter() + "; revenue paths are simulated in logs and need every value of the"
                            + " history they are fitted to (the comparable stretch to " + sc.asOf() + ") to be positive");
                }
            }
            if (s.capacity().isPresent()) {
                double k = s.capacity().getAsDouble();
                double top = java.util.Arrays.stream(revenue.asOf(sc.asOf()).values()).max().orElse(0);
                if (revenue.currency().code().equals(sc.currency()) && k <= top) {
                    throw new ScenarioProblem(key + ".capacity", "capacity " + k + " is not above the largest value"
                            + " already observed, " + top + " (" + revenue.currency().code() + " millions): a"
                            + " saturation level must lie above the data");
                }
                Method base = m;
                m = m.withCapacity(k).orElseThrow(() -> new ScenarioProblem(key + ".capacity", "method "
                        + base.name() + " has no capacity; methods that take one: "
                        + String.join(", ", io.marketcast.forecast.growth.Curves.withCapacity())
                        + " and combinations with one of them (e.g. gompertz-or-drift8)"));
            }
            out.add(m);
        }
        for (int i = 0; i < sc.analyses().profitability().size(); i++) {
            String id = sc.analyses().profitability().get(i);
            try {
                data.income(id);
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem("analyses.profitability[" + i + "]", id + " has no operating income or"
                        + " adjusted EBITA in the data");
            }
        }
        if (sc.analyses().share() && sc.market().basis() == Scenario.MarketBasis.REVENUE) {
            Scenario.Market m = sc.market();
            if (m.hasRest()) {
                Series rest;
                try {
                    rest = data.series(m.rest(), Metric.REVENUE);
                } catch (IllegalArgumentException e) {
                    throw new ScenarioProblem("market.rest", e.getMessage());
                }
                int known = rest.asOf(sc.asOf()).size();
                if (known < MIN_HISTORY) {
                    throw new ScenarioProblem("market.rest", "series " + m.rest() + " has " + known + " values known"
                            + " as of " + sc.asOf() + " (at least " + MIN_HISTORY + " are needed to forecast)");
                }
            } else if (!data.marketSources().contains(m.source())) {
                throw new ScenarioProblem("market.source", "'" + m.source() + "' has no market total in the data"
                        + (data.marketSources().isEmpty() ? " (the data has no market totals: give a market file, or"
                        + " a rest-of-market series)" : "; sources: " + String.join(", ", data.marketSources())));
            }
        }
        return new Checked(out, ScenarioInputs.gather(sc, data));
    }

    /**
     * Checks that {@code asOf} is within the data.
     *
     * @throws ScenarioProblem (key {@code as_of}) when the data end before it
     */
    public static void checkAsOf(Quarter asOf, Dataset data) {
        Quarter last = data.lastQuarter();
        if (asOf.isAfter(last)) {
            throw new ScenarioProblem("as_of", "as_of " + asOf + " is beyond the data, which ends at " + last);
        }
    }

    /**
     * The correlation of the scenario's series: given (equal or a matrix, over the scenario's series), or estimated
     * from the log-growth residuals of every fitted revenue history (the rest of the market included, on the
     * revenue basis).
     */
    private static Correlation correlation(Scenario sc, Map<String, Series> histories) {
        Scenario.CorrelationSpec c = sc.correlation();
        if (c instanceof Scenario.Equal e) {
            return Correlation.equal(sc.series().size(), e.rho());
        }
        if (c instanceof Scenario.Matrix m) {
            return Correlation.of(m.matrix());
        }
        return Correlation.estimate(residuals(histories, sc.asOf()), MIN_OVERLAP);
    }

    /** {@code c} for the first rows, independent innovations for the rows after them (e.g. analyst share ratios). */
    static Correlation extend(Correlation c, int size) {
        if (c.size() == size) {
            return c;
        }
        double[][] m = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                m[i][j] = i < c.size() && j < c.size() ? c.get(i, j) : (i == j ? 1 : 0);
            }
        }
        return Correlation.of(m);
    }

    /**
     * Shares on the analyst basis: one simulated log-ratio walk per tracked series against the rest of the market
     * (whose ratio to itself is 1), and shares as ratio over the sum ({@link AnalystShares}).
     */
    private static void analystShares(Scenario sc, AnalystShares.Fitted f, List<SimSeries> sims,
            List<DerivedSeries> derived, Map<String, String> fits) {
        List<String> ids = sc.ids();
        Quarter first = f.last().next();
        int horizon = first.until(sc.end()) + 1;
        List<String> rows = new ArrayList<>();
        for (String id : ids) {
            LogRandomWalk.Process walk = f.walks().get(id);
            double[] x = f.history().get(id);
            double[] known1 = Arrays.stream(x).map(Math::exp).toArray();
            sims.add(new SimSeries(AnalystShares.RATIO + id, walk.paths(horizon), first, walk.last(),
                    pad(known1, first, sims)));
            rows.add(AnalystShares.RATIO + id);
            fits.put(AnalystShares.RATIO + id, String.format(Locale.ROOT,
                    "analyst share ratio to the rest of the market, %s, %d quarters %s..%s: log-ratio drift %.3f/q,"
                    + " sigma %.3f", sc.market().source(), f.quarters().size(), f.quarters().get(0), f.last(),
                    walk.mu(), walk.sigma()));
        }
        String rest = AnalystShares.RATIO + MarketHistory.OTHERS;
        sims.add(new SimSeries(rest, AnalystShares.one(horizon), first, 1.0, pad(new double[] {1.0}, first, sims)));
        rows.add(rest);
        Quarter shareFirst = sc.asOf().next();
        for (String id : ids) {
            derived.add(new ShareSeries(ShareSeries.id(id), AnalystShares.RATIO + id, rows, shareFirst));
        }
        derived.add(new ShareSeries(ShareSeries.id(MarketHistory.OTHERS), rest, rows, shareFirst));
    }

    /**
     * Values for the grid quarters before {@code first}: the ratio's last known value carried back as far as any
     * other simulated series starts earlier (such quarters only feed shares of quarters before the as-of view ends).
     */
    private static double[] pad(double[] known, Quarter first, List<SimSeries> others) {
        int before = others.stream().mapToInt(s -> s.first().until(first)).max().orElse(0);
        if (before <= known.length) {
            return known;
        }
        double[] out = new double[before];
        Arrays.fill(out, known[known.length - 1]);
        System.arraycopy(known, 0, out, before - known.length, known.length);
        return out;
    }

    /** Quarterly log-growth residuals (minus each series' mean), rows = quarters, NaN where a series has none. */
    static double[][] residuals(Map<String, Series> histories, Quarter asOf) {
        List<Series> list = new ArrayList<>(histories.values());
        Quarter first = list.stream().map(Series::first).min(Quarter::compareTo).orElse(asOf);
        List<Quarter> quarters = Quarter.range(first.next(), asOf);
        double[][] rows = new double[quarters.size()][list.size()];
        for (int j = 0; j < list.size(); j++) {
            Series s = list.get(j);
            double sum = 0;
            int count = 0;
            double[] g = new double[quarters.size()];
            for (int i = 0; i < quarters.size(); i++) {
                Quarter q = quarters.get(i);
                if (s.valueAt(q).isPresent() && s.valueAt(q.previous()).isPresent()) {
                    g[i] = Math.log(s.valueAt(q).getAsDouble() / s.valueAt(q.previous()).getAsDouble());
                    sum += g[i];
                    count++;
                } else {
                    g[i] = Double.NaN;
                }
            }
            double mean = count == 0 ? 0 : sum / count;
            for (int i = 0; i < quarters.size(); i++) {
                rows[i][j] = Double.isNaN(g[i]) ? Double.NaN : g[i] - mean;
            }
        }
        return rows;
    }
}
