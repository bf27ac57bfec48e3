package io.marketcast.cli;

import io.marketcast.cli.chart.PanelChart;
import io.marketcast.cli.panel.PanelTables;
import io.marketcast.cli.panel.Table;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelForecaster;
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

/** {@code marketcast forecast FILE}: every series of a long-format file forecast by every method. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Forecast every series of a long-format file (id, date, value) with each method: one row per "
            + "series, date and method with the point forecast and each interval bound (columns: docs/outputs.md).",
            "A method that cannot forecast a series falls back to the naive forecast; the 'note' column says why.",
            "Example: marketcast forecast examples/panel/m3-monthly-sample.csv --h 24 --methods ets,theta,auto "
                + "--out fc.csv"})
public final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PanelInput input;

    @Option(names = "--h", required = true, paramLabel = "H", description = "Steps to forecast, in the data's "
            + "frequency.")
    int horizon;

    @Option(names = "--methods", defaultValue = "ets,theta,auto", paramLabel = "LIST",
            description = "Comma-separated method names (default: ${DEFAULT-VALUE}); 'marketcast methods' lists them. "
                    + "best-by-cv forecasts each series with its method in --best-from.")
    String methods;

    @Option(names = "--best-from", paramLabel = "FILE",
            description = "With --methods best-by-cv: the file 'marketcast cv DATA --best FILE' wrote, each series' "
                    + "best method by cross-validation. It must name every series of the data (extra rows are "
                    + "ignored). The rows of best-by-cv name the method used in the column 'chosen'.")
    Path bestFrom;

    @Option(names = "--level", defaultValue = "80,95", paramLabel = "LIST",
            description = "Interval levels in percent (default: ${DEFAULT-VALUE}).")
    String level;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the forecasts to FILE (.csv, .json or .parquet); default: CSV on standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv, json or parquet (default: by the extension of --out, else csv).")
    String format;

    @Option(names = "--chart", split = ",", paramLabel = "ID",
            description = "Draw these series (history, each method's forecast and interval) as PNG files "
                    + "forecast-ID.png in --chart-dir.")
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
        BestByCv best = BestByCv.parse(plugins.registry(), methods, bestFrom);
        List<Method> ms = best.others();
        double[] levels = PanelRun.levels(level);
        int n = PanelRun.threads(threads);
        PanelOutput.Format fmt = PanelOutput.format(format, out);
        long start = System.nanoTime();
        Panel panel = input.read(System.in);
        List<PanelSeries> charted = PanelOutput.chartSeries(panel, chart);
        List<Method> chosen = best.chosen(panel);
        String readTime = PanelRun.seconds(start);
        long fit = System.nanoTime();
        List<PanelForecaster.Result> results = ms.isEmpty() ? List.of() : PanelRun.withProgress("forecast",
                p -> PanelForecaster.forecast(panel, new PanelForecaster.Spec(ms, horizon, levels, n), p));
        List<PanelForecaster.Result> each = chosen == null ? null : PanelRun.withProgress("best-by-cv",
                p -> PanelForecaster.forecastEach(panel, chosen, new PanelForecaster.Spec(List.of(chosen.get(0)),
                        horizon, levels, n), p));
        String fitTime = PanelRun.seconds(fit);
        List<String> chosenColumn = each == null ? null : new ArrayList<>();
        results = best.merge(results, each, chosenColumn);
        Table table = PanelTables.forecasts(results, levels, chosenColumn);
        PanelOutput files = new PanelOutput();
        if (out != null) {
            files.add(out, PanelOutput.encode(table, fmt));
        }
        Path dir = PanelRun.chartDir(chartDir, out);
        for (PanelSeries s : charted) {
            files.add(dir.resolve("forecast-" + PanelOutput.safe(s.id()) + ".png"), chart(panel, s, results, levels));
        }
        PrintWriter err = spec.commandLine().getErr();
        if (out == null) {
            PanelOutput.print(spec.commandLine().getOut(), table, fmt);
        }
        for (Path p : files.write()) {
            err.println("Wrote " + p);
        }
        notes(err, results);
        best.notes(err, panel);
        err.println("forecast: " + panel.size() + " series (" + panel.frequency().label() + ", season "
                + panel.season() + ") x " + (ms.size() + (chosen == null ? 0 : 1)) + " method(s), h = " + horizon
                + "; read in " + readTime + ", forecast in " + fitTime + " with " + n + " thread(s)");
        err.flush();
        return Marketcast.OK;
    }

    /** One line per distinct note, with how many forecasts it concerns. */
    static void notes(PrintWriter err, List<PanelForecaster.Result> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int fallbacks = 0;
        for (PanelForecaster.Result r : results) {
            if (!r.note().isEmpty()) {
                counts.merge(r.method() + ": " + r.note(), 1, Integer::sum);
            }
            fallbacks += r.fallback() ? 1 : 0;
        }
        if (fallbacks > 0) {
            err.println("marketcast: note: " + fallbacks + " of " + results.size() + " forecasts fell back to the "
                    + "naive forecast (see the 'note' column)");
        }
        PanelRun.printNotes(err, counts, "series");
    }

    private static byte[] chart(Panel panel, PanelSeries s, List<PanelForecaster.Result> results, double[] levels) {
        List<PanelChart.Line> lines = new ArrayList<>();
        double level = levels.length == 0 ? Double.NaN : levels[0];
        for (PanelForecaster.Result r : results) {
            if (r.series() != s) {
                continue;
            }
            Forecast f = r.forecast();
            double[] x = new double[f.horizon()];
            for (int h = 0; h < x.length; h++) {
                x[h] = s.axis().x(s.length() + h);
            }
            boolean band = levels.length > 0 && !Double.isNaN(f.lower(level)[0]);
            lines.add(new PanelChart.Line(r.method(), 0, x, f.mean(), band ? f.lower(level) : null,
                    band ? f.upper(level) : null));
        }
        String band = levels.length == 0 ? "" : PanelTables.levelLabel(level) + "%";
        return PanelOutput.png(s.id() + ": forecasts" + (band.isEmpty() ? "" : " with " + band + " intervals"),
                panel, s, s.length(), lines, band, new double[0]);
    }
}
