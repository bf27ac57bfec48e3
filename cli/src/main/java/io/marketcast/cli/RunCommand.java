package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import io.marketcast.cli.chart.ChartFormat;
import io.marketcast.cli.chart.ChartSize;
import io.marketcast.cli.chart.RunCharts;
import io.marketcast.cli.json.Manifest;
import io.marketcast.cli.report.ReportHtml;
import io.marketcast.cli.scenario.HistoryTable;
import io.marketcast.cli.scenario.OutputFiles;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.AnswerBlock;
import io.marketcast.cli.scenario.BaselineComparison;
import io.marketcast.cli.scenario.Coverage;
import io.marketcast.cli.scenario.RunResults;
import io.marketcast.cli.chart.BaselineChart;
import io.marketcast.cli.chart.CsvInput;
import io.marketcast.cli.chart.SeriesLabels;
import io.marketcast.cli.text.TextTable;
import io.marketcast.forecast.scenario.Answers;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioProblem;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.model.Dataset;
import io.marketcast.model.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast run}: run a scenario script and write its tables of record. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario script: forecast, simulate, and write tables, charts and a report.",
            "Fits each series as of the scenario's quarter, simulates sample paths, prints medians and 80%% intervals "
                + "beside the actual values, and writes quantiles.csv, events.csv, history.csv, series.csv, "
                + "scenario.resolved.yaml, manifest.json, the charts (PNG, unless outputs.charts is false) and "
                + "report.html to out/<name>/, all or nothing.",
            "SCENARIO is a YAML file (docs/scenarios.md) or the name of a shipped one: "
                + "seed-2020q3 (default), latest, ai-boom, price-war."})
public final class RunCommand implements Callable<Integer> {

    /** Scenarios shipped in the jar (from the project's scenarios/ folder). */
    public static final List<String> SHIPPED = List.of("seed-2020q3", "latest", "ai-boom", "price-war");

