package io.marketcast.cli;

import io.marketcast.cli.text.Money;
import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.scenario.AnswerBlock;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.CrossoverReport;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Quarter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast crossover A B}: when does A's revenue reach B's? */
@Command(name = "crossover", mixinStandardHelpOptions = true,
        description = {"P(A >= B in quarter q), P(A has reached B by q) and the median crossover quarter of any two "
            + "revenue series, on correlated simulated paths (in --currency, default USD)."})
public final class CrossoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The challenger, e.g. azure.")
    String challenger;

    @Parameters(index = "1", paramLabel = "B", description = "The leader, e.g. aws.")
    String leader;

    @Mixin
    AnalysisOptions opts;

    @Override
    public Integer call() {
        if (challenger.equals(leader)) {
            throw new UserException("crossover needs two different series, got " + challenger + " twice");
        }
        Scenario.Analyses analyses = new Scenario.Analyses(false, List.of(), List.of(List.of(challenger, leader)),
                List.of(), List.of());
        ScenarioRun run = opts.run("crossover", List.of(challenger, leader), analyses, Scenario.Market.DEFAULT,
                "A or B");
        EventResult e = run.result().event(ScenarioRun.crossoverEvent(challenger, leader));
        SeriesQuantiles a = run.result().series(challenger);
        SeriesQuantiles b = run.result().series(leader);
        PrintWriter out = spec.commandLine().getOut();
        switch (opts.format()) {
            case JSON -> {
                List<CrossoverReport.Row> rows = new ArrayList<>();
                for (int k = 0; k < e.quarters().size(); k++) {
                    rows.add(new CrossoverReport.Row(e.quarters().get(k).toString(), e.by()[k], e.at()[k]));
                }
                Json.print(out, new CrossoverReport(challenger, leader, run.scenario().asOf().toString(), rows,
                        e.median().map(Quarter::toString).orElse(null), ProfitCommand.interval80(e),
                        run.histories().values().stream().filter(s -> s.hasEstimates()).map(s -> s.slug())
                                .toList(), run.warnings()));
            }
            case CSV -> {
                out.println("quarter,p_ahead,p_by");
                for (int k = 0; k < e.quarters().size(); k++) {
                    out.println(e.quarters().get(k) + "," + e.at()[k] + "," + e.by()[k]);
                }
                run.warnings().values().forEach(w -> spec.commandLine().getErr().println(AnswerBlock.WARN + " " + w));
            }
            default -> {
                String la = run.scenario().label(challenger);
                String lb = run.scenario().label(leader);
                String cur = run.scenario().currency();
                out.println(la + " vs " + lb + ", revenue in " + cur + ", as of " + run.scenario().asOf() + " ("
                        + run.scenario().paths() + " paths, seed " + run.scenario().seed() + ")");
                run.histories().values().stream().filter(s -> s.hasEstimates()).forEach(s -> out.println(
                        "Note: " + run.scenario().label(s.slug()) + " is an estimate (docs/data.md)."));
                out.println("Median crossover quarter: " + e.median().map(Quarter::toString).orElse("beyond horizon")
                        + "; 80% range " + e.quarterReaching(0.1).map(Quarter::toString).orElse("beyond") + " – "
                        + e.quarterReaching(0.9).map(Quarter::toString).orElse("beyond horizon"));
                out.println();
                TextTable t = new TextTable("quarter", la + " median", lb + " median", "P(" + la + " >= " + lb + ")",
                        "P(reached by)").right(1, 2, 3, 4);
                for (int k = 0; k < e.quarters().size(); k++) {
                    Quarter q = e.quarters().get(k);
                    t.row(q, a.quarters().contains(q) ? Money.millions(a.median(q), cur) : "–",
                            b.quarters().contains(q) ? Money.millions(b.median(q), cur) : "–",
                            ProfitCommand.pct(e.at()[k]), ProfitCommand.pct(e.by()[k]));
                }
                t.print(out);
                run.warnings().values().forEach(w -> out.println(AnswerBlock.WARN + " " + w));
            }
        }
        out.flush();
        return Marketcast.OK;
    }
}
