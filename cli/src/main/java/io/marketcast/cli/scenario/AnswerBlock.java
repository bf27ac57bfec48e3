package io.marketcast.cli.scenario;

import io.marketcast.cli.text.Money;
import io.marketcast.cli.text.TextTable;
import io.marketcast.forecast.scenario.Answers;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The answer block that opens the printed summary and the report: the scenario's question, then in numbers P(the
 * event has happened by each answer quarter) with the median quarter and 80% range beside what happened, for each
 * profitability unit (model only, then with each guidance) and crossover pair; and the shares at the answer quarters
 * with their actuals. Rows built on a thin fit carry ⚠ and the reason is listed under the tables.
 */
public final class AnswerBlock {

    /** The mark of a row built on a fit with too little history. */
    public static final String WARN = "⚠";

    private AnswerBlock() {
    }

    /** The question, or a sentence saying what the answer is about when the scenario states none. */
    public static String question(Scenario sc) {
        return sc.question().isEmpty() ? "(no question stated; the scenario's events at its answer quarters)"
                : sc.question();
    }

    /** The line above the tables. */
    public static String lead(ScenarioRun run) {
        Scenario sc = run.scenario();
        return "Answer, as of " + sc.asOf() + " (only data known then), beside what happened: P(by q) = probability"
                + " that it has happened by quarter q, over " + String.format(Locale.ROOT, "%,d", sc.paths())
                + " paths" + (sc.guidance().isEmpty() ? "" : "; \"with guidance\" = the same paths reweighted by"
                + " what management said (docs/methods.md, \"Guidance as evidence\")") + ".";
    }

    /** The events table: one row per unit (and per guidance on it) and crossover pair; null when there are none. */
    public static TextTable events(ScenarioRun run, Answers answers) {
        if (answers.events().isEmpty()) {
            return null;
        }
        Scenario sc = run.scenario();
        List<String> header = new ArrayList<>();
        header.add("answer");
        for (Quarter q : sc.answerQuarters()) {
            header.add("P(by " + q + ")");
        }
        header.add("median quarter");
        header.add("80% range");
        header.add("what happened");
        TextTable t = new TextTable(header.toArray(String[]::new));
        int[] right = new int[sc.answerQuarters().size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = i + 1;
        }
        t.right(right);
        for (Answers.EventAnswer a : answers.events()) {
            List<String> row = new ArrayList<>();
            row.add(what(run, a));
            for (double p : a.pBy()) {
                row.add(pct(p));
            }
            row.add(a.median().map(Quarter::toString).orElse("beyond " + sc.end()));
            row.add(a.low().isEmpty() ? "beyond " + sc.end() : a.low().get() + " – "
                    + a.high().map(Quarter::toString).orElse("beyond " + sc.end()));
            row.add(a.guidance().isEmpty() ? happened(sc, a) : "");
            t.row(row.toArray());
        }
        return t;
    }

    /** The shares table: median and 80% interval at each answer quarter, with the actual; null without shares. */
    public static TextTable shares(ScenarioRun run, Answers answers) {
        if (answers.shares().isEmpty()) {
            return null;
        }
        Scenario sc = run.scenario();
        List<String> header = new ArrayList<>();
        header.add("share of the market");
        for (Quarter q : sc.answerQuarters()) {
            header.add(q + ": median (80%); actual");
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (Answers.ShareAnswer s : answers.shares()) {
            List<String> row = new ArrayList<>();
            row.add(RunReport.label(sc, s.series()) + (run.warning(s.series()).isPresent() ? " " + WARN : ""));
            for (int k = 0; k < s.quarters().size(); k++) {
                row.add(String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f%%); %s", s.median()[k], s.low()[k],
                        s.high()[k], Double.isNaN(s.actual()[k]) ? "–"
                                : String.format(Locale.ROOT, "%.1f%%", s.actual()[k])));
            }
            t.row(row.toArray());
        }
        return t;
    }

    /**
     * The warning behind a chart of a run: its series' for a fan chart, for the share chart a thin fit first (every
     * share is built on every fit); empty when the chart rests on nothing warned.
     *
     * @param fanName chart name of a result id's fan chart
     */
    public static java.util.Optional<String> chartWarning(ScenarioRun run, String chart,
            java.util.function.Function<String, String> fanName) {
        return chart.equals("share") ? run.warnings().values().stream()
                .sorted(java.util.Comparator.comparing(x -> !x.startsWith("thin fit"))).findFirst()
                : run.result().series().keySet().stream().filter(id -> fanName.apply(id).equals(chart))
                        .findFirst().flatMap(run::warning);
    }

    /** The first words of a warning, its kind: "thin fit", "weakly identified". */
    public static String kind(String warning) {
        return warning.split(":", 2)[0];
    }

    /** The warnings behind the ⚠ rows, one line each; empty when there are none. */
    public static List<String> warnings(ScenarioRun run) {
        return run.warnings().values().stream().map(w -> WARN + " " + w).toList();
    }

    private static String what(ScenarioRun run, Answers.EventAnswer a) {
        Scenario sc = run.scenario();
        if (!a.guidance().isEmpty()) {
            return "  " + a.guidance();
        }
        String warn = a.kind() == Answers.Kind.PROFITABLE
                ? (run.warning(a.subject()).isPresent() ? " " + WARN : "")
                : (run.warning(a.subject()).isPresent() || run.warning(a.other()).isPresent() ? " " + WARN : "");
        return a.kind() == Answers.Kind.PROFITABLE
                ? sc.label(a.subject()) + " first profitable" + (sc.guidance().isEmpty() ? "" : " (model only)") + warn
                : sc.label(a.subject()) + " revenue reaches " + sc.label(a.other()) + "'s" + warn;
    }

    private static String happened(Scenario sc, Answers.EventAnswer a) {
        Optional<Quarter> since = a.since();
        if (a.kind() == Answers.Kind.PROFITABLE && since.isPresent()) {
            return "already profitable at " + sc.asOf() + " (since " + since.get() + ")";
        }
        if (a.actual().isPresent()) {
            String q = a.actual().get().toString() + (a.comparable() ? "" : " †");
            return a.kind() == Answers.Kind.PROFITABLE
                    ? "first profitable " + q + (Double.isNaN(a.actualValue()) ? ""
                            : " (" + (a.actualValue() >= 0 ? "+" : "") + Money.millions(a.actualValue(),
                            sc.currency()) + ")")
                    : "first reached " + q;
        }
        return a.dataEnd().map(q -> "not by " + q + " (the data end)").orElse("no data after " + sc.asOf());
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
