package io.marketcast.cli.panel;

import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelBuilder;
import io.marketcast.forecast.panel.PanelException;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a long-format CSV or TSV table (RFC 4180 quoting; the delimiter is a tab when the header has one, else a
 * comma). Rows are numbered by line, the header being line 1; blank lines are skipped.
 */
final class CsvPanelReader {

    /** The longest field read: 65,536 characters (as for the data files; docs/limits.md). */
    static final int MAX_FIELD_CHARS = 1 << 16;

    /** The most fields in one row: 4,096. */
    static final int MAX_FIELDS = 4096;

    /** The most data rows read from one file: 50,000,000 (docs/limits.md). */
    static final long MAX_ROWS = 50_000_000L;

    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line = 1;
    private char delimiter;

    private CsvPanelReader(Reader in) {
        this.in = in;
    }

    static Panel read(Reader in, String source, Columns.Wanted wanted, PanelOptions options) throws IOException {
        return new CsvPanelReader(in).panel(source, wanted, options);
    }

    /** One record of a CSV table and the line it starts on. */
    interface RecordSink {
        void record(long line, List<String> fields);
    }

    /**
     * Reads any CSV table with the same quoting, limits and messages as a panel: gives the header's fields to
     * {@code onHeader}, then each non-blank record with its line to the sink it returned.
     */
    static void records(Reader in, String source, java.util.function.Function<List<String>, RecordSink> onHeader)
            throws IOException {
        CsvPanelReader r = new CsvPanelReader(in);
        RecordSink sink = onHeader.apply(r.headerRow(source));
        List<String> fields = new ArrayList<>();
        long rows = 0;
        while (true) {
            long row = r.line;
            if (!r.next(fields, source)) {
                return;
            }
            if (++rows > MAX_ROWS) {
                throw new PanelException(source, row, "(row)", "more than " + MAX_ROWS + " data rows, the most read"
                        + " from one file (docs/limits.md)");
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            sink.record(row, fields);
        }
    }

    private Panel panel(String source, Columns.Wanted wanted, PanelOptions options) throws IOException {
        List<String> header = headerRow(source);
        Columns c = Columns.find(source, header, wanted);
        PanelBuilder b = Panel.builder(source, options.withColumns(c.idName(), c.dateName(), c.valueName()));
        int need = Math.max(c.id(), Math.max(c.date(), c.value())) + 1;
        List<String> fields = new ArrayList<>(header.size());
        long rows = 0;
        while (true) {
            long row = line;
            if (!next(fields, source)) {
                break;
            }
            if (++rows > MAX_ROWS) {
                throw new PanelException(source, row, "(row)", "more than " + MAX_ROWS + " data rows, the most read"
                        + " from one file (docs/limits.md); split the panel by id");
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() < need) {
                throw new PanelException(source, row, header.get(Math.min(fields.size(), header.size() - 1)),
                        "the row has " + fields.size() + " field" + (fields.size() == 1 ? "" : "s") + ", the header "
                        + header.size());
            }
            b.add(row, fields.get(c.id()), fields.get(c.date()), fields.get(c.value()));
        }
        return b.build();
    }

    private List<String> headerRow(String source) throws IOException {
        // the delimiter is decided on the header line: a tab if it has one
        fill();
        if (len > 0 && buf[0] == '\uFEFF') {
            pos = 1;
        }
        delimiter = ',';
        for (int i = pos; i < len && buf[i] != '\n'; i++) {
            if (buf[i] == '\t') {
                delimiter = '\t';
                break;
            }
        }
        List<String> header = new ArrayList<>();
        if (!next(header, source) || (header.size() == 1 && header.get(0).isBlank())) {
            throw new PanelException(source, 1, "header", "the file is empty; expected a header such as "
                    + "unique_id,ds,y");
        }
        return header;
    }

    private boolean fill() throws IOException {
        if (pos < len) {
            return true;
        }
        len = in.read(buf, 0, buf.length);
        pos = 0;
        if (len <= 0) {
            len = 0;
            return false;
        }
        return true;
    }

    /**
     * The fast path of {@link #next}: a record with no quote that ends inside the buffer is cut into fields straight
     * from it. False (and {@code out} empty, nothing consumed) for anything else, which {@link #next} then reads.
     */
    private boolean plainRecord(List<String> out) {
        int fieldStart = pos;
        for (int i = pos; i < len; i++) {
            char ch = buf[i];
            if (ch == delimiter) {
                if (out.size() + 1 >= MAX_FIELDS) {
                    break;
                }
                out.add(new String(buf, fieldStart, i - fieldStart));
                fieldStart = i + 1;
            } else if (ch == '\n') {
                int end = i > fieldStart && buf[i - 1] == '\r' ? i - 1 : i;
                out.add(new String(buf, fieldStart, end - fieldStart));
                pos = i + 1;
                line++;
                return true;
            } else if (ch == '"' || i - fieldStart >= MAX_FIELD_CHARS) {
                break;
            }
        }
        out.clear();
        return false;
    }

    /** Reads one record into {@code out}; false at the end of the input. */
    private boolean next(List<String> out, String source) throws IOException {
        out.clear();
        if (!fill()) {
            return false;
        }
        if (plainRecord(out)) {
            return true;
        }
        long start = line;
        StringBuilder field = new StringBuilder(16);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (pos >= len && !fill()) {
                if (quoted) {
                    throw new PanelException(source, start, "(row)", "a quoted field is not closed");
                }
                out.add(field.toString());
                return true;
            }
            char ch = buf[pos++];
            if (field.length() >= MAX_FIELD_CHARS) {
                throw new PanelException(source, start, "(row)", "field " + (out.size() + 1) + " is longer than "
                        + MAX_FIELD_CHARS + " characters, the longest field read");
            }
            if (out.size() >= MAX_FIELDS) {
                throw new PanelException(source, start, "(row)", "more than " + MAX_FIELDS + " fields in one row");
            }
            if (quoted) {
                if (ch == '"') {
                    if (pos >= len) {
                        fill();
                    }
                    if (pos < len && buf[pos] == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == delimiter) {
                out.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\n') {
                line++;
                int n = field.length();
                if (n > 0 && field.charAt(n - 1) == '\r' && !wasQuoted) {
                    field.setLength(n - 1);
                }
                out.add(field.toString());
                return true;
            } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == '\r' && wasQuoted) {
                // CR after a closing quote: part of the line end
                continue;
            } else {
                field.append(ch);
            }
        }
    }
}
