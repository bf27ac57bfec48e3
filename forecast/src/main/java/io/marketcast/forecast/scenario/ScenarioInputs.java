package io.marketcast.forecast.scenario;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.profit.ProfitHistory;
import io.marketcast.forecast.share.AnalystShares;
import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.MissingRateException;
import io.marketcast.model.Point;
import io.marketcast.model.Series;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a scenario takes from the data, gathered once from its as-of view and in its currency: the history
 * each series is fitted on, the rest of the market or the analyst's shares, and each profitability unit's history.
 * Nothing here looks past the as-of quarter (tested); what happened later is {@link Actuals}' business. A value the
 * scenario needs in another currency is converted at the quarterly average rate of its quarter; a missing rate is a
 * {@link ScenarioProblem} naming the key, the currencies and the quarter.
 *
 * @param known      the dataset as known at the end of the as-of quarter
 * @param histories  per scenario series: the history to fit (scenario currency, comparable stretch, the series'
 *                   window)
 * @param others     the rest of the market on the revenue basis, when shares are asked for on it: a source's total
 *                   less the tracked revenue, or the market's explicit rest series
 * @param analyst    the analyst-share walks, when shares are asked for on the analyst basis
 * @param profits    per profitability unit: its profit history
 * @param income     per profitability unit: its known income in the scenario currency
 * @param margin     per profitability unit: its known margin in percent
 */
record ScenarioInputs(Dataset known, Map<String, Series> histories, Optional<Series> others,
        Optional<AnalystShares.Fitted> analyst, Map<String, ProfitHistory> profits, Map<String, Series> income,
        Map<String, Series> margin) {

    static ScenarioInputs gather(Scenario sc, Dataset data) {
        Dataset known = data.asOf(sc.asOf());
        Currency cur = sc.money();
        Map<String, Series> histories = new LinkedHashMap<>();
        for (int i = 0; i < sc.series().size(); i++) {
            Scenario.SeriesSpec spec = sc.series().get(i);
            Series history = convert(known, known.revenue(spec.id()).comparableStretch(sc.asOf()), cur,
                    "series[" + i + "].id", sc);
            if (spec.window() > 0 && history.size() > spec.window()) {
                history = history.withPoints(history.points().subList(history.size() - spec.window(),
                        history.size()));
            }
            histories.put(spec.id(), history);
        }
        Optional<Series> others = Optional.empty();
        Optional<AnalystShares.Fitted> analyst = Optional.empty();
        if (sc.analyses().share()) {
            try {
                if (sc.market().basis() == Scenario.MarketBasis.ANALYST) {
                    analyst = Optional.of(AnalystShares.fit(known, sc.ids(), sc.market().source()));
                } else if (sc.market().hasRest()) {
                    others = Optional.of(convert(known, known.revenue(sc.market().rest())
                            .comparableStretch(sc.asOf()), cur, "market.rest", sc));
                } else {
                    Series total = convert(known, known.marketTotal(sc.market().source()), cur, "market.source", sc);
                    Set<io.marketcast.model.Quarter> quarters = new HashSet<>(total.quarters());
                    Map<String, Series> tracked = new LinkedHashMap<>();
                    for (int i = 0; i < sc.series().size(); i++) {
                        String id = sc.series().get(i).id();
                        Series rev = known.revenue(id);
                        List<Point> needed = rev.points().stream().filter(p -> quarters.contains(p.quarter()))
                                .toList();
                        tracked.put(id, convert(known, rev.withPoints(needed), cur, "series[" + i + "].id", sc));
                    }
                    others = Optional.of(MarketHistory.others(total, tracked, sc.market().source(),
                            known.asOfQuarter()));
                }
            } catch (InsufficientDataException e) {
                throw new ScenarioProblem("analyses.share", e.getMessage());
            }
        }
        Map<String, ProfitHistory> profits = new LinkedHashMap<>();
        Map<String, Series> income = new LinkedHashMap<>();
        Map<String, Series> margin = new LinkedHashMap<>();
        for (int i = 0; i < sc.analyses().profitability().size(); i++) {
            String unit = sc.analyses().profitability().get(i);
            String key = "analyses.profitability[" + i + "]";
            Series inc;
            try {
                inc = known.income(unit);
            } catch (io.marketcast.model.UnknownSeriesException e) {
                throw new ScenarioProblem(key, "profitability of " + unit + " as of " + sc.asOf() + ": no quarterly"
                        + " income figure was known then; a margin model needs at least " + io.marketcast.forecast.profit.ProfitModel.minimumObservations(2)
                        + " observations");
            }
            try {
                profits.put(unit, ProfitHistory.of(known, unit, sc.asOf(), cur));
            } catch (MissingRateException e) {
                throw rateProblem(key, inc, cur, e);
            }
            Series rev = known.revenue(unit);
            income.put(unit, convert(known, inc, cur, key, sc));
            List<Point> m = inc.points().stream().filter(p -> rev.valueAt(p.quarter()).isPresent())
                    .map(p -> p.withValue(100 * p.value() / rev.valueAt(p.quarter()).getAsDouble())).toList();
            margin.put(unit, inc.withPoints(m));
        }
        return new ScenarioInputs(known, histories, others, analyst, profits, income, margin);
    }

    /** {@code s} in the scenario currency, or a problem at {@code key} naming the missing rate. */
    private static Series convert(Dataset known, Series s, Currency to, String key, Scenario sc) {
        try {
            return known.convert(s, to);
        } catch (MissingRateException e) {
            throw rateProblem(key, s, to, e);
        }
    }

    private static ScenarioProblem rateProblem(String key, Series s, Currency to, MissingRateException e) {
        return new ScenarioProblem(key, s.slug() + " is in " + s.currency() + " and the scenario in " + to + ": "
                + e.getMessage(), e);
    }
}
