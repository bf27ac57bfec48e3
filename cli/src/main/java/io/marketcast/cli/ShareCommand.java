package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.ShareReport;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Quarter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast share}: market shares of the tracked vendors and the rest of the market. */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = {"Expected market shares with 80%% intervals per vendor and quarter; shares of the vendors and "
            + "the rest of the market sum to 100%% on every simulated path."})
public final class ShareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--series", split = ",", paramLabel = "LIST",
            defaultValue = "aws,azure,google-cloud,alibaba-cloud",
            description = "Tracked vendors (default: ${DEFAULT-VALUE}).")
    List<String> series;

    @Option(names = "--source", defaultValue = "synergy", paramLabel = "ANALYST",
            description = "Market total from synergy or canalys, never mixed (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--basis", defaultValue = "revenue", paramLabel = "BASIS",
            description = "revenue: vendor revenue over the analyst's market total; analyst: the analyst's published "
                    + "vendor shares (default: ${DEFAULT-VALUE}).")
    String basis;

    @Mixin
    AnalysisOptions opts;

    @Override
    public Integer call() {
        Scenario.MarketBasis b;
        try {
            b = Scenario.MarketBasis.parse(basis);
        } catch (IllegalArgumentException e) {
            throw new UserException("--basis: " + e.getMessage());
        }
        if (!Scenario.Market.SOURCES.contains(source)) {
            throw new UserException("--source: '" + source + "' is not one of " + String.join(", ",
                    Scenario.Market.SOURCES));
        }
        ScenarioRun run = opts.run("share", series, Scenario.Analyses.NONE.withShare(true),
                new Scenario.Market(b, source), "--series");
        PrintWriter out = spec.commandLine().getOut();
        List<SeriesQuantiles> shares = run.result().series().values().stream()
                .filter(s -> s.id().startsWith("share:")).toList();
        switch (opts.format()) {
            case JSON -> {
                List<ShareReport.Row> rows = new ArrayList<>();
                for (SeriesQuantiles s : shares) {
                    for (Quarter q : s.quarters()) {
                        rows.add(new ShareReport.Row(s.id().substring("share:".length()), q.toString(), s.mean(q),
                                s.median(q), s.quantile(0.10, q), s.quantile(0.90, q)));
                    }
                }
                String basisLabel = basis.equals("analyst") ? source + "'s published vendor shares"
                        : "revenue over the " + source + " market total";
                Json.print(out, new ShareReport(run.scenario().asOf().toString(), basisLabel, rows));
            }
            case CSV -> {
                out.println("series,quarter,mean,median,lower80,upper80");
                for (SeriesQuantiles s : shares) {
                    for (Quarter q : s.quarters()) {
                        out.println(s.id().substring(6) + "," + q + "," + s.mean(q) + "," + s.median(q) + ","
                                + s.quantile(0.10, q) + "," + s.quantile(0.90, q));
                    }
                }
            }
            default -> {
                out.println("Market share: " + (basis.equals("analyst") ? source + "'s published vendor shares"
                        : "revenue over the " + source + " market total") + ", as of "
                        + run.scenario().asOf() + " (" + run.scenario().paths() + " paths). Median and 80% interval.");
                List<String> header = new ArrayList<>(List.of("quarter"));
                shares.forEach(s -> header.add(label(run, s.id())));
                TextTable t = new TextTable(header.toArray(String[]::new));
                for (int c = 1; c < header.size(); c++) {
                    t.right(c);
                }
                SeriesQuantiles first = shares.get(0);
                for (Quarter q : first.quarters()) {
                    if (q.quarter() != 4 && !q.equals(first.quarters().get(0))) {
                        continue;
                    }
                    List<Object> row = new ArrayList<>(List.of(q));
                    for (SeriesQuantiles s : shares) {
                        row.add(String.format(Locale.ROOT, "%.1f%% (%.1f–%.1f)", s.median(q), s.quantile(0.10, q),
                                s.quantile(0.90, q)));
                    }
                    t.row(row.toArray());
                }
                t.print(out);
                out.println("Rows: the first forecast quarter and every fourth quarter; --format csv for all.");
            }
        }
        out.flush();
        return Marketcast.OK;
    }

    private static String label(ScenarioRun run, String id) {
        String v = id.substring("share:".length());
        return v.equals("others") ? "rest of market" : run.scenario().label(v);
    }
}
