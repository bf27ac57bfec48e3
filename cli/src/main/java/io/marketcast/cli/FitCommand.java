package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import io.marketcast.cli.chart.ChartSize;
import io.marketcast.cli.chart.FitRow;
import io.marketcast.cli.chart.GrowthFitChart;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.growth.Curves;
import io.marketcast.forecast.growth.ErrorModel;
import io.marketcast.forecast.growth.GrowthCurve;
import io.marketcast.forecast.growth.GrowthFit;
import io.marketcast.forecast.growth.GrowthFitter;
import io.marketcast.forecast.growth.GrowthPrediction;
import io.marketcast.forecast.growth.GrowthSelection;
import io.marketcast.forecast.growth.GrowthSpec;
import io.marketcast.model.Currency;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast fit}: a growth curve fitted to a series or to two columns of a file, with its forecast. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a growth curve (or every curve, choosing by AICc) to a revenue series as of a quarter, or"
                + " to two columns of a CSV file; print estimates ± standard errors, AICc and the forecast with 80%%"
                + " and 95%% prediction intervals. Curves: linear, exponential, logistic, gompertz, richards,"
                + " monomolecular, bass (formulas in docs/curves.md).",
            "Exit code 1 when the fit is not usable (did not converge, parameters not identified, constraints"
                + " broken): the diagnostics say why and there is no forecast."})
