package io.marketcast.forecast.scenario;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.profit.MarginFit;
import io.marketcast.forecast.profit.ProfitHistory;
import io.marketcast.forecast.profit.ProfitModel;
import io.marketcast.forecast.sim.Correlation;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SimulationResult;
import io.marketcast.model.Point;
import io.marketcast.model.Series;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scenario run produced: the results, the fits behind them, what the fits saw, and what happened.
 *
 * @param scenario    the scenario
 * @param result      quantiles per series and quarter, event probabilities
 * @param fits        per simulated id: method, history span and the fit in one line
 * @param models      per forecast series (and the rest of the market): the fitted model
 * @param histories   per id: the history the fit saw (as of, scenario currency, comparable stretch, window); for
 *                    profitability units also their income ({@code income:UNIT}) and margin ({@code margin:UNIT}) as
 *                    known then
 * @param actuals     per result id: every value in the full data (scenario currency; percent for shares and margins)
 * @param correlation the correlation used
 * @param bases       per result id: the known series whose definition basis its actuals are compared with
 * @param profits     per profitability unit: its history, fitted profit models (best first) and what happened
 * @param threads     worker threads used
 * @param wallMillis  wall time of fitting and simulation
 * @param guided      per guidance of the scenario: every event's probabilities with the paths reweighted by it
 * @param warnings    per simulated id whose fit saw too little history: why its band is not to be trusted
 *                    ({@link ScenarioEngine#THIN_HISTORY}); empty when every fit had enough
 */
public record ScenarioRun(Scenario scenario, SimulationResult result, Map<String, String> fits,
        Map<String, Fitted> models, Map<String, Series> histories, Map<String, Series> actuals,
        Correlation correlation, Map<String, Series> bases, Map<String, Profit> profits, int threads,
        long wallMillis, List<Weighted> guided, Map<String, String> warnings) {

    /**
     * The events of a run with its paths reweighted by one guidance ({@link Scenario.Guidance}).
     *
     * @param guidance what was said
     * @param events   every event's probabilities with the consistent paths weighted by the guidance's weight
     * @param words    the guidance in words, e.g. {@code with guidance "profitable by 2021Q1" (CFO, Nov 2020), weight 4}
     */
    public record Weighted(Scenario.Guidance guidance, List<EventResult> events, String words) {
        public Weighted {
            events = List.copyOf(events);
        }

        /** The reweighted probabilities of one event. */
        public EventResult event(String name) {
            return events.stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no event '" + name + "'"));
        }
    }

    public ScenarioRun {
        fits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fits));
        models = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(models));
        histories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(histories));
        actuals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actuals));
        bases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bases));
        profits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(profits));
        guided = guided == null ? List.of() : List.copyOf(guided);
        warnings = warnings == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(warnings));
    }

    /**
     * The warning that applies to result id {@code id}: its own fit's, or for a share, the warnings of every fit the
     * shares are built on, or for a unit's income and margin, its revenue fit's; empty when none.
     */
    public java.util.Optional<String> warning(String id) {
        if (warnings.containsKey(id)) {
            return java.util.Optional.of(warnings.get(id));
        }
        if (id.startsWith("share:") && !warnings.isEmpty()) {
            return java.util.Optional.of("shares are built on every simulated series: " + String.join("; ",
                    warnings.values()));
        }
        int colon = id.indexOf(':');
        if (colon > 0 && warnings.containsKey(id.substring(colon + 1))) {
            return java.util.Optional.of(warnings.get(id.substring(colon + 1)));
        }
        return java.util.Optional.empty();
    }

    /**
     * A unit's profit history as of the scenario, its margin fit (the models that simulate it, others for
     * comparison, warnings), and what happened: the first quarter after the as-of quarter with non-negative income
     * in the full data, if any.
     */
    public record Profit(ProfitHistory history, MarginFit fit, Optional<Point> actualFirst) {

        /** The fitted models: those that simulate the paths first, then the others. */
        public List<ProfitModel> models() {
            return fit.models();
        }
    }

    /** Event name of "unit is profitable (income ≥ 0)". */
    public static String profitableEvent(String unit) {
        return "profitable:" + unit;
    }

    /** Event name of "unit's margin ≥ m%". */
    public static String marginEvent(String unit, double m) {
        return "margin>=" + number(m) + "%:" + unit;
    }

    /** Event name of "challenger's revenue ≥ leader's". */
    public static String crossoverEvent(String challenger, String leader) {
        return challenger + ">=" + leader;
    }

    /** Event name of "series ≥ value". */
    public static String thresholdEvent(String series, double value) {
        return series + ">=" + number(value);
    }

    static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
