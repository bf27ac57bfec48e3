package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Json;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.eval.CompetitionResult;
import io.marketcast.forecast.eval.CompetitionRunner;
import io.marketcast.forecast.eval.CompetitionSpec;
import io.marketcast.model.CompetitionData;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import io.marketcast.cli.chart.BenchmarkChart;
import io.marketcast.cli.chart.BenchmarkRow;
import io.marketcast.cli.chart.ChartSize;
import io.marketcast.cli.json.BenchmarkReport;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marketcast benchmark}: scores methods on a competition in the M-competition layout (the embedded M3 by
 * default) and prints them next to the published entrants.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = {"Forecast every series of a competition (M3 by default) with each method, in parallel, and "
            + "print sMAPE and MASE per period and over all series (mean over series, as docs/m3.md defines) next "
            + "to the published entrants, with the coverage of the 80%% and 95%% intervals (share of actuals inside) "
            + "and the MSIS of the 95%% interval (M4's scaled interval score).",
            "Example: marketcast benchmark --period all --methods naive2,theta,auto"})
public final class BenchmarkCommand implements Callable<Integer> {

    /** Which series to score. */
    enum Period {
        YEARLY, QUARTERLY, MONTHLY, OTHER, ALL;

        static Period parse(String text) {
            for (Period p : values()) {
                if (p.name().equalsIgnoreCase(text.strip())) {
                    return p;
                }
            }
            throw new UserException("--period: unknown period '" + text + "'; valid: yearly, quarterly, monthly, "
                    + "other, all");
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Folder with series.csv, train.csv, test.csv (and optionally published_benchmarks.csv) in "
                    + "the layout of docs/m3.md. Default: the embedded M3.")
    Path dataset;

    @Option(names = "--period", defaultValue = "all", paramLabel = "PERIOD",
            description = "yearly, quarterly, monthly, other or all (default: ${DEFAULT-VALUE}).")
    String periodText;

    private Period period;

    @Option(names = "--methods", defaultValue = "naive2,ses,theta,dotm,auto", paramLabel = "LIST",
            description = "Comma-separated method names (default: ${DEFAULT-VALUE}); see 'Methods' in docs/methods.md.")
    String methods;

    @Mixin
    FormatOption formatOption;

    @Mixin
    PluginOptions plugins;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw sMAPE by method and period, ours beside the published THETA, ForecastPro and "
                    + "NAIVE2 and any published entrant of the same name, to FILE (.png or .svg).")
    Path chart;

