package io.marketcast.cli.scenario;

import io.marketcast.forecast.profit.ProfitSeries;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Series;
import java.util.List;

/**
 * history.csv, a table of record beside quantiles.csv: the values known at the as-of quarter that each forecast
 * starts from, so that charts can draw history and forecast from tables alone. Columns
 * {@code series, quarter, value, status}: revenue series as fitted (USD millions, the comparable stretch), the rest
 * of the market, and for each profitability unit its operating income (USD millions) and margin (percent) as known
 * at the as-of quarter. {@code status} is the point's provenance: reported, restated or estimate.
 */
public final class HistoryTable {

    private HistoryTable() {
    }

    public static String csv(ScenarioRunner.Run run, Dataset data) {
        StringBuilder sb = new StringBuilder("series,quarter,value,status\n");
        run.histories().forEach((id, s) -> rows(sb, id, s.points()));
        Dataset known = data.asOf(run.scenario().asOf());
        for (String unit : run.profits().keySet()) {
            Series income = known.income(unit);
            Series revenue = known.revenue(unit);
            List<Point> usd = known.inUsd(income.withPoints(income.points().stream()
                    .filter(p -> known.fx().rates().containsKey(p.quarter())
                            || income.currency() == io.marketcast.model.Currency.USD).toList())).points();
            rows(sb, ProfitSeries.incomeId(unit), usd);
            rows(sb, ProfitSeries.marginId(unit), income.points().stream()
                    .filter(p -> revenue.valueAt(p.quarter()).isPresent())
                    .map(p -> p.withValue(100 * p.value() / revenue.valueAt(p.quarter()).getAsDouble())).toList());
        }
        return sb.toString();
    }

    private static void rows(StringBuilder sb, String id, List<Point> points) {
        for (Point p : points) {
            sb.append(id).append(',').append(p.quarter()).append(',').append(RunReport.num(p.value())).append(',')
                    .append(p.provenance().label()).append('\n');
        }
    }
}
