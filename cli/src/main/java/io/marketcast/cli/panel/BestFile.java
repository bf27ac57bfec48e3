package io.marketcast.cli.panel;

import io.marketcast.cli.panel.Table.Type;
import io.marketcast.forecast.panel.BestMethod;
import io.marketcast.forecast.panel.PanelException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The file {@code cv --best} writes and {@code forecast --methods best-by-cv --best-from} reads: one row per series
 * with its best method by a cross-validation metric ({@code series, method, metric, score, windows}, CSV;
 * docs/outputs.md).
 */
public final class BestFile {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("series", "method", "metric", "score", "windows");

    /** One row read back: the line it is on and the method it names. */
    public record Entry(long line, String method) {
    }

    private BestFile() {
    }

    /** The table of the choices, in their order. */
    public static Table table(List<BestMethod.Choice> choices) {
        Table t = Table.of(COLUMNS, List.of(Type.STRING, Type.STRING, Type.STRING, Type.DOUBLE, Type.INT));
        for (BestMethod.Choice c : choices) {
            t.add(c.series(), c.method(), c.metric().label(), c.score(), c.windows());
        }
        return t;
    }

    /**
     * Reads the series and methods of a best file (other columns are ignored), by series id in the file's order.
     *
     * @throws PanelException         for a missing column, an empty cell or a series named twice, located
     * @throws IllegalArgumentException when the file is missing or not CSV
     * @throws UncheckedIOException   when it cannot be read
     */
    public static Map<String, Entry> read(Path file) {
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".parquet") || lower.endsWith(".json") || lower.endsWith(".xlsx")) {
            throw new IllegalArgumentException(name + ": a best file is CSV, as 'marketcast cv --best FILE' writes it");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + ": " + (Files.exists(file) ? "not a file" : "no such file")
                    + " (write it with 'marketcast cv DATA --best " + name + "')");
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvPanelReader.records(r, name, header -> {
                int series = column(name, header, "series");
                int method = column(name, header, "method");
                return (line, fields) -> {
                    String id = field(name, line, fields, series, "series");
                    String m = field(name, line, fields, method, "method");
                    Entry before = out.putIfAbsent(id, new Entry(line, m));
                    if (before != null) {
                        throw new PanelException(name, line, "series", "series '" + id + "' is listed twice "
                                + "(first on line " + before.line() + ")");
                    }
                };
            });
            return out;
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PanelException(name, 1, "(file)", "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    private static int column(String name, List<String> header, String column) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(column)) {
                return i;
            }
        }
        throw new PanelException(name, 1, column, "missing from the header (" + String.join(",", header)
                + "); a best file has the columns " + String.join(",", COLUMNS) + ", as 'marketcast cv --best' "
                + "writes them");
    }

    private static String field(String name, long line, List<String> fields, int index, String column) {
        String v = index < fields.size() ? fields.get(index).strip() : "";
        if (v.isEmpty()) {
            throw new PanelException(name, line, column, "empty; expected " + (column.equals("series")
                    ? "a series id" : "a method name"));
        }
        return v;
    }
}
