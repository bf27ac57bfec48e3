package io.marketcast.cli.scenario;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.profit.ProfitHistory;
import io.marketcast.forecast.profit.ProfitModel;
import io.marketcast.forecast.profit.ProfitSeries;
import io.marketcast.forecast.share.AnalystShares;
import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.forecast.share.ShareSeries;
import io.marketcast.forecast.sim.DerivedSeries;
import io.marketcast.forecast.sim.Correlation;
import io.marketcast.forecast.sim.EventSpec;
import io.marketcast.forecast.sim.PathMethod;
import io.marketcast.forecast.sim.PathMethods;
import io.marketcast.forecast.sim.SimSeries;
import io.marketcast.forecast.sim.Simulation;
import io.marketcast.forecast.sim.SimulationResult;
import io.marketcast.forecast.sim.Simulator;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Turns a {@link Scenario} into a {@link Simulation} on the data known as of its quarter, runs it, and pairs the
 * results with what actually happened (from the full data).
 */
public final class ScenarioRunner {

    /** Minimum quarters of overlapping residuals for a pairwise correlation estimate. */
    static final int MIN_OVERLAP = 8;

    private ScenarioRunner() {
    }

    /**
     * What a run produced.
     *
     * @param scenario    the scenario, defaults filled in
     * @param result      quantiles and event probabilities
     * @param fits        per series id: method and fitted parameters, one line
     * @param histories   per series id: the fitted history (as of, USD, comparable stretch)
     * @param actuals     per series id: every value in the full data (USD), for comparison
     * @param correlation the correlation used
     * @param bases       per result id: the known series whose definition basis its actuals are compared with
     * @param profits     per profitability unit: its history and the fitted profit models (best first)
     * @param threads     worker threads used
     * @param wallMillis  wall time of fitting and simulation
     */
    public record Run(Scenario scenario, SimulationResult result, Map<String, String> fits,
            Map<String, Series> histories, Map<String, Series> actuals, Correlation correlation,
            Map<String, Series> bases, Map<String, Profit> profits, int threads, long wallMillis) {
    }

    /**
     * A unit's profit history as of the scenario, its fitted models (best AICc first), and what happened: the first
     * quarter after the as-of quarter with non-negative income in the full data, if any.
     */
    public record Profit(ProfitHistory history, List<ProfitModel> models, java.util.Optional<Point> actualFirst) {
    }

    /** Event name of "unit is profitable (income ≥ 0)". */
    public static String profitableEvent(String unit) {
        return "profitable:" + unit;
    }

    /** Event name of "unit's margin ≥ m%". */
    public static String marginEvent(String unit, double m) {
        return "margin>=" + fmt(m) + "%:" + unit;
    }

