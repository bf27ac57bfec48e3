package io.marketcast.model;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A CSV file read with Tablesaw, every column as text, each row knowing the line it starts on.
 *
 * <p>Before Tablesaw parses, a structural pass checks quoting and field counts so that a malformed file is
 * rejected with its line number instead of being half-read. Package-private: the loaders turn rows into
 * domain values and report problems as {@link DataException}.
 */
final class CsvFile {

    /** One data row: its 1-based line in the file and its cells by column. */
    record Row(int line, Table table, int index) {

        String get(String column) {
            if (!table.containsColumn(column)) {
                return "";
            }
            String v = table.stringColumn(column).get(index);
            return v == null ? "" : v.trim();
        }
    }

    private final String name;
    private final Table table;
    private final List<Row> rows;

    private CsvFile(String name, Table table, List<Row> rows) {
        this.name = name;
        this.table = table;
        this.rows = rows;
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    Table table() {
        return table;
    }

    /**
     * Parses {@code text}; {@code name} is what messages call the file.
     *
     * @throws DataException for unbalanced quotes, a row with the wrong number of fields, an empty file, or a
     *                       missing required column
     */
    static CsvFile parse(String name, String text, Collection<String> required) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = lineFeeds(text);
        List<Integer> recordLines = structure(name, text);
        if (recordLines.isEmpty()) {
            throw new DataException(name, 0, null, "the file is empty (expected a header line with columns "
                    + String.join(", ", required) + ")");
        }
        Table table;
        try {
            table = Table.read().usingOptions(CsvReadOptions.builder(new StringReader(text))
                    .tableName(name)
                    .header(true)
                    .columnTypes(col -> ColumnType.STRING)
                    .missingValueIndicator("")
                    .maxCharsPerColumn(MAX_FIELD_CHARS + 16)
                    .build());
        } catch (RuntimeException e) {
            throw new DataException(name, 0, null, "cannot parse as CSV: " + e.getMessage());
        }
        Set<String> columns = Set.copyOf(table.columnNames());
        for (String col : required) {
            if (!columns.contains(col)) {
                throw new DataException(name, 1, col, "required column is missing (header has "
                        + String.join(", ", table.columnNames()) + ")");
            }
        }
        int dataRows = recordLines.size() - 1;
        if (table.rowCount() != dataRows) {
            throw new DataException(name, 0, null, "expected " + dataRows + " data rows, Tablesaw read "
                    + table.rowCount());
        }
        List<Row> rows = new ArrayList<>(dataRows);
        for (int i = 0; i < dataRows; i++) {
            rows.add(new Row(recordLines.get(i + 1), table, i));
        }
        return new CsvFile(name, table, List.copyOf(rows));
    }

    /** The longest field read, in characters; a longer one is refused with its line. */
    static final int MAX_FIELD_CHARS = 1 << 16;

    /** Bare CR line ends (classic Mac) as LF; CRLF and LF are left alone. */
    static String lineFeeds(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                sb.append('\n');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Walks the text once, RFC 4180 style, and returns the line on which each non-blank record starts.
     * Checks that every record has as many fields as the header and that quotes are balanced.
     */
    private static List<Integer> structure(String name, String text) {
        List<Integer> starts = new ArrayList<>();
        int line = 1;
        int recordStart = 1;
        int fields = 1;
        int headerFields = -1;
        boolean inQuotes = false;
        boolean blank = true;
        int quoteLine = 0;
        int fieldStart = 0;
        List<String> header = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i - fieldStart > MAX_FIELD_CHARS) {
                throw new DataException(name, inQuotes ? quoteLine : line, null, "field " + fields + " is longer "
                        + "than " + MAX_FIELD_CHARS + " characters, the longest field read");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inQuotes = true;
                    quoteLine = line;
                    blank = false;
                }
                case ',' -> {
                    if (headerFields < 0) {
                        header(name, line, header, text.substring(fieldStart, i));
                    }
                    fields++;
                    fieldStart = i + 1;
                    blank = false;
                }
                case '\r' -> { }
                case '\n' -> {
                    if (headerFields < 0 && !blank) {
                        header(name, line, header, text.substring(fieldStart, i));
                    }
                    fieldStart = i + 1;
                    headerFields = endRecord(name, starts, recordStart, fields, headerFields, blank);
                    line++;
                    recordStart = line;
                    fields = 1;
                    blank = true;
                }
                default -> {
                    if (!Character.isWhitespace(c)) {
                        blank = false;
                    }
                }
            }
        }
        if (inQuotes) {
            throw new DataException(name, quoteLine, null, "a quoted field is never closed (unbalanced '\"')");
        }
        if (headerFields < 0 && !blank) {
            header(name, line, header, text.substring(fieldStart));
        }
        endRecord(name, starts, recordStart, fields, headerFields, blank);
        return starts;
    }

    /** Adds a header cell; a column named twice (or not at all) is refused. */
    private static void header(String name, int line, List<String> header, String raw) {
        String cell = raw.strip();
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
            cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"").strip();
        }
        if (header.contains(cell)) {
            throw new DataException(name, line, cell.isEmpty() ? null : cell, cell.isEmpty()
                    ? "column " + (header.size() + 1) + " of the header has no name (and neither has column "
                    + (header.indexOf(cell) + 1) + ")" : "appears twice in the header (columns "
                    + (header.indexOf(cell) + 1) + " and " + (header.size() + 1) + ")");
        }
        header.add(cell);
    }

    private static int endRecord(String name, List<Integer> starts, int recordStart, int fields, int headerFields,
            boolean blank) {
        if (blank) {
            return headerFields;
        }
        if (headerFields >= 0 && fields != headerFields) {
            throw new DataException(name, recordStart, null, "row has " + fields + " fields, the header has "
                    + headerFields);
        }
        starts.add(recordStart);
        return headerFields < 0 ? fields : headerFields;
    }
}
