package io.marketcast.cli.chart;

import io.marketcast.model.DataException;
import io.marketcast.model.Quarter;
import io.marketcast.model.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A CSV of record read for charting: a header row naming the columns, then data rows (RFC 4180 quoting, blank lines
 * ignored). Every problem is a {@link ChartInputException} located as {@code FILE:LINE: what is wrong}.
 */
public final class CsvInput {

    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private CsvInput(String name) {
        this.name = name;
    }

    /** The largest table read, checked before reading. */
    public static final long MAX_BYTES = TextFiles.MAX_DATA_BYTES;

    /** Reads {@code file}; a missing, unreadable or oversized file is a located error too. */
    public static CsvInput read(Path file) {
        try {
            return parse(file.toString(), TextFiles.read(file, MAX_BYTES, "table"));
        } catch (DataException e) {
            throw new ChartInputException(e.getMessage());
        }
    }

    /**
     * Parses {@code text}, named {@code name} in errors.
     *
     * @throws ChartInputException when the text is empty, a row has the wrong number of cells or a quote is not closed
     */
    public static CsvInput parse(String name, String text) {
        CsvInput in = new CsvInput(name);
        String[] lines = text.split("\r?\n", -1);
        List<String> header = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = split(lines[i], name, i + 1);
            if (header == null) {
                header = cells;
                for (int c = 0; c < cells.size(); c++) {
                    in.columns.put(cells.get(c).strip().toLowerCase(Locale.ROOT), c);
                }
            } else if (cells.size() != header.size()) {
                throw new ChartInputException(name + ":" + (i + 1) + ": expected " + header.size() + " cells ("
                        + String.join(",", header) + "), found " + cells.size());
            } else {
                in.rows.add(new Row(in, i + 1, cells));
            }
        }
        if (header == null) {
            throw new ChartInputException(name + ":1: empty file, expected a header row");
        }
        return in;
    }

    private static List<String> split(String line, String name, int lineNo) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new ChartInputException(name + ":" + lineNo + ": unclosed quote");
        }
        cells.add(cell.toString());
        return cells;
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** Fails, located at the header, unless every column is present. */
    public CsvInput require(String... names) {
        for (String c : names) {
            if (!columns.containsKey(c)) {
                throw new ChartInputException(name + ":1: missing column '" + c + "' (expected columns: "
                        + String.join(",", names) + ")");
            }
        }
        return this;
    }

    /** A located error for a problem found in the rows as a whole (e.g. nothing to draw). */
    public ChartInputException error(String message) {
        return new ChartInputException(name + ": " + message);
    }

    /** One data row and its line number. */
    public static final class Row {
        private final CsvInput in;
        private final int line;
        private final List<String> cells;

        private Row(CsvInput in, int line, List<String> cells) {
            this.in = in;
            this.line = line;
            this.cells = cells;
        }

        public int line() {
            return line;
        }

        public ChartInputException error(String message) {
            return new ChartInputException(in.name + ":" + line + ": " + message);
        }

        /** The cell of {@code column}, stripped; empty when the column is absent. */
        public String text(String column) {
            Integer c = in.columns.get(column);
            return c == null ? "" : cells.get(c).strip();
        }

        /** A non-empty cell. */
        public String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                throw error("column '" + column + "' is empty");
            }
            return v;
        }

        /** A finite number. */
        public double number(String column) {
            String v = required(column);
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error("column '" + column + "': expected a number, found '" + v + "'");
        }

        /** A finite number, or empty when the cell is empty. */
        public OptionalDouble optionalNumber(String column) {
            return text(column).isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number(column));
        }

        /** A probability in [0, 1]. */
        public double probability(String column) {
            double p = number(column);
            if (p < 0 || p > 1) {
                throw error("column '" + column + "': expected a probability in [0, 1], found " + p);
            }
            return p;
        }

        public Quarter quarter(String column) {
            String v = required(column);
            try {
                return Quarter.parse(v);
            } catch (IllegalArgumentException e) {
                throw error("column '" + column + "': expected a quarter like 2020Q3, found '" + v + "'");
            }
        }
    }
}
