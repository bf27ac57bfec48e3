package io.marketcast.cli;

import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioProblem;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.model.Dataset;
import io.marketcast.model.MissingRateException;
import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Options shared by the analysis commands (share, profit, crossover): vantage, horizon, paths, seed, currency, data,
 * output. They build a library {@link Scenario} directly, with the data's labels; a problem the library finds is
 * reported with the option's name.
 */
public final class AnalysisOptions {

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "Use only data known at the end of this quarter (default: the latest in the data).")
    Quarter asOf;

    @Option(names = "--horizon", paramLabel = "N|QUARTER", defaultValue = "20",
            description = "Quarters after the as-of quarter, or the last quarter (default: ${DEFAULT-VALUE}).")
    String horizon;

    @Option(names = "--paths", paramLabel = "N",
            description = "Sample paths (default: " + Scenario.DEFAULT_PATHS + ").")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: " + Scenario.DEFAULT_SEED + ").")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--currency", paramLabel = "CODE",
            description = "ISO 4217 currency of money series; others are converted at quarterly average rates "
                    + "(default: USD; with --data-only, your market totals' currency, else your revenue's).")
    String currency;

    @Mixin
    FormatOption format;

    @Mixin
    DataOptions data;

    @Mixin
    PluginOptions plugins;

    /** Where a scenario key comes from on the command line. */
    private static final Map<String, String> OPTION_OF_KEY = Map.of("as_of", "--as-of", "horizon", "--horizon",
            "paths", "--paths", "seed", "--seed", "market.source", "--source", "market.basis", "--basis",
            "market.rest", "--rest", "currency", "--currency");

    /**
     * Builds the scenario of a quick analysis and runs it.
     *
     * @param name     the scenario's name
     * @param series   the series, by id, with the scenario defaults
     * @param analyses what to compute
     * @param market   how shares are formed
     * @param what     how the command names its series in messages (e.g. {@code SLUG})
     */
    ScenarioRun run(String name, List<String> series, Scenario.Analyses analyses, Scenario.Market market,
            String what) {
        return run(name, series, analyses, market, what, io.marketcast.forecast.profit.MarginMethod.DEFAULT);
    }

    /** As {@link #run(String, List, Scenario.Analyses, Scenario.Market, String)}, with a margin model. */
    ScenarioRun run(String name, List<String> series, Scenario.Analyses analyses, Scenario.Market market,
            String what, io.marketcast.forecast.profit.MarginMethod margins) {
        Dataset d = data.dataset();
        Quarter from = asOf == null ? d.lastQuarter() : asOf;
        int n = Threads.of(threads);
        try {
            Scenario.Builder b = Scenario.builder(name, from, end(from)).analyses(analyses).market(market)
                    .currency(currency == null ? d.currency().code() : currency.strip());
            series.forEach(id -> b.series(Scenario.SeriesSpec.of(id).withLabel(d.label(id))));
            if (paths != null) {
                b.paths(paths);
            }
            if (seed != null) {
                b.seed(seed);
            }
            Scenario sc = b.build();
            return ScenarioEngine.run(sc, d, new ScenarioEngine.Options(plugins.registry(), n, done -> { }, margins));
        } catch (ScenarioProblem p) {
            String hint = p.getCause() instanceof MissingRateException
                    ? "; give quarterly average rates with --fx FILE (the fx.csv schema, docs/data.md) or choose"
                            + " another --currency" : "";
            throw new UserException(option(p.key(), what, market) + ": " + inCliWords(p.problem(), market) + hint);
        }
    }

    /**
     * A library message about the market said in this command's own words: options, not scenario keys, and what to
     * try instead.
     */
    static String inCliWords(String problem, Scenario.Market market) {
        String s = problem.replace(". Use market.basis: revenue, or track fewer vendors",
                "; use --basis revenue (shares of revenue over the market total), or fewer vendors with --series");
        if (s.contains("consecutive quarters with a " + market.source() + " market total")) {
            s += " (" + market.source() + "'s totals in the data: marketcast data show market-" + market.source()
                    + "); use a source with quarterly totals (--source synergy), or that source's published vendor"
                    + " shares (--basis analyst --source " + market.source() + ")";
        }
        return s;
    }

    /** The data the analysis runs on. */
    Dataset dataset() {
        return data.dataset();
    }

    /** The last quarter: {@code --horizon} as a count of quarters or a quarter. */
    private Quarter end(Quarter from) {
        String h = horizon.strip();
        if (h.matches("[+-]?\\d+")) {
            long q;
            try {
                q = Long.parseLong(h);
            } catch (NumberFormatException e) {
                throw new UserException("--horizon: '" + h + "' is too large");
            }
            if (q < 1) {
                throw new UserException("--horizon: the horizon is empty: " + q + " quarters (expected at least 1)");
            }
            if (q > Scenario.MAX_HORIZON) {
                throw new UserException("--horizon: " + q + " quarters is beyond the longest horizon, "
                        + Scenario.MAX_HORIZON);
            }
            return from.plus((int) q);
        }
        try {
            return Quarter.parse(h);
        } catch (IllegalArgumentException e) {
            throw new UserException("--horizon: " + e.getMessage() + " (give a number of quarters or a quarter)");
        }
    }

    /**
     * The option (or argument) a scenario key came from. A problem with the market data for shares is the market's:
     * {@code --rest} when there is one, else {@code --source} on the revenue basis and {@code --basis} on the
     * analyst basis.
     */
    static String option(String key, String what, Scenario.Market market) {
        if (key.equals("analyses.share")) {
            return market.hasRest() ? "--rest" : market.basis() == Scenario.MarketBasis.ANALYST ? "--basis"
                    : "--source";
        }
        if (key.startsWith("series[") || key.startsWith("analyses.")) {
            return what;
        }
        return OPTION_OF_KEY.getOrDefault(key, key.isEmpty() ? "marketcast" : key);
    }

    OutputFormat format() {
        return format.format;
    }
}