    public static Run run(Scenario sc, Dataset data, int threads, LongConsumer progress) {
        long start = System.nanoTime();
        Dataset known = data.asOf(sc.asOf());
        List<SimSeries> sims = new ArrayList<>();
        Map<String, String> fits = new LinkedHashMap<>();
        Map<String, Series> histories = new LinkedHashMap<>();
        Map<String, Series> actuals = new LinkedHashMap<>();
        for (Scenario.SeriesSpec spec : sc.series()) {
            Series history = known.inUsd(known.revenue(spec.id()).comparableStretch(sc.asOf()));
            if (spec.window() > 0 && history.size() > spec.window()) {
                history = history.withPoints(history.points().subList(history.size() - spec.window(),
                        history.size()));
            }
            histories.put(spec.id(), history);
            actuals.put(spec.id(), actual(data, spec.id()));
            Quarter first = history.last().next();
            int horizon = first.until(sc.end()) + 1;
            double[] values = history.values();
            PathMethod.Fitted fitted;
            try {
                fitted = spec.growth().isEmpty()
                        ? PathMethods.get(spec.method()).fit(values, horizon, spec.capacity())
                        : PathMethods.fixedGrowth(values, horizon,
                                spec.growth().stream().mapToDouble(Double::doubleValue).toArray());
            } catch (InsufficientDataException e) {
                throw new InsufficientDataException("series " + spec.id() + " as of " + sc.asOf() + ": "
                        + e.getMessage());
            }
            fits.put(spec.id(), (spec.growth().isEmpty() ? spec.method() : "fixed growth") + " on "
                    + history.first() + ".." + history.last() + " (" + history.size() + " quarters): "
                    + fitted.summary());
            sims.add(new SimSeries(spec.id(), fitted.model(), first, history.lastPoint().value(), values));
        }
        List<DerivedSeries> derived = new ArrayList<>();
        if (sc.analyses().share() && sc.market().basis().equals("analyst")) {
            analystShares(sc, known, data, sims, derived, fits, actuals);
        } else if (sc.analyses().share()) {
            Map<String, Series> trackedUsd = new LinkedHashMap<>();
            for (Scenario.SeriesSpec spec : sc.series()) {
                trackedUsd.put(spec.id(), known.inUsd(known.revenue(spec.id())));
            }
            Series others = MarketHistory.others(known, trackedUsd, sc.market().source());
            histories.put(MarketHistory.OTHERS, others);
            actuals.put(MarketHistory.OTHERS, othersActual(data, sc));
            Quarter first = others.last().next();
            PathMethod.Fitted f = PathMethods.get(PathMethods.AUTO).fit(others.values(), first.until(sc.end()) + 1,
                    java.util.OptionalDouble.empty());
            fits.put(MarketHistory.OTHERS, "auto on " + others.first() + ".." + others.last() + " ("
                    + others.size() + " quarters, " + sc.market().source() + " total less tracked revenue): "
                    + f.summary());
            sims.add(new SimSeries(MarketHistory.OTHERS, f.model(), first, others.lastPoint().value(),
                    others.values()));
            List<String> all = new ArrayList<>(histories.keySet());
            Quarter shareFirst = sc.asOf().next();
            for (String id : all) {
                derived.add(new ShareSeries(id, all, shareFirst));
            }
        }
        Map<String, Profit> profits = new LinkedHashMap<>();
        Map<String, Series> bases = new LinkedHashMap<>(histories);
        List<EventSpec> events = new ArrayList<>();
        for (String unit : sc.analyses().profitability()) {
            ProfitHistory ph = ProfitHistory.of(data, unit, sc.asOf());
            List<ProfitModel> models;
            try {
                models = ProfitModel.fitAll(ph.observations());
            } catch (InsufficientDataException e) {
                throw new InsufficientDataException("profitability of " + unit + " as of " + sc.asOf() + ": "
                        + e.getMessage());
            }
            java.util.Optional<Point> actualFirst = data.income(unit).points().stream()
                    .filter(p -> p.quarter().isAfter(sc.asOf()) && p.value() >= 0).findFirst();
            profits.put(unit, new Profit(ph, models, actualFirst));
            Series knownIncome = known.income(unit);
            bases.put(ProfitSeries.incomeId(unit), knownIncome);
            bases.put(ProfitSeries.marginId(unit), knownIncome);
            ProfitSeries income = new ProfitSeries(unit, models.get(0), sc.asOf().next(), sc.asOf(), sc.shocks());
            derived.add(income);
            derived.add(income.marginSeries());
            events.add(EventSpec.atLeast(profitableEvent(unit), ProfitSeries.incomeId(unit), 0));
            for (double m : sc.analyses().margins()) {
                events.add(EventSpec.atLeast(marginEvent(unit, m), ProfitSeries.marginId(unit), m));
            }
            actuals.put(ProfitSeries.incomeId(unit), incomeActual(data, unit));
            actuals.put(ProfitSeries.marginId(unit), marginActual(data, unit));
        }
        if (sc.analyses().share() && sc.market().basis().equals("revenue")) {
            for (String id : new ArrayList<>(histories.keySet())) {
                actuals.put(ShareSeries.id(id), shareActual(data, sc, id));
            }
        }
        Correlation corr = extend(correlation(sc, histories), sims.size());
        for (List<String> pair : sc.analyses().crossover()) {
            events.add(EventSpec.atLeastOther(crossoverName(pair.get(0), pair.get(1)), pair.get(0), pair.get(1)));
        }
        for (Scenario.Threshold t : sc.analyses().thresholds()) {
            events.add(EventSpec.atLeast(t.series() + ">=" + fmt(t.value()), t.series(), t.value()));
        }
        Simulation sim = new Simulation(sims, derived, sc.shocks(), corr, events, sc.end(), sc.paths(), sc.seed(),
                threads, Simulation.DEFAULT_BLOCK_SIZE);
        SimulationResult result = Simulator.run(sim, progress);
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new Run(sc, result, fits, histories, actuals, corr, bases, profits, threads, wall);
    }

