package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.BacktestReport;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.eval.Backtest;
import io.marketcast.forecast.eval.BacktestResult;
import io.marketcast.forecast.eval.BacktestSpec;
import io.marketcast.forecast.eval.Vintages;
import io.marketcast.forecast.profit.MarginMethod;
import io.marketcast.forecast.scenario.ProfitBacktest;
import io.marketcast.model.Dataset;
import io.marketcast.model.Metric;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marketcast backtest SLUG}: how each method would have forecast a series of the embedded data from every
 * past quarter, seeing at each origin only what was known then.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Rolling-origin backtest of methods on one series: from each origin quarter every method "
            + "sees only the values known at the end of that quarter (restated values as they were then) and "
            + "forecasts H quarters, scored against the values known today (or at --as-of).",
            "Example: marketcast backtest aws --methods naive,drift,ses,theta,dotm --horizon 4 --from 2016Q1"})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SLUG", description = "Series slug, e.g. aws, azure, alibaba-cloud "
            + "(see 'marketcast data list').")
    String slug;

    @Option(names = "--methods", paramLabel = "LIST",
            description = "Comma-separated method names, e.g. naive,snaive,drift,ses,naive2,theta,dotm,auto or "
                    + "median:ses+theta (required unless --profit).")
    String methods;

    @Option(names = "--profit",
            description = "Backtest profitability timing instead: from every as-of quarter before the unit's first "
                    + "profit in the data, where the actual first profitable quarter fell in each margin model's "
                    + "forecast (PIT) and its log score (docs/methods.md, \"Profitability timing\").")
    boolean profit;

    @Option(names = "--margin-models", paramLabel = "LIST", defaultValue = "scale,trend,mix,scale-curve",
            description = "With --profit: the margin models to compare (default: ${DEFAULT-VALUE}).")
    String marginModels;

    @Option(names = "--paths", defaultValue = "10000", paramLabel = "N",
            description = "With --profit: simulated paths per as-of quarter and model (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--seed", defaultValue = "20201108", paramLabel = "SEED",
            description = "With --profit: the seed of every run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--horizon", defaultValue = "4", paramLabel = "H",
            description = "Quarters ahead (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--origins", defaultValue = "0", paramLabel = "N",
            description = "Use only the N most recent origins (default: every origin with at least --min-train "
                    + "quarters and a full horizon of actuals).")
    int origins;

    @Option(names = "--from", paramLabel = "QUARTER",
            description = "First origin quarter, e.g. 2016Q1 (the last quarter the methods see at that origin).")
    Quarter from;

    @Option(names = "--min-train", defaultValue = "8", paramLabel = "N",
            description = "Fewest quarters of history at an origin (default: ${DEFAULT-VALUE}).")
    int minTrain;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "Work with the data known at the end of this quarter: actuals and origins stop there.")
    Quarter asOf;

    @Option(names = "--metric", defaultValue = "revenue", paramLabel = "METRIC",
            description = "revenue (default), operating-income, market-total, market-share.")
    String metric;

    @Mixin
    DataOptions data;

    @Mixin
    FormatOption formatOption;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        if (profit) {
            return profitBacktest();
        }
        if (methods == null) {
            throw new UserException("--methods is required (or --profit for the profitability backtest)");
        }
        List<Method> ms = MethodList.parse(plugins.registry(), methods);
        if (horizon < 1) {
            throw new UserException("--horizon must be at least 1, was " + horizon);
        }
        if (origins < 0) {
            throw new UserException("--origins must be positive (or 0 for all), was " + origins);
        }
        if (minTrain < 1) {
            throw new UserException("--min-train must be at least 1, was " + minTrain);
        }
        Dataset d = data.dataset();
        Metric m = Metric.parse(metric);
        Series full = m == Metric.REVENUE ? d.headline(slug) : d.series(slug, m);
        Quarter end = asOf != null ? asOf : full.last();
        Series finalView = full.comparableStretch(end);
        if (finalView.isEmpty()) {
            throw new UserException("series " + slug + " has no values known as of " + end);
        }
        List<Quarter> quarters = finalView.quarters();
        double[] values = finalView.values();
        int minOrigin = minTrain;
        if (from != null) {
            int idx = quarters.indexOf(from);
            if (idx < 0) {
                throw new UserException("--from " + from + " is outside the comparable stretch of " + slug + " ("
                        + finalView.first() + ".." + finalView.last() + ")");
            }
            minOrigin = Math.max(minOrigin, idx + 1);
        }
        BacktestSpec bs = new BacktestSpec(horizon, origins, minOrigin, Forecast.DEFAULT_LEVELS);
        if (Backtest.origins(bs, values.length).length == 0) {
            throw new UserException("no origin with " + minOrigin + " quarters of history and " + horizon
                    + " quarters to score in " + slug + " " + finalView.first() + ".." + finalView.last()
                    + "; lower --horizon, --min-train or --from");
        }
        Vintages vintages = o -> {
            Quarter q = quarters.get(o - 1);
            Series known = full.comparableStretch(q);
            if (known.isEmpty() || !known.last().equals(q)) {
                throw new InsufficientDataException("no value for " + q + " was known at the end of " + q);
            }
            return known.values();
        };
        List<BacktestResult> results = new ArrayList<>();
        for (Method f : ms) {
            // every series of the dataset is quarterly: seasonal period 4
            results.add(Backtest.run(bs, f, values, vintages, 4));
        }
        PrintWriter out = spec.commandLine().getOut();
        int[] os = Backtest.origins(bs, values.length);
        switch (formatOption.get()) {
            case JSON -> Json.print(out, json(finalView, quarters, results));
            case CSV -> summary(results).printCsv(out);
            default -> {
                out.println(finalView.company() + " · " + finalView.segment() + " · " + finalView.metricLabel() + " · "
                        + finalView.unitLabel() + (asOf == null ? "" : " · as of " + asOf));
                out.println("Origins " + quarters.get(os[0] - 1) + ".." + quarters.get(os[os.length - 1] - 1) + " ("
                        + os.length + "), " + horizon + " quarters ahead; each origin sees only the values known at "
                        + "its end. sMAPE and MAPE in percent; MASE, RMSSE and MSIS scaled by the seasonal naive "
                        + "error of the history seen; cover = share of actuals inside the interval.");
                out.println();
                summary(results).print(out);
            }
        }
        return Marketcast.OK;
    }

    private int profitBacktest() {
        if (methods != null) {
            throw new UserException("--methods does not apply to --profit; choose margin models with --margin-models");
        }
        if (paths < 1) {
            throw new UserException("--paths must be at least 1, was " + paths);
        }
        List<MarginMethod> ms = new ArrayList<>();
        for (String name : marginModels.split(",")) {
            try {
                ms.add(MarginMethod.parse(name));
            } catch (IllegalArgumentException e) {
                throw new UserException("--margin-models: " + e.getMessage());
            }
        }
        Dataset d = data.dataset();
        if (asOf != null) {
            d = d.asOf(asOf);
        }
        ProfitBacktest.Spec ps = ProfitBacktest.Spec.defaults().withMethods(ms).withPaths(paths).withSeed(seed);
        ProfitBacktest.Result r;
        try {
            d.income(slug);
            r = ProfitBacktest.run(d, slug, ps);
        } catch (IllegalArgumentException e) {
            throw new UserException("SLUG: " + e.getMessage());
        }
        ProfitBacktestView.print(spec.commandLine().getOut(), formatOption.get(), d.label(slug), r, ps);
        return Marketcast.OK;
    }

    private TextTable summary(List<BacktestResult> results) {
        TextTable t = new TextTable("method", "origins", "failed", "sMAPE", "MAPE", "MASE", "RMSSE", "cover80",
                "cover95", "MSIS95").right(1, 2, 3, 4, 5, 6, 7, 8, 9);
        for (BacktestResult r : results) {
            double[] lv = r.levels();
            t.row(r.method(), r.origins().size(), r.failures(), Numbers.fixed(r.meanSmape(), 2),
                    Numbers.fixed(r.meanMape(), 2), Numbers.fixed(r.meanMase(), 3), Numbers.fixed(r.meanRmsse(), 3),
                    Numbers.fixed(r.meanCoverage(indexOf(lv, 0.80)), 2),
                    Numbers.fixed(r.meanCoverage(indexOf(lv, 0.95)), 2),
                    Numbers.fixed(r.meanMsis(indexOf(lv, 0.95)), 2));
        }
        return t;
    }

    private static int indexOf(double[] levels, double level) {
        for (int k = 0; k < levels.length; k++) {
            if (Math.abs(levels[k] - level) < 1e-9) {
                return k;
            }
        }
        throw new IllegalStateException("no " + level + " level");
    }

    private BacktestReport json(Series s, List<Quarter> quarters, List<BacktestResult> results) {
        List<BacktestReport.MethodResult> rs = new ArrayList<>();
        for (BacktestResult r : results) {
            double[] lv = r.levels();
            List<BacktestReport.Origin> per = new ArrayList<>();
            for (BacktestResult.Origin o : r.origins()) {
                String origin = quarters.get(o.origin() - 1).toString();
                List<String> targets = new ArrayList<>();
                for (int h = 0; h < horizon; h++) {
                    targets.add(quarters.get(o.origin() + h).toString());
                }
                if (o.failed()) {
                    per.add(new BacktestReport.Failed(origin, targets, o.actual(), o.failure()));
                } else {
                    Forecast f = o.forecast().orElseThrow();
                    per.add(new BacktestReport.Scored(origin, targets, o.actual(), f.mean(), f.lower(0.95),
                            f.upper(0.95), o.smape(), o.mase()));
                }
            }
            rs.add(new BacktestReport.MethodResult(r.method(), r.origins().size(), r.failures(), r.meanSmape(),
                    r.meanMape(), r.meanMase(), r.meanRmsse(), r.meanCoverage(indexOf(lv, 0.80)),
                    r.meanCoverage(indexOf(lv, 0.95)), r.meanMsis(indexOf(lv, 0.95)), per));
        }
        return new BacktestReport(s.slug(), s.metricLabel(), s.unitLabel(), asOf == null ? null : asOf.toString(),
                horizon, rs);
    }
}
