package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.ProfitReport;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.profit.MarginMethod;
import io.marketcast.forecast.profit.ProfitModel;
import io.marketcast.forecast.profit.ProfitObservation;
import io.marketcast.forecast.profit.ProfitSeries;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.model.Quarter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast profit SLUG}: when does a loss-making unit turn profitable? */
@Command(name = "profit", mixinStandardHelpOptions = true,
        description = {"P(first profitable quarter <= q) for a unit, from its margins as of a quarter and simulated "
            + "revenue paths.", "A unit already profitable says since when."})
public final class ProfitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SLUG", description = "Unit, e.g. alibaba-cloud, google-cloud, aws.")
    String slug;

    @Option(names = "--margin", paramLabel = "PCT", split = ",",
            description = "Also report when the operating margin first reaches these percentages, e.g. 10,20.")
    List<Double> margins = new ArrayList<>();

    @Option(names = "--margin-model", paramLabel = "NAME", defaultValue = "scale",
            description = "Margin model: scale, trend, mix (each path follows scale or trend) or scale-curve (the "
                + "scale model not anchored at the last actual, as earlier versions); default ${DEFAULT-VALUE}, "
                + "chosen by the profitability backtest (docs/methods.md).")
    String marginModel;

    @Mixin
    AnalysisOptions opts;

    @Override
    public Integer call() {
        MarginMethod method;
        try {
            method = MarginMethod.parse(marginModel);
        } catch (IllegalArgumentException ex) {
            throw new UserException("--margin-model: " + ex.getMessage());
        }
        Scenario.Analyses analyses = new Scenario.Analyses(false, List.of(slug), List.of(), List.of(), margins);
        ScenarioRun run = opts.run("profit-" + slug, List.of(slug), analyses, Scenario.Market.DEFAULT, "SLUG",
                method);
        ScenarioRun.Profit p = run.profits().get(slug);
        EventResult e = run.result().event(ScenarioRun.profitableEvent(slug));
        boolean already = p.history().profitableSince().isPresent();
        PrintWriter out = spec.commandLine().getOut();
        switch (opts.format()) {
            case JSON -> Json.print(out, json(run, p, e));
            case CSV -> {
                out.println("quarter,p_by,p_at");
                for (int k = 0; k < e.quarters().size(); k++) {
                    out.println(e.quarters().get(k) + "," + e.by()[k] + "," + e.at()[k]);
                }
            }
            default -> {
                out.println(run.scenario().label(slug) + ": segment profit as of " + run.scenario().asOf() + " ("
                        + run.scenario().paths() + " paths, seed " + run.scenario().seed() + ")");
                out.println("Fitted on " + String.join(", ", p.history().observations().stream()
                        .map(o -> o.label()).toList()));
                out.println("Margin model: " + p.fit().method().id() + " — " + p.fit().method().description());
                p.fit().members().forEach(m -> out.println("  simulated: " + m.summary()));
                p.fit().others().forEach(m -> out.println("  also fitted: " + m.summary()));
                for (String w : p.fit().warnings()) {
                    out.println("Warning: " + w);
                }
                startLine(run, p).ifPresent(out::println);
                out.println();
                RunReport.profitSummary(run).print(out);
                out.println();
                if (already) {
                    out.println(run.scenario().label(slug) + " is profitable since "
                            + p.history().profitableSince().get() + ": there is no first profitable quarter to"
                            + " forecast; P(profitable in q) is the chance it is still profitable then.");
                    TextTable t = new TextTable("quarter", "P(profitable in)").right(1);
                    for (int k = 0; k < e.quarters().size(); k++) {
                        t.row(e.quarters().get(k), pct(e.at()[k]));
                    }
                    t.print(out);
                } else {
                    TextTable t = new TextTable("quarter", "P(profitable by)", "P(profitable in)").right(1, 2);
                    for (int k = 0; k < e.quarters().size(); k++) {
                        t.row(e.quarters().get(k), pct(e.by()[k]), pct(e.at()[k]));
                    }
                    t.print(out);
                }
                for (double m : margins) {
                    EventResult me = run.result().event(ScenarioRun.marginEvent(slug, m));
                    out.println("Margin reaches " + m + "%: median " + me.median().map(Quarter::toString)
                            .orElse("beyond horizon") + ", P(by " + run.scenario().end() + ") = "
                            + pct(me.by()[me.by().length - 1]));
                }
            }
        }
        out.flush();
        return Marketcast.OK;
    }

    private ProfitReport json(ScenarioRun run, ScenarioRun.Profit p, EventResult e) {
        boolean already = p.history().profitableSince().isPresent();
        List<ProfitReport.Row> cum = new ArrayList<>();
        for (int k = 0; k < e.quarters().size(); k++) {
            cum.add(new ProfitReport.Row(e.quarters().get(k).toString(), already ? e.at()[k] : e.by()[k]));
        }
        return new ProfitReport(slug, run.scenario().asOf().toString(),
                p.history().profitableSince().map(Quarter::toString).orElse(null),
                already ? "in" : "by", cum,
                already ? null : e.median().map(Quarter::toString).orElse(null),
                already ? null : interval80(e), already ? null : e.by()[e.by().length - 1],
                p.fit().method().id(), p.fit().members().stream().map(ProfitModel::summary).toList(),
                p.fit().others().stream().map(ProfitModel::summary).toList(), p.fit().warnings(),
                p.history().observations().stream().map(o -> o.label()).toList(),
                p.history().bridged().stream().map(Quarter::toString).toList(),
                p.actualFirst().map(a -> a.quarter().toString()).orElse(null));
    }

    /** "Last actual margin ... ; simulated first quarter ...": that the paths start from where the unit is. */
    static java.util.Optional<String> startLine(ScenarioRun run, ScenarioRun.Profit p) {
        String id = ProfitSeries.marginId(p.history().slug());
        Quarter first = run.scenario().asOf().next();
        if (!run.result().series().containsKey(id) || p.history().observations().isEmpty()) {
            return java.util.Optional.empty();
        }
        var q = run.result().series(id);
        if (!q.quarters().contains(first)) {
            return java.util.Optional.empty();
        }
        ProfitObservation last = p.history().observations().get(p.history().observations().size() - 1);
        return java.util.Optional.of(String.format(Locale.ROOT,
                "Last actual margin %.1f%% (%s); simulated margin in %s: median %.1f%% (80%%: %.1f%% to %.1f%%)",
                100 * last.margin(), last.label(), first, q.quantile(0.5, first), q.quantile(0.1, first),
                q.quantile(0.9, first)));
    }

    /** The quarters by which 10% and 90% of paths reached the event; null beyond the horizon. */
    static List<String> interval80(EventResult e) {
        return java.util.Arrays.asList(e.quarterReaching(0.1).map(Quarter::toString).orElse(null),
                e.quarterReaching(0.9).map(Quarter::toString).orElse(null));
    }

    static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }
}
