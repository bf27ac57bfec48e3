package io.marketcast.forecast.scenario;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.profit.ProfitHistory;
import io.marketcast.forecast.share.AnalystShares;
import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Series;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a scenario takes from the data, gathered once from its as-of view and in its currency: the history
 * each series is fitted on, the rest of the market or the analyst's shares, and each profitability unit's history.
 * Nothing here looks past the as-of quarter (tested); what happened later is {@link Actuals}' business.
 *
 * @param known      the dataset as known at the end of the as-of quarter
 * @param histories  per scenario series: the history to fit (USD, comparable stretch, the series' window)
 * @param tracked    per scenario series: all its known revenue in USD (the rest of the market is the total less
 *                   these)
 * @param others     the rest of the market on the revenue basis, when shares are asked for on it
 * @param analyst    the analyst-share walks, when shares are asked for on the analyst basis
 * @param profits    per profitability unit: its profit history
 * @param income     per profitability unit: its known income in USD
 * @param margin     per profitability unit: its known margin in percent
 */
record ScenarioInputs(Dataset known, Map<String, Series> histories, Map<String, Series> tracked,
        Optional<Series> others, Optional<AnalystShares.Fitted> analyst, Map<String, ProfitHistory> profits,
        Map<String, Series> income, Map<String, Series> margin) {

    static ScenarioInputs gather(Scenario sc, Dataset data) {
        Dataset known = data.asOf(sc.asOf());
        Map<String, Series> histories = new LinkedHashMap<>();
        Map<String, Series> tracked = new LinkedHashMap<>();
        for (Scenario.SeriesSpec spec : sc.series()) {
            Series history = known.inUsd(known.revenue(spec.id()).comparableStretch(sc.asOf()));
            if (spec.window() > 0 && history.size() > spec.window()) {
                history = history.withPoints(history.points().subList(history.size() - spec.window(),
                        history.size()));
            }
            histories.put(spec.id(), history);
            tracked.put(spec.id(), known.inUsd(known.revenue(spec.id())));
        }
        Optional<Series> others = Optional.empty();
        Optional<AnalystShares.Fitted> analyst = Optional.empty();
        if (sc.analyses().share()) {
            try {
                if (sc.market().basis() == Scenario.MarketBasis.ANALYST) {
                    analyst = Optional.of(AnalystShares.fit(known, sc.ids(), sc.market().source()));
                } else {
                    others = Optional.of(MarketHistory.others(known, tracked, sc.market().source()));
                }
            } catch (InsufficientDataException e) {
                throw new ScenarioProblem("analyses.share", e.getMessage());
            }
        }
        Map<String, ProfitHistory> profits = new LinkedHashMap<>();
        Map<String, Series> income = new LinkedHashMap<>();
        Map<String, Series> margin = new LinkedHashMap<>();
        for (String unit : sc.analyses().profitability()) {
            profits.put(unit, ProfitHistory.of(known, unit, sc.asOf()));
            Series inc = known.income(unit);
            Series rev = known.revenue(unit);
            income.put(unit, known.inUsd(inc.withPoints(inc.points().stream()
                    .filter(p -> inc.currency() == Currency.USD || known.fx().rates().containsKey(p.quarter()))
                    .toList())));
            List<Point> m = inc.points().stream().filter(p -> rev.valueAt(p.quarter()).isPresent())
                    .map(p -> p.withValue(100 * p.value() / rev.valueAt(p.quarter()).getAsDouble())).toList();
            margin.put(unit, inc.withPoints(m));
        }
        return new ScenarioInputs(known, histories, tracked, others, analyst, profits, income, margin);
    }
}