    @Option(names = "--within-training",
            description = "Score on the training parts alone: each series' last h training values are the hold-out "
                    + "(for choosing and tuning without touching the test periods; no published rows).")
    boolean withinTraining;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Override
    public Integer call() {
        period = Period.parse(periodText);
        List<Method> ms = MethodList.parse(plugins.registry(), methods);
        int n = Threads.of(threads);
        CompetitionData data = dataset == null ? CompetitionData.embeddedM3() : CompetitionData.from(dataset);
        if (withinTraining) {
            data = data.withinTraining();
        }
        List<String> periods = period == Period.ALL ? List.of() : List.of(period.name());
        CompetitionSpec cs = new CompetitionSpec(ms, periods, n);
        long start = System.nanoTime();
        CompetitionResult result = runWithProgress(cs, data);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<CompetitionData.Published> published = data.published().stream()
                .filter(p -> period == Period.ALL || p.period().equals(period.name())).toList();
        PrintWriter out = spec.commandLine().getOut();
        switch (formatOption.get()) {
            case JSON -> Json.print(out, json(data, result, published));
            case CSV -> table(result, published).printCsv(out);
            default -> {
                out.println("Benchmark on " + data.origin() + ": " + result.rows().stream()
                        .filter(r -> r.method().equals(ms.get(0).name()) && !r.period().equals("ALL"))
                        .mapToInt(CompetitionResult.Row::series).sum() + " series; sMAPE in percent, MASE, "
                        + "cover80/cover95 (share of actuals inside the 80%/95% interval) and MSIS95, each the mean "
                        + "over series. Ours are marked *.");
                out.println();
                table(result, published).print(out);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (chart != null) {
            Path written = ChartCommand.write(BenchmarkChart.build(chartRows(result, published),
                    BenchmarkChart.Metric.SMAPE, ChartSize.DEFAULT, "benchmark"), chart, ChartCommand.formatOf(chart));
            err.println("Wrote " + written);
        }
        int failures = result.rows().stream().filter(r -> !r.period().equals("ALL"))
                .mapToInt(CompetitionResult.Row::failures).sum();
        if (failures > 0) {
            err.println("marketcast: note: " + failures + " forecasts failed and were scored as the naive forecast"
                    + " (see the 'failed' column)");
        }
        long unscaled = result.scores().stream().filter(sc -> sc.method().equals(ms.get(0).name())
                && !Double.isFinite(sc.mase())).count();
        if (unscaled > 0) {
            err.println("marketcast: note: MASE leaves out " + unscaled + " series whose history is constant (no"
                    + " scale); sMAPE counts them");
        }
        err.println(String.format(Locale.ROOT, "benchmark: %d method(s) on %s in %.1f s with %d thread(s)",
                ms.size(), data.origin(), seconds, n));
        err.flush();
        return Marketcast.OK;
    }

    /** Published entrants always drawn for reference, besides any whose name matches one of ours. */
    static final List<String> REFERENCE_ENTRANTS = List.of("THETA", "ForecastPro", "NAIVE2");

    static List<BenchmarkRow> chartRows(CompetitionResult result, List<CompetitionData.Published> published) {
        List<BenchmarkRow> rows = new ArrayList<>();
        java.util.Set<String> ours = new java.util.HashSet<>();
        for (CompetitionResult.Row r : result.rows()) {
            rows.add(new BenchmarkRow(r.method(), r.period(), r.smape(), r.mase(), "ours"));
            ours.add(r.method().toUpperCase(Locale.ROOT));
        }
        for (CompetitionData.Published p : published) {
            if (REFERENCE_ENTRANTS.contains(p.method()) || ours.contains(p.method().toUpperCase(Locale.ROOT))) {
                rows.add(new BenchmarkRow(p.method(), p.period(), p.smape(), p.mase(), "published"));
            }
        }
        return rows;
    }

    private CompetitionResult runWithProgress(CompetitionSpec cs, CompetitionData data) {
        if (!Terminal.stderrIsTerminal()) {
            return CompetitionRunner.run(cs, data);
        }
        PrintStream stderr = System.err;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("benchmark").setInitialMax(0)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stderr))
                .setUpdateIntervalMillis(250).clearDisplayOnFinish().build()) {
            return CompetitionRunner.run(cs, data, (done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
            });
        }
    }

    private TextTable table(CompetitionResult result, List<CompetitionData.Published> published) {
        record Line(String period, String method, boolean ours, double smape, double mase, double cover80,
                double cover95, double msis, int series, int failures) {
        }
        List<Line> lines = new ArrayList<>();
        result.rows().forEach(r -> lines.add(new Line(r.period(), r.method(), true, r.smape(), r.mase(),
                r.coverage80(), r.coverage95(), r.msis(), r.series(), r.failures())));
        published.forEach(p -> lines.add(new Line(p.period(), p.method(), false, p.smape(), p.mase(), Double.NaN,
                Double.NaN, Double.NaN, p.series(), 0)));
        List<String> order = List.of("YEARLY", "QUARTERLY", "MONTHLY", "OTHER", "ALL");
        lines.sort(Comparator.comparingInt((Line l) -> order.indexOf(l.period()) < 0 ? order.size()
                : order.indexOf(l.period())).thenComparing(Line::period).thenComparingDouble(Line::smape));
        boolean csv = formatOption.get() == OutputFormat.CSV;
        TextTable t = csv
                ? new TextTable("period", "method", "source", "smape", "mase", "coverage80", "coverage95", "msis",
                        "series", "failed")
                : new TextTable("period", "method", "sMAPE", "MASE", "cover80", "cover95", "MSIS95", "series",
                        "failed").right(2, 3, 4, 5, 6, 7, 8);
        for (Line l : lines) {
            if (csv) {
                t.row(l.period(), l.method(), l.ours() ? "marketcast" : "published", Numbers.fixed(l.smape(), 4),
                        Numbers.fixed(l.mase(), 4), l.ours() ? Numbers.fixed(l.cover80(), 4) : "",
                        l.ours() ? Numbers.fixed(l.cover95(), 4) : "", l.ours() ? Numbers.fixed(l.msis(), 4) : "",
                        l.series(), l.ours() ? Integer.toString(l.failures()) : "");
            } else {
                t.row(l.period().toLowerCase(Locale.ROOT), l.ours() ? "* " + l.method() : "  " + l.method(),
                        Numbers.fixed(l.smape(), 2), Numbers.fixed(l.mase(), 3),
                        l.ours() ? Numbers.fixed(l.cover80(), 3) : "", l.ours() ? Numbers.fixed(l.cover95(), 3) : "",
                        l.ours() ? Numbers.fixed(l.msis(), 2) : "", l.series(),
                        l.ours() ? Integer.toString(l.failures()) : "");
            }
        }
        return t;
    }

    private static BenchmarkReport json(CompetitionData data, CompetitionResult result,
            List<CompetitionData.Published> published) {
        return new BenchmarkReport(data.origin(), result.rows().stream()
                .map(r -> new BenchmarkReport.Row(r.method(), r.period(), r.smape(), r.mase(), r.coverage80(),
                        r.coverage95(), r.msis(), r.series(), r.failures()))
                .toList(), published.stream()
                .map(p -> new BenchmarkReport.Published(p.method(), p.period(), p.smape(), p.mase(), p.series()))
                .toList());
    }
}