    static String crossoverName(String challenger, String leader) {
        return challenger + ">=" + leader;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Revenue in USD over all the data, for the "actual" column. */
    private static Series actual(Dataset data, String id) {
        return usd(data, data.revenue(id));
    }

    /** A series in USD; CNY quarters without an FX rate are left out. */
    private static Series usd(Dataset data, Series s) {
        if (s.currency() == io.marketcast.model.Currency.USD) {
            return s;
        }
        return data.inUsd(s.withPoints(s.points().stream()
                .filter(p -> data.fx().rates().containsKey(p.quarter())).toList()));
    }

    /** Income in USD over all the data. */
    private static Series incomeActual(Dataset data, String unit) {
        return usd(data, data.income(unit));
    }

    /** Margin in percent where the data has both income and revenue. */
    private static Series marginActual(Dataset data, String unit) {
        Series inc = data.income(unit);
        Series rev = data.revenue(unit);
        List<Point> pts = inc.points().stream().filter(p -> rev.valueAt(p.quarter()).isPresent())
                .map(p -> p.withValue(100 * p.value() / rev.valueAt(p.quarter()).getAsDouble())).toList();
        return inc.withPoints(pts);
    }

    /** Share on the revenue basis: revenue over the analyst's market total, where both are known. */
    private static Series shareActual(Dataset data, Scenario sc, String id) {
        Series total = data.revenue("market-" + sc.market().source());
        Series rev = id.equals(MarketHistory.OTHERS) ? othersActual(data, sc) : actual(data, id);
        List<Point> pts = rev.points().stream().filter(p -> total.valueAt(p.quarter()).isPresent())
                .map(p -> p.withValue(100 * p.value() / (1000 * total.valueAt(p.quarter()).getAsDouble())))
                .toList();
        return rev.withPoints(pts);
    }

    /** The rest of the market over all the data (quarters where every tracked revenue and the total are known). */
    private static Series othersActual(Dataset data, Scenario sc) {
        Map<String, Series> tracked = new LinkedHashMap<>();
        for (Scenario.SeriesSpec spec : sc.series()) {
            tracked.put(spec.id(), actual(data, spec.id()));
        }
        Series total = data.revenue("market-" + sc.market().source());
        return total.withPoints(MarketHistory.rest(total, tracked));
    }

    /**
     * The correlation of the scenario's series: given (equal or a matrix, over the scenario's series), or estimated
     * from the log-growth residuals of every fitted history (the rest of the market included, on the revenue basis).
     */
    private static Correlation correlation(Scenario sc, Map<String, Series> histories) {
        return switch (sc.correlation().mode()) {
            case "equal" -> Correlation.equal(sc.series().size(), sc.correlation().rho());
            case "matrix" -> Correlation.of(sc.correlation().matrix());
            default -> Correlation.estimate(residuals(histories, sc.asOf()), MIN_OVERLAP);
        };
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
    private static void analystShares(Scenario sc, Dataset known, Dataset data, List<SimSeries> sims,
            List<DerivedSeries> derived, Map<String, String> fits, Map<String, Series> actuals) {
        List<String> ids = sc.series().stream().map(Scenario.SeriesSpec::id).toList();
        AnalystShares.Fitted f = AnalystShares.fit(known, ids, sc.market().source());
        Quarter first = f.last().next();
        int horizon = first.until(sc.end()) + 1;
        List<String> rows = new ArrayList<>();
        for (String id : ids) {
            var walk = f.walks().get(id);
            double[] x = f.history().get(id);
            double[] known1 = java.util.Arrays.stream(x).map(Math::exp).toArray();
            sims.add(new SimSeries(AnalystShares.RATIO + id, walk.paths(horizon), first, walk.last(),
                    pad(known1, first, sims)));
            rows.add(AnalystShares.RATIO + id);
            fits.put(AnalystShares.RATIO + id, String.format(java.util.Locale.ROOT,
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
            actuals.put(ShareSeries.id(id), analystActual(data, sc.market().source(), ids, id));
        }
        derived.add(new ShareSeries(ShareSeries.id(MarketHistory.OTHERS), rest, rows, shareFirst));
        actuals.put(ShareSeries.id(MarketHistory.OTHERS), analystActual(data, sc.market().source(), ids, null));
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
        java.util.Arrays.fill(out, known[known.length - 1]);
        System.arraycopy(known, 0, out, before - known.length, known.length);
        return out;
    }

    /** An analyst's published share (percent); {@code id == null}: the rest of the market, where all are known. */
    private static Series analystActual(Dataset data, String source, List<String> ids, String id) {
        if (id != null) {
            return data.revenue("share-" + source + "-" + AnalystShares.vendor(id));
        }
        List<Series> all = ids.stream().map(i -> data.revenue("share-" + source + "-" + AnalystShares.vendor(i)))
                .toList();
        List<Point> pts = new ArrayList<>();
        for (Point p : all.get(0).points()) {
            double sum = 0;
            boolean every = true;
            for (Series s : all) {
                if (s.valueAt(p.quarter()).isEmpty()) {
                    every = false;
                    break;
                }
                sum += s.valueAt(p.quarter()).getAsDouble();
            }
            if (every) {
                pts.add(p.withValue(100 - sum));
            }
        }
        return all.get(0).withPoints(pts);
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
