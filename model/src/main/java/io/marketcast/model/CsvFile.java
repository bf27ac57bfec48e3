package io.marketcast.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file (RFC 4180 quoting), every column as text, each row knowing the line it starts on.
 *
 * <p>One pass over the text checks quoting and field counts, so that a malformed file is rejected with its line
 * number instead of being half-read, and splits the records into fields. (Tablesaw did the splitting until
 * 2026-12: its start-up — a class-path scan for its readers — cost about a second of every run.) Package-private:
 * the loaders turn rows into domain values and report problems as {@link DataException}.
 */
final class CsvFile {

    /** One data row: its 1-based line in the file and its cells by column. */
    record Row(int line, Map<String, Integer> columns, String[] cells) {

        /** The cell of {@code column}, trimmed; empty when the column is absent or the cell empty. */
        String get(String column) {
            Integer i = columns.get(column);
            return i == null ? "" : cells[i].trim();
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private CsvFile(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    String name() {
        return name;
    }

    List<Row> rows() {
        return rows;
    }

    /** Whether the header names {@code column}. */
    boolean hasColumn(String column) {
        return header.contains(column);
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
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        if (!records(name, text, header, columns, rows)) {
            throw new DataException(name, 0, null, "the file is empty (expected a header line with columns "
                    + String.join(", ", required) + ")");
        }
        for (String col : required) {
            if (!columns.containsKey(col)) {
                throw new DataException(name, 1, col, "required column is missing (header has "
                        + String.join(", ", header) + ")");
            }
        }
        return new CsvFile(name, List.copyOf(header), List.copyOf(rows));
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
     * Walks the text once, RFC 4180 style: checks that every record has as many fields as the header and that quotes
     * are balanced, fills {@code header} (and {@code columns}, name to index) and {@code rows} with the non-blank
     * records and the line each starts on. False when there is no record at all.
     */
    private static boolean records(String name, String text, List<String> header, Map<String, Integer> columns,
            List<Row> rows) {
        int line = 1;
        int recordStart = 1;
        boolean inQuotes = false;
        boolean blank = true;
        boolean any = false;
        int quoteLine = 0;
        int fieldStart = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder(32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i - fieldStart > MAX_FIELD_CHARS) {
                throw new DataException(name, inQuotes ? quoteLine : line, null, "field " + (fields.size() + 1)
                        + " is longer than " + MAX_FIELD_CHARS + " characters, the longest field read");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
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
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = i + 1;
                    blank = false;
                }
                case '\r' -> { }
                case '\n' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    fieldStart = i + 1;
                    any |= endRecord(name, recordStart, fields, blank, header, columns, rows);
                    line++;
                    recordStart = line;
                    blank = true;
                }
                default -> {
                    if (!Character.isWhitespace(c)) {
                        blank = false;
                    }
                    field.append(c);
                }
            }
        }
        if (inQuotes) {
            throw new DataException(name, quoteLine, null, "a quoted field is never closed (unbalanced '\"')");
        }
        fields.add(field.toString());
        any |= endRecord(name, recordStart, fields, blank, header, columns, rows);
        return any;
    }

    /** Ends a record: the header (the first non-blank record) or a data row; blank records are skipped. */
    private static boolean endRecord(String name, int recordStart, List<String> fields, boolean blank,
            List<String> header, Map<String, Integer> columns, List<Row> rows) {
        try {
            if (blank) {
                return false;
            }
            if (header.isEmpty()) {
                for (String raw : fields) {
                    header(name, recordStart, header, raw);
                }
                for (int k = 0; k < header.size(); k++) {
                    columns.put(header.get(k), k);
                }
                return true;
            }
            if (fields.size() != header.size()) {
                throw new DataException(name, recordStart, null, "row has " + fields.size() + " fields, the header has "
                        + header.size());
            }
            rows.add(new Row(recordStart, columns, fields.toArray(String[]::new)));
            return true;
        } finally {
            fields.clear();
        }
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
}