public final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SLUG",
            description = "Series slug, e.g. aws, alibaba-cloud (see 'marketcast data list'); or use --csv.")
    String slug;

    @Option(names = "--model", required = true, paramLabel = "NAME",
            description = "A curve name, or auto (every curve the data support, best AICc first).")
    String model;

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "Fit what was known at the end of this quarter (default: the last quarter of the data).")
    Quarter asOf;

    /** The longest forecast of {@code fit}, in steps (quarters for a series): 100 years. */
    static final int MAX_HORIZON = 400;

    @Option(names = "--horizon", defaultValue = "8", paramLabel = "N",
            description = "Steps to forecast (default: ${DEFAULT-VALUE}; 0 for none; at most " + MAX_HORIZON + ").")
    int horizon;

    @Mixin
    FormatOption formatOption;

    @Mixin
    DataOptions data;

    @Option(names = "--chart", paramLabel = "FILE",
            description = "Also draw the data, the fitted curve (named), its capacity and the forecast's 80%% and 95%% "
                    + "intervals to FILE (.png or .svg); series fits only.")
    Path chart;

    @Option(names = "--csv", paramLabel = "FILE", description = "Fit two columns of this CSV file instead of a series.")
    Path csv;

    @Option(names = "--x", paramLabel = "COL", description = "With --csv: the predictor column (t).")
    String xColumn;

    @Option(names = "--y", paramLabel = "COL", description = "With --csv: the response column.")
    String yColumn;

    @Option(names = "--start", paramLabel = "v1,v2,...", split = ",",
            description = "Starting values in the curve's parametrisation (default: computed from the data).")
    double[] start;

    @Option(names = "--error", paramLabel = "MODEL",
            description = "additive or multiplicative (fit in logs). Default: multiplicative for a series,"
                    + " additive for --csv.")
    String error;

    @Override
    public Integer call() {
        validate();
        boolean auto = model.trim().equalsIgnoreCase("auto");
        GrowthCurve curve = auto ? null : curve(model);
        FitData d = csv != null ? fromFile() : fromSeries();
        ErrorModel em = error != null ? ErrorModel.parse(error)
                : csv != null ? ErrorModel.ADDITIVE : ErrorModel.MULTIPLICATIVE;
        GrowthSelection selection = null;
        GrowthFit fit;
        if (auto) {
            selection = GrowthFitter.auto(em, d.t(), d.y());
            fit = selection.best();
        } else {
            GrowthSpec s = GrowthSpec.of(curve).withError(em);
            if (start != null) {
                try {
                    s = s.withStart(start);
                } catch (IllegalArgumentException e) {
                    throw new UserException("--start: " + e.getMessage());
                }
            }
            fit = GrowthFitter.fit(s, d.t(), d.y());
        }
        Forecast forecast = fit.usable() && horizon > 0 ? GrowthPrediction.forecast(fit, d.future(), FitReport.LEVELS)
                : null;
        FitReport report = new FitReport(d, fit, selection, forecast);
        if (chart != null && fit.usable()) {
            GrowthFitChart.Bands bands = forecast == null ? null : new GrowthFitChart.Bands(forecast.levels(),
                    forecast.lower(), forecast.upper());
            Path written = ChartCommand.write(GrowthFitChart.build(chartRows(d, fit), ChartSize.DEFAULT, slug,
                    fit.curve().name(), bands), chart, ChartCommand.formatOf(chart));
            spec.commandLine().getErr().println("Wrote " + written);
        }
        if (formatOption.get() == OutputFormat.JSON) {
            Json.print(spec.commandLine().getOut(), report.json());
        } else {
            report.printTable(spec.commandLine().getOut());
        }
        return fit.usable() ? Marketcast.OK : Marketcast.FAILURE;
    }

    private static GrowthCurve curve(String name) {
        try {
            return Curves.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserException("--model: unknown model '" + name + "' (valid: " + String.join(", ",
                    Curves.names()) + ", auto)");
        }
    }

    /** The growth-fit chart's rows: every observed and forecast quarter with the fitted curve and the capacity. */
    List<FitRow> chartRows(FitData d, GrowthFit fit) {
        Quarter first = Quarter.parse(d.labels().get(0)).minus(d.y().length);
        int k = fit.curve().capacityIndex();
        OptionalDouble cap = k >= 0 ? OptionalDouble.of(fit.estimate(k)) : OptionalDouble.empty();
        List<FitRow> rows = new ArrayList<>();
        for (int i = 0; i < d.y().length + d.future().length; i++) {
            double t = i + 1;
            OptionalDouble value = i < d.y().length ? OptionalDouble.of(d.y()[i]) : OptionalDouble.empty();
            rows.add(new FitRow(slug, first.plus(i), t, value, fit.fitted(t), cap));
        }
        return rows;
    }

    private void validate() {
        if (chart != null && csv != null) {
            throw new UserException("--chart draws quarterly series fits; it does not go with --csv");
        }
        if (chart != null && horizon < 1) {
            throw new UserException("--chart needs --horizon of at least 1 (the labels of the forecast quarters)");
        }
        if ((slug == null) == (csv == null)) {
            throw new UserException("give either a series SLUG or --csv FILE (not " + (slug == null ? "neither"
                    : "both") + ")");
        }
        if (csv != null && (xColumn == null || yColumn == null)) {
            throw new UserException("--csv needs --x COL and --y COL");
        }
        if (csv == null && (xColumn != null || yColumn != null)) {
            throw new UserException("--x and --y go with --csv");
        }
        if (csv != null && asOf != null) {
            throw new UserException("--as-of applies to a series, not to --csv");
        }
        if (start != null && model.trim().equalsIgnoreCase("auto")) {
            throw new UserException("--start needs one --model, not auto");
        }
        if (horizon < 0 || horizon > MAX_HORIZON) {
            throw new UserException("--horizon must be in 0.." + MAX_HORIZON + " steps, was " + horizon);
        }
        if (formatOption.get() == OutputFormat.CSV) {
            throw new UserException("--format csv is not available for fit (use table or json)");
        }
    }

    private FitData fromSeries() {
        Dataset ds = data.dataset();
        Quarter q = asOf != null ? asOf : ds.lastQuarter();
        Series s = ds.revenue(slug).comparableStretch(q);
        if (s.isEmpty()) {
            throw new UserException("series " + slug + " has no values known as of " + q);
        }
        if (s.currency() == Currency.CNY) {
            s = ds.inUsd(s);
        }
        double[] y = s.values();
        double[] t = new double[y.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 1;
        }
        double[] future = new double[horizon];
        List<String> labels = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            future[h] = y.length + h + 1;
            labels.add(s.last().plus(h + 1).toString());
        }
        String title = s.company() + " · " + s.segment() + " · " + s.metricLabel() + " · " + s.unitLabel()
                + " · as of " + q + " · " + s.size() + " quarters " + s.first() + ".." + s.last()
                + " (comparable stretch; t = 1 at " + s.first() + ")"
                + (s.conversion().isEmpty() ? "" : " · values " + s.conversion());
        return new FitData(title, t, y, "quarter", future, labels, slug, q.toString(), s.unitLabel());
    }

    private FitData fromFile() {
        XyFile f = XyFile.read(csv, xColumn, yColumn);
        double[] x = f.x();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double step = x.length > 1 && hi > lo ? (hi - lo) / (x.length - 1) : 1;
        double[] future = new double[horizon];
        List<String> labels = new ArrayList<>();
        for (int h = 0; h < horizon; h++) {
            future[h] = hi + (h + 1) * step;
            labels.add(FitReport.num(future[h]));
        }
        String title = csv + " · " + yColumn + " against " + xColumn + " · " + x.length + " points"
                + String.format(Locale.ROOT, " · forecast every %s after %s (the mean spacing)",
                        FitReport.num(step), FitReport.num(hi));
        return new FitData(title, x, f.y(), "t", future, labels, null, null, null);
    }
}
