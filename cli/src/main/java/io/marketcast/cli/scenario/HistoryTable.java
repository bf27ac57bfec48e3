package io.marketcast.cli.scenario;

import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.model.Point;
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

    public static String csv(ScenarioRun run) {
        StringBuilder sb = new StringBuilder("series,quarter,value,status\n");
        run.histories().forEach((id, s) -> rows(sb, id, s.points()));
        return sb.toString();
    }

    private static void rows(StringBuilder sb, String id, List<Point> points) {
        for (Point p : points) {
            sb.append(id).append(',').append(p.quarter()).append(',').append(RunReport.num(p.value())).append(',')
                    .append(p.provenance().label()).append('\n');
        }
    }
}
