package io.marketcast.cli.scenario;

import io.marketcast.cli.text.TextTable;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Actual versus forecast over every forecast quarter the data has an actual for, not only the report quarters: per
 * result series, how many actuals fell inside the 80% band (10–90% quantiles), and the quarters outside it and
 * outside the 90% band (5–95%), so that misses are visible. Actuals on a segment definition not comparable with the
 * fitted history are left out and counted apart.
 *
 * @param series       the result id
 * @param inside80     actuals inside the 80% band
 * @param actuals      comparable actuals
 * @param below80      quarters below the 10% quantile
 * @param above80      quarters above the 90% quantile
 * @param below90      quarters below the 5% quantile (a subset of below80)
 * @param above90      quarters above the 95% quantile
 * @param incomparable actuals left out because they are on another segment definition
 */
public record Coverage(String series, int inside80, int actuals, List<Quarter> below80, List<Quarter> above80,
        List<Quarter> below90, List<Quarter> above90, int incomparable) {

    /** The coverage of every result series of {@code run} that has at least one actual in the forecast. */
    public static List<Coverage> of(ScenarioRun run) {
        List<Coverage> out = new ArrayList<>();
        for (SeriesQuantiles s : run.result().series().values()) {
            Series actual = run.actuals().get(s.id());
            if (actual == null) {
                continue;
            }
            int inside = 0;
            int n = 0;
            int other = 0;
            List<Quarter> b80 = new ArrayList<>();
            List<Quarter> a80 = new ArrayList<>();
            List<Quarter> b90 = new ArrayList<>();
            List<Quarter> a90 = new ArrayList<>();
            for (Quarter q : s.quarters()) {
                if (!q.isAfter(run.scenario().asOf())) {
                    continue;
                }
                Optional<Point> a = actual.point(q);
                if (a.isEmpty()) {
                    continue;
                }
                if (!RunReport.comparable(run, s.id(), a.get())) {
                    other++;
                    continue;
                }
                double v = a.get().value();
                n++;
                if (v < s.quantile(0.10, q)) {
                    b80.add(q);
                } else if (v > s.quantile(0.90, q)) {
                    a80.add(q);
                } else {
                    inside++;
                }
                if (v < s.quantile(0.05, q)) {
                    b90.add(q);
                } else if (v > s.quantile(0.95, q)) {
                    a90.add(q);
                }
            }
            if (n + other > 0) {
                out.add(new Coverage(s.id(), inside, n, b80, a80, b90, a90, other));
            }
        }
        return out;
    }

    /** "k of n" with the share in percent, e.g. {@code 5 of 20 (25%)}. */
    public String insideText() {
        return actuals == 0 ? "no comparable actuals" : inside80 + " of " + actuals + " ("
                + Math.round(100.0 * inside80 / actuals) + "%)";
    }

    /** The table: series, k of n inside the 80% band, the misses by side, and the actuals outside 90%. */
    public static TextTable table(ScenarioRun run, List<Coverage> rows) {
        TextTable t = new TextTable("series", "actuals inside 80% band", "below 80%", "above 80%",
                "outside 90% (below p5 / above p95)");
        for (Coverage c : rows) {
            String out90 = (c.below90.isEmpty() ? "" : "below: " + ranges(c.below90))
                    + (c.below90.isEmpty() || c.above90.isEmpty() ? "" : "; ")
                    + (c.above90.isEmpty() ? "" : "above: " + ranges(c.above90));
            t.row(label(run, c.series) + (run.warning(c.series).isPresent() ? " "
                    + AnswerBlock.WARN : ""), c.insideText() + (c.incomparable > 0 ? " (+" + c.incomparable
                    + " on another definition)" : ""), ranges(c.below80), ranges(c.above80),
                    out90.isEmpty() ? "–" : out90);
        }
        return t;
    }

    /** A result id's name in the table: {@code AWS}, {@code AWS share}, {@code AWS income}. */
    static String label(ScenarioRun run, String id) {
        String l = RunReport.label(run.scenario(), id);
        return id.startsWith("share:") ? l + " share" : l;
    }

    /** Quarters as runs: 2022Q2, 2022Q3, 2022Q4, 2023Q1, 2023Q3 → {@code 2022Q2–2023Q1, 2023Q3}; "–" for none. */
    public static String ranges(List<Quarter> qs) {
        if (qs.isEmpty()) {
            return "–";
        }
        StringBuilder b = new StringBuilder();
        Quarter start = qs.get(0);
        Quarter prev = start;
        for (int i = 1; i <= qs.size(); i++) {
            Quarter q = i < qs.size() ? qs.get(i) : null;
            if (q != null && q.equals(prev.next())) {
                prev = q;
                continue;
            }
            b.append(b.length() == 0 ? "" : ", ").append(start).append(start.equals(prev) ? "" : "–" + prev);
            start = q;
            prev = q;
        }
        return b.toString();
    }
}
