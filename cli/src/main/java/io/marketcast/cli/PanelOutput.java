package io.marketcast.cli;

import io.marketcast.cli.chart.ChartFormat;
import io.marketcast.cli.chart.ChartSize;
import io.marketcast.cli.chart.PanelChart;
import io.marketcast.cli.panel.ParquetTables;
import io.marketcast.cli.panel.Table;
import io.marketcast.cli.scenario.OutputFiles;
import io.marketcast.forecast.panel.DateStyle;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelSeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Output of the panel commands: tables of record in CSV, JSON or Parquet, and charts, all written together and all
 * or nothing (each file goes to a temporary file first, then is renamed into place).
 */
final class PanelOutput {

    /** The encodings of a table file. */
    enum Format {
        CSV, JSON, PARQUET;

        static Format parse(String text) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(text.strip())) {
                    return f;
                }
            }
            throw new UserException("--format: unknown format '" + text + "'; valid: csv, json, parquet");
        }

        /** The format a file name asks for: by extension, CSV when it says nothing. */
        static Format of(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".json") ? JSON : n.endsWith(".parquet") || n.endsWith(".pq") ? PARQUET : CSV;
        }
    }

    private final Map<Path, byte[]> files = new LinkedHashMap<>();

    /** The format: {@code --format} if given, else by the extension of {@code out}, else CSV. */
    static Format format(String option, Path out) {
        return option != null ? Format.parse(option) : out != null ? Format.of(out) : Format.CSV;
    }

    static byte[] encode(Table t, Format f) {
        return switch (f) {
            case CSV -> t.csv().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case JSON -> t.json().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PARQUET -> ParquetTables.encode(t);
        };
    }

    /** Prints a table as text to standard output (CSV or JSON; Parquet needs a file). */
    static void print(PrintWriter out, Table t, Format f) {
        if (f == Format.PARQUET) {
            throw new UserException("--format parquet needs --out FILE");
        }
        out.print(f == Format.JSON ? t.json() : t.csv());
        out.flush();
    }

    PanelOutput add(Path target, byte[] bytes) {
        files.put(target.toAbsolutePath().normalize(), bytes);
        return this;
    }

    /** Writes every file; returns the paths written. */
    List<Path> write() {
        Map<Path, OutputFiles> byDir = new TreeMap<>();
        for (Map.Entry<Path, byte[]> e : files.entrySet()) {
            byDir.computeIfAbsent(e.getKey().getParent(), d -> new OutputFiles()).add(e.getKey().getFileName()
                    .toString(), e.getValue());
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, OutputFiles> e : byDir.entrySet()) {
            written.addAll(e.getValue().writeTo(e.getKey()));
        }
        return written;
    }

    /** The ids of {@code --chart}, each checked against the panel. */
    static List<PanelSeries> chartSeries(Panel panel, List<String> ids) {
        List<PanelSeries> out = new ArrayList<>();
        for (String id : ids) {
            out.add(panel.get(id.strip()).orElseThrow(() -> new UserException("--chart: no series '" + id.strip()
                    + "' in " + panel.source() + "; its first ids: " + String.join(", ", panel.series().stream()
                    .limit(5).map(PanelSeries::id).toList()))));
        }
        return out;
    }

    /** A file name from a series id: letters, digits, dot, dash and underscore kept, anything else '_'. */
    static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    static byte[] png(String title, Panel panel, PanelSeries s, int historyEnd, List<PanelChart.Line> lines,
            String band, double[] cutoffs) {
        double[] hx = new double[historyEnd];
        double[] hy = s.values(0, historyEnd);
        for (int i = 0; i < historyEnd; i++) {
            hx[i] = s.axis().x(i);
        }
        boolean years = panel.style() != DateStyle.INTEGER || panel.frequency()
                == io.marketcast.forecast.panel.Frequency.YEARLY;
        return ChartFormat.PNG.encode(PanelChart.build(title, years ? "year" : "index", years, hx, hy, lines, band,
                cutoffs, ChartSize.DEFAULT));
    }
}
