package io.marketcast.cli;

import io.marketcast.cli.chart.BenchmarkChart;
import io.marketcast.cli.chart.BenchmarkRow;
import io.marketcast.cli.chart.ChartFormat;
import io.marketcast.cli.chart.ChartKind;
import io.marketcast.cli.chart.ChartSize;
import io.marketcast.cli.chart.CrossoverChart;
import io.marketcast.cli.chart.CsvInput;
import io.marketcast.cli.chart.EventRow;
import io.marketcast.cli.chart.FanChart;
import io.marketcast.cli.chart.FitRow;
import io.marketcast.cli.chart.GrowthFitChart;
import io.marketcast.cli.chart.HistoryRow;
import io.marketcast.cli.chart.ProfitChart;
import io.marketcast.cli.chart.QuantileRow;
import io.marketcast.cli.chart.RunCharts;
import io.marketcast.cli.chart.SeriesLabels;
import io.marketcast.cli.chart.ShareChart;
import io.marketcast.cli.scenario.OutputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.knowm.xchart.internal.chartpart.Chart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast chart KIND --input CSV}: draw one chart from a CSV of record (docs/charts.md). */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Draw one chart from a CSV of record, as PNG or SVG (docs/charts.md).",
            "KIND: fan (quantiles.csv, with history.csv beside it), share (quantiles.csv), profit (events.csv,",
            "with quantiles.csv beside it), crossover (events.csv), growth (a growth-fit CSV),",
            "benchmark (a benchmark CSV)."})
public final class ChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
    ChartKind kind;

    @Option(names = "--input", required = true, paramLabel = "CSV", description = "The CSV of record to draw.")
    Path input;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Image file (default: KIND.png in the current folder; fan-SERIES.png for fan).")
    Path out;

    @Option(names = "--width", defaultValue = "1000", paramLabel = "W", description = "Width in pixels "
            + "(default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "600", paramLabel = "H", description = "Height in pixels "
            + "(default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "png or svg (default: from the --out extension, else png).")
    ChartFormat format;

    @Option(names = "--series", paramLabel = "ID",
            description = "fan: the series to draw, e.g. aws, share:aws (default: the first in the file).")
    String series;

    @Option(names = "--history", paramLabel = "CSV",
            description = "fan: the history the forecast starts from (default: history.csv beside --input, if any).")
    Path history;

    @Option(names = "--quantiles", paramLabel = "CSV", description = "profit: quantiles.csv with the actual income "
            + "(default: quantiles.csv beside --input, if any).")
    Path quantiles;

    @Option(names = "--labels", paramLabel = "CSV", description = "fan, share, profit, crossover: series.csv with each "
            + "series' label and unit (default: series.csv beside --input, if any).")
    Path labels;

    @Option(names = "--metric", defaultValue = "smape", paramLabel = "M",
            description = "benchmark: smape or mase (default: ${DEFAULT-VALUE}).")
    BenchmarkChart.Metric metric;

    /** The format a file name asks for: SVG for {@code .svg}, PNG otherwise. */
    static ChartFormat formatOf(Path file) {
        return file.toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? ChartFormat.SVG : ChartFormat.PNG;
    }

    /** Writes one chart to {@code target}, all or nothing; returns the path written. */
    static Path write(Chart<?, ?> chart, Path target, ChartFormat fmt) {
        Path dir = target.toAbsolutePath().getParent();
        return new OutputFiles().add(target.getFileName().toString(), fmt.encode(chart)).writeTo(dir).get(0);
    }

    @Override
    public Integer call() {
        ChartSize size;
        try {
            size = new ChartSize(width, height);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        ChartFormat fmt = format != null ? format : out != null ? formatOf(out) : ChartFormat.PNG;
        CsvInput in = CsvInput.read(input);
        String name = kind.name().toLowerCase(Locale.ROOT);
        Path labelsFile = kind == ChartKind.GROWTH || kind == ChartKind.BENCHMARK ? null : beside(labels, "series.csv");
        SeriesLabels names = labelsFile == null ? SeriesLabels.NONE : SeriesLabels.read(CsvInput.read(labelsFile));
        Chart<?, ?> chart = switch (kind) {
            case FAN -> {
                List<QuantileRow> rows = QuantileRow.read(in);
                if (rows.isEmpty()) {
                    throw in.error("no rows to draw");
                }
                String id = series != null ? series : FanChart.seriesIds(rows).get(0);
                name = RunCharts.fanName(id);
                List<HistoryRow> h = beside(history, "history.csv") == null ? List.of()
                        : HistoryRow.read(CsvInput.read(beside(history, "history.csv")));
                yield FanChart.build(rows, h, id, names, size, in.name());
            }
            case SHARE -> ShareChart.build(QuantileRow.read(in), names, size, in.name());
            case PROFIT -> ProfitChart.build(EventRow.read(in), beside(quantiles, "quantiles.csv") == null ? List.of()
                    : QuantileRow.read(CsvInput.read(beside(quantiles, "quantiles.csv"))), names, size, in.name());
            case CROSSOVER -> CrossoverChart.build(EventRow.read(in), names, size, in.name());
            case GROWTH -> GrowthFitChart.build(FitRow.read(in), size, in.name());
            case BENCHMARK -> BenchmarkChart.build(BenchmarkRow.read(in), metric, size, in.name());
        };
        Path target = out != null ? out : Path.of(name + "." + fmt.extension());
        spec.commandLine().getOut().println("Wrote " + write(chart, target, fmt));
        spec.commandLine().getOut().flush();
        return Marketcast.OK;
    }

    /** The explicit file, else {@code name} in the folder of --input when it exists, else null. */
    private Path beside(Path explicit, String name) {
        if (explicit != null) {
            return explicit;
        }
        Path parent = input.toAbsolutePath().getParent();
        Path p = parent == null ? null : parent.resolve(name);
        return p != null && Files.isRegularFile(p) && !p.equals(input.toAbsolutePath()) ? p : null;
    }
}
