package io.marketcast.cli.scenario;

import io.marketcast.cli.text.TextTable;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Locale;

/**
 * A what-if scenario beside its baseline: the same scenario without its shocks, run with the same seed and paths
 * ({@link Scenario#baseline()}), so that every difference is the shocks' doing — quarters before the first shock
 * are identical. Medians at the report quarters and event probabilities by the horizon, side by side, and
 * baseline.csv, the table of record the baseline chart is drawn from.
 *
 * @param scenario the run with shocks
 * @param baseline the run without them
 */
public record BaselineComparison(ScenarioRun scenario, ScenarioRun baseline) {

    /** The shocks in words, one per line. */
    public List<String> shocks() {
        return scenario.scenario().shocks().stream().map(Shock::describe).toList();
    }

    /** Medians at the report quarters, baseline and scenario, and the change. */
    public TextTable medians() {
        Scenario sc = scenario.scenario();
        TextTable t = new TextTable("series", "quarter", "baseline median", "scenario median", "change").right(2, 3,
                4);
        for (SeriesQuantiles s : scenario.result().series().values()) {
            SeriesQuantiles b = baseline.result().series().get(s.id());
            if (b == null) {
                continue;
            }
            RunReport.Kind kind = RunReport.Kind.of(s.id());
            for (Quarter q : sc.reportQuarters()) {
                if (!s.quarters().contains(q) || !b.quarters().contains(q)) {
                    continue;
                }
                double base = b.median(q);
                double with = s.median(q);
                t.row(Coverage.label(scenario, s.id()), q, kind.format(base, sc.currency()),
                        kind.format(with, sc.currency()), change(kind, base, with));
            }
        }
        return t;
    }

    /** Event probabilities by the horizon and median quarters, baseline and scenario. */
    public TextTable events() {
        Scenario sc = scenario.scenario();
        TextTable t = new TextTable("event", "baseline P(by " + sc.end() + ")", "scenario P(by " + sc.end() + ")",
                "baseline median", "scenario median").right(1, 2);
        for (EventResult e : scenario.result().events()) {
            EventResult b = baseline.result().event(e.name());
            t.row(e.name(), RunReport.pct(b.by()[b.by().length - 1]), RunReport.pct(e.by()[e.by().length - 1]),
                    b.median().map(Quarter::toString).orElse("beyond horizon"),
                    e.median().map(Quarter::toString).orElse("beyond horizon"));
        }
        return t;
    }

    /**
     * shocks.csv: {@code target, from, to, kind, value, temporary, decay, description} per shock; the baseline chart
     * shades the windows.
     */
    public String shocksCsv() {
        StringBuilder b = new StringBuilder("target,from,to,kind,value,temporary,decay,description\n");
        for (Shock s : scenario.scenario().shocks()) {
            b.append(TextTable.csv(s.target())).append(',').append(s.from()).append(',').append(s.to()).append(',')
                    .append(s.kind().key()).append(',').append(RunReport.num(s.value())).append(',')
                    .append(s.temporary()).append(',').append(RunReport.num(s.decay())).append(',')
                    .append(TextTable.csv(s.describe())).append('\n');
        }
        return b.toString();
    }

    /** The change from baseline to scenario: percent for money, percentage points for shares and margins. */
    static String change(RunReport.Kind kind, double base, double with) {
        if (kind == RunReport.Kind.PERCENT) {
            return String.format(Locale.ROOT, "%+.1f pp", with - base);
        }
        return base == 0 ? "–" : String.format(Locale.ROOT, "%+.1f%%", 100 * (with / base - 1));
    }

    /**
     * baseline.csv: {@code series, quarter, baseline_p10, baseline_p50, baseline_p90, scenario_p10, scenario_p50,
     * scenario_p90} per simulated quarter of every revenue series (units as in quantiles.csv).
     */
    public String csv() {
        StringBuilder b = new StringBuilder("series,quarter,baseline_p10,baseline_p50,baseline_p90,scenario_p10,"
                + "scenario_p50,scenario_p90\n");
        for (SeriesQuantiles s : scenario.result().series().values()) {
            SeriesQuantiles base = baseline.result().series().get(s.id());
            if (base == null || s.id().contains(":")) {
                continue;
            }
            for (Quarter q : s.quarters()) {
                if (!base.quarters().contains(q)) {
                    continue;
                }
                b.append(s.id()).append(',').append(q);
                for (SeriesQuantiles x : List.of(base, s)) {
                    for (double p : new double[] {0.10, 0.50, 0.90}) {
                        b.append(',').append(RunReport.num(x.quantile(p, q)));
                    }
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
