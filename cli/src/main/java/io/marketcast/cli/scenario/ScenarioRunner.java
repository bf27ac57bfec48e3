package io.marketcast.cli.scenario;

import io.marketcast.forecast.InsufficientDataException;
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
     * @param threads     worker threads used
     * @param wallMillis  wall time of fitting and simulation
     */
    public record Run(Scenario scenario, SimulationResult result, Map<String, String> fits,
            Map<String, Series> histories, Map<String, Series> actuals, Correlation correlation, int threads,
            long wallMillis) {
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
        Correlation corr = correlation(sc, histories);
        List<EventSpec> events = new ArrayList<>();
        for (List<String> pair : sc.analyses().crossover()) {
            events.add(EventSpec.atLeastOther(crossoverName(pair.get(0), pair.get(1)), pair.get(0), pair.get(1)));
        }
        for (Scenario.Threshold t : sc.analyses().thresholds()) {
            events.add(EventSpec.atLeast(t.series() + ">=" + fmt(t.value()), t.series(), t.value()));
        }
        Simulation sim = new Simulation(sims, List.of(), sc.shocks(), corr, events, sc.end(), sc.paths(), sc.seed(),
                threads, Simulation.DEFAULT_BLOCK_SIZE);
        SimulationResult result = Simulator.run(sim, progress);
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new Run(sc, result, fits, histories, actuals, corr, threads, wall);
    }

    static String crossoverName(String challenger, String leader) {
        return challenger + ">=" + leader;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Revenue in USD over all the data, for the "actual" column; FX-less quarters are left out. */
    private static Series actual(Dataset data, String id) {
        Series s = data.revenue(id);
        if (s.currency() == io.marketcast.model.Currency.USD) {
            return s;
        }
        List<Point> convertible = s.points().stream()
                .filter(p -> data.fx().rates().containsKey(p.quarter())).toList();
        return data.inUsd(s.withPoints(convertible));
    }

    private static Correlation correlation(Scenario sc, Map<String, Series> histories) {
        int n = histories.size();
        return switch (sc.correlation().mode()) {
            case "equal" -> Correlation.equal(n, sc.correlation().rho());
            case "matrix" -> Correlation.of(sc.correlation().matrix());
            default -> Correlation.estimate(residuals(histories, sc.asOf()), MIN_OVERLAP);
        };
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
