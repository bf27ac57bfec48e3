package io.marketcast.cli.text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns, or the same rows as CSV. Numbers are right-aligned.
 */
public final class TextTable {

    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(String... header) {
        this.header = List.of(header);
        this.rightAligned = new boolean[header.length];
    }

    /** Marks columns (0-based) as numeric: right-aligned. */
    public TextTable right(int... columns) {
        for (int c : columns) {
            rightAligned[c] = true;
        }
        return this;
    }

    public TextTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + header.size());
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
        return this;
    }

    public int size() {
        return rows.size();
    }

    public List<String> header() {
        return header;
    }

    /** The rows as entered, each a list of cells. */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** Whether column {@code c} (0-based) is numeric. */
    public boolean isRight(int c) {
        return rightAligned[c];
    }

    public void print(PrintWriter out) {
        int[] w = new int[header.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = header.get(c).length();
            for (List<String> r : rows) {
                w[c] = Math.max(w[c], r.get(c).length());
            }
        }
        line(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
        }
        out.println(rule);
        for (List<String> r : rows) {
            line(out, r, w);
        }
        out.flush();
    }

    private void line(PrintWriter out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            String v = cells.get(c);
            if (c > 0) {
                sb.append("  ");
            }
            String pad = " ".repeat(w[c] - v.length());
            sb.append(rightAligned[c] ? pad + v : (c == w.length - 1 ? v : v + pad));
        }
        out.println(sb.toString().stripTrailing());
    }

    public void printCsv(PrintWriter out) {
        out.println(String.join(",", header.stream().map(TextTable::csv).toList()));
        for (List<String> r : rows) {
            out.println(String.join(",", r.stream().map(TextTable::csv).toList()));
        }
        out.flush();
    }

    /** Quotes a CSV cell when needed (RFC 4180). */
    public static String csv(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