    /** The report's file name in the output folder. */
    public static final String REPORT = "report.html";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file or shipped name (default: seed-2020q3).")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: the scenario's, out/<name>).")
    Path out;

    @Option(names = "--paths", paramLabel = "N", description = "Sample paths (overrides the scenario).")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (overrides the scenario).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    FormatOption formatOption;

    @Mixin
    DataOptions data;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        int nThreads = Threads.of(threads);
        Source src = source();
        Dataset dataset = data.dataset();
        Scenario sc = overrides(ScenarioReader.read(src.name(), src.text(), dataset, plugins.registry()));
        OutputFiles.checkFolder(Path.of(sc.outputs().directory()));
        ScenarioRun run;
        ScenarioRun baseRun = null;
        boolean whatIf = !sc.shocks().isEmpty();
        try (Progress progress = new Progress(whatIf ? 2L * sc.paths() : sc.paths(), spec.commandLine().getErr())) {
            run = ScenarioEngine.run(sc, dataset, new ScenarioEngine.Options(plugins.registry(), nThreads,
                    progress));
            if (whatIf) {
                long done = sc.paths();
                baseRun = ScenarioEngine.run(sc.baseline(), dataset, new ScenarioEngine.Options(plugins.registry(),
                        nThreads, n -> progress.accept(done + n)));
            }
        } catch (ScenarioProblem p) {
            throw ScenarioReader.locate(src.name(), src.text(), p);
        }
        BaselineComparison baseline = baseRun == null ? null : new BaselineComparison(run, baseRun);
        Answers answers = Answers.of(run);
        List<Coverage> coverage = Coverage.of(run);
        Manifest manifest = RunReport.manifest(run, src.name(), sha256(src.text()), dataset.origin(),
                dataset.version(), Marketcast.version(), BuildInfo.gitCommit());
        String quantilesCsv = RunReport.quantilesCsv(run);
        String eventsCsv = RunReport.eventsCsv(run);
        String historyCsv = HistoryTable.csv(run);
        String seriesCsv = RunReport.seriesCsv(run);
        String resolved = RunReport.resolvedYaml(sc);
        String manifestJson = RunReport.manifestJson(manifest);
        OutputFiles files = new OutputFiles()
                .add("quantiles.csv", quantilesCsv)
                .add("events.csv", eventsCsv)
                .add("history.csv", historyCsv)
                .add("series.csv", seriesCsv)
                .add("scenario.resolved.yaml", resolved)
                .add("manifest.json", manifestJson);
        if (baseline != null) {
            files.add("baseline.csv", baseline.csv()).add("shocks.csv", baseline.shocksCsv());
        }
        List<ReportHtml.Figure> figures = new ArrayList<>();
        ReportHtml.Figure baselineFigure = null;
        if (sc.outputs().charts()) {
            RunCharts.all(quantilesCsv, eventsCsv, historyCsv, seriesCsv, ChartSize.DEFAULT, sc.asOf())
                    .forEach((name, chart) -> {
                String file = name + "." + ChartFormat.PNG.extension();
                String title = chart.getTitle();
                java.util.Optional<String> w = AnswerBlock.chartWarning(run, name, RunCharts::fanName);
                // the picture says it too, in the warning's first words ("thin fit", "weakly identified")
                w.ifPresent(x -> chart.setTitle(title + "  " + AnswerBlock.WARN + " " + AnswerBlock.kind(x)));
                files.add(file, ChartFormat.PNG.encode(chart));
                figures.add(new ReportHtml.Figure(file, title + w.map(x -> " — " + AnswerBlock.WARN + " " + x)
                        .orElse("")));
            });
            if (baseline != null) {
                var chart = BaselineChart.build(baseline.csv(), baseline.shocksCsv(),
                        SeriesLabels.read(CsvInput.parse("series.csv", seriesCsv)), sc.name(), sc.asOf(),
                        ChartSize.DEFAULT);
                files.add("baseline.png", ChartFormat.PNG.encode(chart));
                baselineFigure = new ReportHtml.Figure("baseline.png", chart.getTitle());
            }
        }
        List<String> names = new ArrayList<>(files.names());
        names.add(REPORT);
        files.add(REPORT, ReportHtml.html(run, new ReportHtml.Results(answers, coverage, baseline, baselineFigure),
                figures, resolved, manifestJson, names));
        Path dir = Path.of(sc.outputs().directory());
        List<Path> written = files.replaceFolder(dir);
        PrintWriter o = spec.commandLine().getOut();
        switch (formatOption.get()) {
            case CSV -> o.print(quantilesCsv);
            case JSON -> Json.print(o, RunResults.of(run, answers, coverage, baseline, manifest,
                    written.stream().map(Path::toString).toList()));
            default -> printSummary(o, run, answers, coverage, baseline, written);
        }
        o.flush();
        return Marketcast.OK;
    }

    private void printSummary(PrintWriter o, ScenarioRun run, Answers answers, List<Coverage> coverage,
            BaselineComparison baseline, List<Path> written) {
        Scenario sc = run.scenario();
        o.println("Scenario " + sc.name() + ": as of " + sc.asOf() + ", to " + sc.end() + ", " + sc.paths()
                + " paths, seed " + sc.seed() + " (" + run.wallMillis() + " ms on " + run.threads() + " threads)");
        o.println("Question: " + AnswerBlock.question(sc));
        o.println(AnswerBlock.lead(run));
        TextTable ev = AnswerBlock.events(run, answers);
        if (ev != null) {
            ev.print(o);
        }
        TextTable sh = AnswerBlock.shares(run, answers);
        if (sh != null) {
            o.println();
            sh.print(o);
        }
        AnswerBlock.warnings(run).forEach(o::println);
        if (answers.events().stream().anyMatch(a -> !a.comparable())) {
            o.println("† = on a segment definition not comparable with the fitted history");
        }
        o.println();
        if (!sc.description().isBlank()) {
            o.println(sc.description().strip());
            o.println();
        }
        if (baseline != null) {
            o.println("Against the baseline (the same scenario without shocks, same seed " + sc.seed() + "):");
            baseline.shocks().forEach(x -> o.println("  shock: " + x));
            baseline.medians().print(o);
            if (!run.result().events().isEmpty()) {
                o.println();
                baseline.events().print(o);
            }
            o.println();
        }
        o.println("Revenue per quarter, " + sc.currency() + " (median and 80% interval of the simulated paths; actual"
                + " where known):");
        RunReport.summary(run, id -> !id.contains(":")).print(o);
        if (sc.analyses().share()) {
            o.println();
            o.println("Market share, " + RunReport.shareBasis(run) + ":");
            RunReport.summary(run, id -> id.startsWith("share:")).print(o);
        }
        if (!sc.analyses().profitability().isEmpty()) {
            o.println();
            o.println("Segment profit (" + String.join(", ", sc.analyses().profitability()) + "):");
            RunReport.summary(run, id -> id.startsWith("income:") || id.startsWith("margin:")).print(o);
            o.println();
            RunReport.profitSummary(run).print(o);
        }
        o.println("(est.) = estimate; † = on a segment definition not comparable with the fitted history");
        if (!run.result().events().isEmpty()) {
            o.println();
            RunReport.eventSummary(run).print(o);
        }
        if (!coverage.isEmpty()) {
            o.println();
            o.println("Actual vs forecast, every forecast quarter with a comparable actual (80% band = p10–p90; 90%"
                    + " band = p5–p95):");
            Coverage.table(run, coverage).print(o);
        }
        AnswerBlock.warnings(run).forEach(o::println);
        o.println();
        o.println("Fits:");
        run.fits().forEach((id, f) -> o.println("  " + sc.label(id) + ": " + f));
        o.println();
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        long charts = names.stream().filter(n -> n.endsWith(".png")).count();
        o.println("Wrote " + written.size() + " files to " + written.get(0).getParent() + ": "
                + String.join(", ", names.stream().filter(n -> !n.endsWith(".png")).toList())
                + (charts == 0 ? "" : " and " + charts + " charts (PNG); open " + REPORT + " to see them all"));
    }

    private Scenario overrides(Scenario sc) {
        if (paths != null && (paths < 1 || paths > Scenario.MAX_PATHS)) {
            throw new UserException("--paths must be in 1.." + Scenario.MAX_PATHS + ", was " + paths);
        }
        Scenario.Builder b = sc.toBuilder();
        if (paths != null) {
            b.paths(paths);
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (out != null && out.toString().isBlank()) {
            throw new UserException("--out: the folder name is empty (give a folder, e.g. --out out/" + sc.name() + ")");
        }
        if (out != null) {
            b.outputs(new Scenario.Outputs(out.toString(), sc.outputs().charts()));
        }
        return b.build();
    }

    /** A scenario's text and the name messages give it. */
    record Source(String name, String text) {
    }

    private Source source() {
        return source(scenario);
    }

    /** The scenario file {@code scenario} names, or the shipped one of that name (seed-2020q3 when null). */
    static Source source(String scenario) {
        String s = scenario == null ? "seed-2020q3" : scenario;
        Path p = Path.of(s);
        if (Files.isRegularFile(p)) {
            return new Source(s, TextFiles.read(p, TextFiles.MAX_SCENARIO_BYTES, "scenario file"));
        }
        String name = s.endsWith(".yaml") ? s.substring(0, s.length() - 5) : s;
        if (SHIPPED.contains(name) && !s.contains("/")) {
            return new Source(name + ".yaml (shipped)", shipped(name));
        }
        if (Files.isDirectory(p)) {
            throw new UserException(s + ": is a folder, not a scenario file");
        }
        throw new UserException(s + ": no such scenario file (shipped scenarios: " + String.join(", ", SHIPPED) + ")");
    }

    /** The text of a shipped scenario. */
    public static String shipped(String name) {
        try (InputStream in = RunCommand.class.getResourceAsStream("scenarios/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("shipped scenario " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Progress on stderr once a run has taken more than a second: a bar on a terminal; otherwise (a log, a pipe) a
     * line at every tenth of the paths once the run has taken more than ten seconds, so that a long run (up to
     * {@value Scenario#MAX_PATHS} paths) is seen to move.
     */
    private static final class Progress implements LongConsumer, AutoCloseable {
        private final long total;
        private final long start = System.nanoTime();
        private final boolean terminal = System.console() != null;
        private final PrintWriter err;
        private ProgressBar bar;
        private long nextTenth = 1;

        Progress(long total, PrintWriter err) {
            this.total = total;
            this.err = err;
        }

        @Override
        public synchronized void accept(long done) {
            long elapsed = System.nanoTime() - start;
            if (!terminal) {
                while (nextTenth <= 10 && done * 10 >= nextTenth * total) {
                    if (elapsed > 10_000_000_000L && nextTenth < 10) {
                        err.println("marketcast: " + done + " of " + total + " paths (" + nextTenth * 10 + "%, "
                                + elapsed / 1_000_000_000L + " s)");
                        err.flush();
                    }
                    nextTenth++;
                }
                return;
            }
            if (bar == null && elapsed > 1_000_000_000L) {
                bar = new ProgressBarBuilder().setTaskName("paths").setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
            }
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
