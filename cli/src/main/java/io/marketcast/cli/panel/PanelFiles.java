package io.marketcast.cli.panel;

import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a long-format panel from a file by its extension: {@code .csv}, {@code .tsv} or {@code .txt} (or {@code -}
 * for standard input) as text, {@code .parquet} and {@code .xlsx}. Every problem is a
 * {@link io.marketcast.forecast.panel.PanelException} naming the file, the row and the column.
 */
public final class PanelFiles {

    /** The kinds of file read. */
    public enum Kind {
        TEXT, PARQUET, XLSX
    }

    private PanelFiles() {
    }

    /** The kind of {@code name} by its extension (text unless .parquet or .xlsx). */
    public static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet") || n.endsWith(".pq")) {
            return Kind.PARQUET;
        }
        if (n.endsWith(".xlsx")) {
            return Kind.XLSX;
        }
        return Kind.TEXT;
    }

    /**
     * Reads {@code name} ({@code -} for standard input, CSV).
     *
     * @throws io.marketcast.forecast.panel.PanelException for bad content
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Panel read(String name, InputStream stdin, Columns.Wanted wanted, PanelOptions options) {
        try {
            if (name.equals("-")) {
                return CsvPanelReader.read(new InputStreamReader(stdin, StandardCharsets.UTF_8), "<stdin>", wanted,
                        options);
            }
            Path p = Path.of(name);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(name + ": " + (Files.exists(p) ? "not a file" : "no such file"));
            }
            return switch (kindOf(name)) {
                case PARQUET -> ParquetPanelReader.read(p, name, wanted, options);
                case XLSX -> XlsxPanelReader.read(p, name, wanted, options);
                case TEXT -> {
                    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                        yield CsvPanelReader.read(r, name, wanted, options);
                    }
                }
            };
        } catch (java.nio.charset.MalformedInputException e) {
            throw new io.marketcast.forecast.panel.PanelException(name, 1, "(file)", "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }
}
