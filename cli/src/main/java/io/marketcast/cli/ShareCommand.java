package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.scenario.AnswerBlock;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.ShareReport;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Dataset;
import io.marketcast.model.Metric;
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

    /** The tracked vendors of the embedded cloud market. */
    static final List<String> CLOUD_VENDORS = List.of("aws", "azure", "google-cloud", "alibaba-cloud");

    @Option(names = "--series", split = ",", paramLabel = "LIST",
            description = "Tracked vendors (default: " + "aws,azure,google-cloud,alibaba-cloud for the cloud "
                    + "analysts' totals; every revenue series of your own files for your own market).")
    List<String> series;

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Whose market total: synergy or canalys (the embedded analysts, never mixed) or a source of "
                    + "your --market file, e.g. ev-europe-synthetic (default: synergy, else your first source).")
    String source;

    @Option(names = "--rest", paramLabel = "SLUG",
            description = "Instead of a total: a revenue series that is the rest of the market; the market is the "
                    + "tracked series plus it.")
    String rest;

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
        Dataset d = opts.dataset();
        if (rest != null && source != null) {
            throw new UserException("--rest and --source are two ways to give the market; give one");
        }
        String src = source != null ? source.strip() : d.defaultMarketSource().orElse(null);
        if (src == null && rest == null) {
            throw new UserException("--source: the data has no market totals; add them with --market FILE (the "
                    + "market.csv schema), or name the rest of the market with --rest SLUG");
        }
        if (src != null && rest == null && !d.marketSources().contains(src)) {
            throw new UserException("--source: '" + src + "' has no market total in the data; sources: "
                    + String.join(", ", d.marketSources()));
        }
        List<String> tracked = series != null ? series : defaultSeries(d, src, rest);
        Scenario.Market market = new Scenario.Market(b, src == null ? Scenario.Market.DEFAULT.source() : src,
                rest);
        ScenarioRun run = opts.run("share", tracked, Scenario.Analyses.NONE.withShare(true), market, "--series");
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
                Json.print(out, new ShareReport(run.scenario().asOf().toString(), basisLabel(run), rows,
                        run.warnings()));
            }
            case CSV -> {
                out.println("series,quarter,mean,median,lower80,upper80");
                for (SeriesQuantiles s : shares) {
                    for (Quarter q : s.quarters()) {
                        out.println(s.id().substring(6) + "," + q + "," + s.mean(q) + "," + s.median(q) + ","
                                + s.quantile(0.10, q) + "," + s.quantile(0.90, q));
                    }
                }
                run.warnings().values().forEach(w -> spec.commandLine().getErr().println(AnswerBlock.WARN
                        + " every share is built on this: " + w));
            }
            default -> {
                out.println("Market share: " + basisLabel(run) + ", as of " + run.scenario().asOf() + " ("
                        + run.scenario().paths() + " paths). Median and 80% interval.");
                List<String> header = new ArrayList<>(List.of("quarter"));
                shares.forEach(s -> header.add(label(run, s.id()) + (run.warnings().isEmpty() ? ""
                        : " " + AnswerBlock.WARN)));
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
                run.warnings().values().forEach(w -> out.println(AnswerBlock.WARN + " every share is built on"
                        + " this: " + w));
            }
        }
        out.flush();
        return Marketcast.OK;
    }

    /**
     * The tracked series when {@code --series} is not given: the cloud vendors for the embedded analysts' totals
     * (where the data has them), else every revenue series of the user's own files but the rest.
     */
    static List<String> defaultSeries(Dataset d, String source, String rest) {
        boolean cloud = rest == null && Scenario.Market.SOURCES.contains(source)
                && CLOUD_VENDORS.stream().allMatch(id -> d.find(id).stream().anyMatch(x -> x.metric()
                        == Metric.REVENUE));
        if (cloud) {
            return CLOUD_VENDORS;
        }
        List<String> own = d.userSlugs().stream().filter(id -> !id.equals(rest))
                .filter(id -> d.find(id).stream().anyMatch(x -> x.metric() == Metric.REVENUE)).toList();
        if (own.isEmpty()) {
            throw new UserException("--series: name the series to track, e.g. --series a,b (marketcast data list "
                    + "shows them)");
        }
        return own;
    }

    private static String basisLabel(ScenarioRun run) {
        Scenario.Market m = run.scenario().market();
        if (m.basis() == Scenario.MarketBasis.ANALYST) {
            return m.source() + "'s published vendor shares";
        }
        return m.hasRest() ? "revenue over the tracked series plus the rest of the market (series " + m.rest() + ")"
                : "revenue over the " + m.source() + " market total";
    }

    private static String label(ScenarioRun run, String id) {
        String v = id.substring("share:".length());
        return v.equals("others") ? "rest of market" : run.scenario().label(v);
    }
}
