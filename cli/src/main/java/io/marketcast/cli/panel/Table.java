package io.marketcast.cli.panel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of record before it is encoded: named, typed columns and rows. Numbers keep every digit of the double
 * (the shortest text that reads back to the same double), so a file can be re-scored exactly; NaN is an empty
 * cell (JSON null, Parquet null).
 *
 * @param columns column names
 * @param types   column types
 * @param rows    rows: {@code String}, {@code Double} or {@code Integer} cells
 */
public record Table(List<String> columns, List<Type> types, List<Object[]> rows) {

    /** A column's type. */
    public enum Type {
        STRING, DOUBLE, INT
    }

    public Table {
        columns = List.copyOf(columns);
        types = List.copyOf(types);
        if (columns.size() != types.size()) {
            throw new IllegalArgumentException("one type per column");
        }
    }

    /** A table with these columns and no rows yet. */
    public static Table of(List<String> columns, List<Type> types) {
        return new Table(columns, types, new ArrayList<>());
    }

    /** Adds a row; cells must match the types. */
    public Table add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table " + columns.size());
        }
        for (int i = 0; i < cells.length; i++) {
            Objects.requireNonNull(cells[i], columns.get(i));
        }
        rows.add(cells);
        return this;
    }

    /** The shortest text that reads back to {@code v}, never in scientific notation; empty for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = Double.toString(v);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
        }
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The table as CSV (RFC 4180), header first. */
    public String csv() {
        StringBuilder sb = new StringBuilder(64 + rows.size() * 64);
        sb.append(String.join(",", columns)).append('\n');
        for (Object[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object c = r[i];
                if (c instanceof Double d) {
                    sb.append(number(d));
                } else if (c instanceof Integer n) {
                    sb.append(n.intValue());
                } else {
                    quote(sb, c.toString());
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        if (!needs) {
            sb.append(s);
            return;
        }
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
    }

    /** The table as a JSON array of objects, one per row; NaN is null. */
    public String json() {
        StringBuilder sb = new StringBuilder(64 + rows.size() * 128);
        sb.append("[");
        for (int k = 0; k < rows.size(); k++) {
            Object[] r = rows.get(k);
            sb.append(k == 0 ? "\n  {" : ",\n  {");
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                jsonString(sb, columns.get(i));
                sb.append(": ");
                Object c = r[i];
                if (c instanceof Double d) {
                    sb.append(Double.isNaN(d) ? "null" : number(d));
                } else if (c instanceof Integer n) {
                    sb.append(n.intValue());
                } else {
                    jsonString(sb, c.toString());
                }
            }
            sb.append('}');
        }
        sb.append(rows.isEmpty() ? "]\n" : "\n]\n");
        return sb.toString();
    }

    private static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
