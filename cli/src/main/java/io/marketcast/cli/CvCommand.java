package io.marketcast.cli;

import io.marketcast.cli.chart.PanelChart;
import io.marketcast.cli.panel.BestFile;
import io.marketcast.cli.panel.PanelTables;
import io.marketcast.cli.panel.Table;
import io.marketcast.cli.text.TextTable;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.panel.BestMethod;
import io.marketcast.forecast.panel.CrossValidation;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelSeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marketcast cv FILE}: rolling-origin cross-validation of methods over a long-format file. */
@Command(name = "cv", mixinStandardHelpOptions = true,
        description = {"Rolling-origin cross-validation over a long-format file: each series is cut K times, H steps "
            + "apart from its end by --step, each method fitted to what comes before a cut and scored on the H values "
            + "after it. Prints the accuracy per method (MAE, RMSE, MAPE, sMAPE, MASE, interval coverage, MSIS: the "
            + "benchmark's metrics); --out writes every window's forecasts beside the actuals.",
            "Example: marketcast cv examples/panel/weekly-synthetic.csv --h 13 --windows 3 --step 13 "
                + "--methods ets,theta,snaive"})
public final class CvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PanelInput input;

    @Option(names = "--h", required = true, paramLabel = "H", description = "Steps forecast in each window.")
    int horizon;

    @Option(names = "--windows", defaultValue = "1", paramLabel = "K",
            description = "Windows per series (default: ${DEFAULT-VALUE}: the last H values held out).")
    int windows;

    @Option(names = "--step", defaultValue = "1", paramLabel = "S",
            description = "Observations between consecutive cut-offs (default: ${DEFAULT-VALUE}).")
    int step;

    @Option(names = "--methods", defaultValue = "ets,theta,auto", paramLabel = "LIST",
            description = "Comma-separated method names (default: ${DEFAULT-VALUE}).")
    String methods;

    @Option(names = "--level", defaultValue = "80,95", paramLabel = "LIST",
            description = "Interval levels in percent, each scored for coverage; MSIS takes 95 (default: "
                    + "${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write every window's forecasts and actuals to FILE (.csv, .json or .parquet).")
    Path out;

    @Option(names = "--accuracy", paramLabel = "FILE",
            description = "Also write the accuracy table to FILE (.csv, .json or .parquet).")
    Path accuracyOut;

    @Option(names = "--best", paramLabel = "FILE",
            description = "Also write each series' best method by --best-by to FILE (CSV: series, method, metric, "
                    + "score, windows); 'marketcast forecast DATA --methods best-by-cv --best-from FILE' forecasts "
                    + "each series with it. Run cv on the data you will forecast from: its windows end there.")
    Path bestOut;

    @Option(names = "--best-by", defaultValue = "smape", paramLabel = "METRIC",
            description = "What --best chooses by, the lowest mean over a series' windows: mae, rmse, mape, smape, "
                    + "mase or msis (default: ${DEFAULT-VALUE}). A tie goes to the method listed first; a series "
                    + "where the metric is undefined for every method is decided by mae.")
    String bestBy;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format of --out: csv, json or parquet (default: by its extension).")
    String format;

    @Option(names = "--chart", split = ",", paramLabel = "ID",
            description = "Draw these series (history, each window's forecasts, the cut-offs) as cv-ID.png in "
                    + "--chart-dir.")
    List<String> chart = new ArrayList<>();

    @Option(names = "--chart-dir", paramLabel = "DIR",
            description = "Folder for the charts (default: the folder of --out, else the current folder).")
    Path chartDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Mixin
    PluginOptions plugins;

    @Override
    public Integer call() {
        if (horizon < 1) {
            throw new UserException("--h must be at least 1, was " + horizon);
        }
        if (windows < 1) {
            throw new UserException("--windows must be at least 1, was " + windows);
        }
        if (step < 1) {
            throw new UserException("--step must be at least 1, was " + step);
        }
        List<Method> ms = MethodList.parse(plugins.registry(), methods);
        BestMethod.Metric metric = bestMetric(bestBy, bestOut);
        double[] levels = PanelRun.levels(level);
        int n = PanelRun.threads(threads);
        PanelOutput.Format fmt = PanelOutput.format(format, out);
        long start = System.nanoTime();
        Panel panel = input.read(System.in);
        List<PanelSeries> charted = PanelOutput.chartSeries(panel, chart);
        String readTime = PanelRun.seconds(start);
        long fit = System.nanoTime();
        CrossValidation.Result result = PanelRun.withProgress("cv", p -> CrossValidation.run(panel,
                new CrossValidation.Spec(ms, horizon, windows, step, levels, n), p));
        String fitTime = PanelRun.seconds(fit);
        Table accuracy = PanelTables.accuracy(result);
        PanelOutput files = new PanelOutput();
        if (out != null) {
            files.add(out, PanelOutput.encode(PanelTables.windows(result), fmt));
        }
        if (accuracyOut != null) {
            files.add(accuracyOut, PanelOutput.encode(accuracy, PanelOutput.Format.of(accuracyOut)));
        }
        List<BestMethod.Choice> best = List.of();
        if (bestOut != null) {
            best = BestMethod.choose(panel, result, metric);
            files.add(bestOut, PanelOutput.encode(BestFile.table(best), PanelOutput.Format.CSV));
        }
        Path dir = PanelRun.chartDir(chartDir, out);
        for (PanelSeries s : charted) {
            files.add(dir.resolve("cv-" + PanelOutput.safe(s.id()) + ".png"), chart(panel, s, result, levels));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("Cross-validation of " + panel.size() + " series from " + panel.source() + " ("
                + panel.frequency().label() + ", season " + panel.season() + "): " + windows + " window(s) of "
                + horizon + " step(s), cut-offs " + step + " apart; means over every window of every series.");
        o.println();
        text(result).print(o);
        o.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : files.write()) {
            err.println("Wrote " + p);
        }
        Map<String, Integer> notes = new LinkedHashMap<>();
        for (CrossValidation.Window w : result.windows()) {
            if (!w.note().isEmpty()) {
                notes.merge(w.method() + ": " + w.note(), 1, Integer::sum);
            }
        }
        int fallbacks = result.accuracy().stream().mapToInt(CrossValidation.Accuracy::fallbacks).sum();
        if (fallbacks > 0) {
            err.println("marketcast: note: " + fallbacks + " forecasts fell back to the naive forecast and were "
                    + "scored as such (see the 'fallbacks' column" + (out == null ? ")" : " and the 'note' column)"));
        }
        PanelRun.printNotes(err, notes, "windows");
        if (bestOut != null) {
            err.println("marketcast: best by " + metric.label() + ": " + bestSummary(best, ms, metric));
        }
        if (result.skipped() > 0) {
            err.println("marketcast: note: " + result.skipped() + " window(s) skipped: their series were too short "
                    + "to leave any history before the cut-off");
        }
        err.println("cv: " + panel.size() + " series x " + ms.size() + " method(s) x " + windows + " window(s); read in "
                + readTime + ", cross-validated in " + fitTime + " with " + n + " thread(s)");
        err.flush();
        return Marketcast.OK;
    }

    /** {@code --best-by}, checked before any work; {@code --best} must name a CSV file. */
    static BestMethod.Metric bestMetric(String text, Path best) {
        BestMethod.Metric m;
        try {
            m = BestMethod.Metric.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserException("--best-by: " + e.getMessage());
        }
        if (best != null && PanelOutput.Format.of(best) != PanelOutput.Format.CSV) {
            throw new UserException("--best: " + best + ": the best file is CSV (forecast --best-from reads it); "
                    + "name it .csv");
        }
        return m;
    }

    /** {@code ets 12 series, theta 20 series, ...} in the order of the methods; and how many MAE decided. */
    private static String bestSummary(List<BestMethod.Choice> best, List<Method> methods,
            BestMethod.Metric metric) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Method m : methods) {
            counts.put(m.name(), 0);
        }
        int byMae = 0;
        int none = 0;
        for (BestMethod.Choice c : best) {
            counts.merge(c.method(), 1, Integer::sum);
            none += c.windows() == 0 ? 1 : 0;
            byMae += c.windows() > 0 && c.metric() != metric ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue())
                    .append(" series");
        }
        return sb + (byMae > 0 ? "; " + byMae + " series decided by mae (" + metric.label() + " undefined for "
                + "every method)" : "") + (none > 0 ? "; " + none + " series without a window got the first method"
                : "");
    }

    private static TextTable text(CrossValidation.Result r) {
        double[] levels = r.levels();
        List<String> head = new ArrayList<>(List.of("method", "series", "windows", "MAE", "RMSE", "MAPE", "sMAPE",
                "MASE"));
        for (double l : levels) {
            head.add("cover" + PanelTables.levelLabel(l));
        }
        head.add("MSIS");
        head.add("fallbacks");
        TextTable t = new TextTable(head.toArray(String[]::new));
        int[] right = new int[head.size() - 1];
        for (int i = 0; i < right.length; i++) {
            right[i] = i + 1;
        }
        t.right(right);
        for (CrossValidation.Accuracy a : r.accuracy()) {
            List<Object> row = new ArrayList<>(List.of(a.method(), a.series(), a.windows(), sig(a.mae()),
                    sig(a.rmse()), Numbers.fixed(a.mape(), 2), Numbers.fixed(a.smape(), 2),
                    Numbers.fixed(a.mase(), 3)));
            for (double c : a.coverage()) {
                row.add(Numbers.fixed(100 * c, 1) + (Double.isNaN(c) ? "" : "%"));
            }
            row.add(Numbers.fixed(a.msis(), 3));
            row.add(a.fallbacks());
            t.row(row.toArray());
        }
        return t;
    }

    /** Four significant digits, no exponent. */
    private static String sig(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static byte[] chart(Panel panel, PanelSeries s, CrossValidation.Result result, double[] levels) {
        List<PanelChart.Line> lines = new ArrayList<>();
        List<Double> cutoffs = new ArrayList<>();
        double level = levels.length == 0 ? Double.NaN : levels[0];
        for (CrossValidation.Window w : result.windows()) {
            if (w.series() != s) {
                continue;
            }
            Forecast f = w.forecast();
            double[] x = new double[f.horizon()];
            for (int h = 0; h < x.length; h++) {
                x[h] = s.axis().x(w.cutoff() + h);
            }
            double cut = s.axis().x(w.cutoff() - 1);
            if (!cutoffs.contains(cut)) {
                cutoffs.add(cut);
            }
            boolean band = levels.length > 0 && !Double.isNaN(f.lower(level)[0]);
            lines.add(new PanelChart.Line(w.method(), w.window() + 1, x, f.mean(),
                    band ? f.lower(level) : null, band ? f.upper(level) : null));
        }
        String band = levels.length == 0 ? "" : PanelTables.levelLabel(level) + "%";
        return PanelOutput.png(s.id() + ": cross-validation forecasts" + (band.isEmpty() ? "" : " with " + band
                + " intervals"), panel, s, s.length(), lines, band,
                cutoffs.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
