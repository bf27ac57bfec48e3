package io.marketcast.cli;

import io.marketcast.model.DataException;
import io.marketcast.model.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two numeric columns of a user's CSV file (header line first, comma-separated, optional double quotes), for
 * {@code fit --csv}. Every problem is a {@link DataException} naming the file, line and column.
 *
 * @param x the predictor column, in file order
 * @param y the response column, in file order
 */
record XyFile(double[] x, double[] y) {

    static XyFile read(Path file, String xColumn, String yColumn) {
        String name = file.toString();
        List<String> lines = TextFiles.read(file, TextFiles.MAX_DATA_BYTES, "data file").lines().toList();
        int headerLine = 0;
        while (headerLine < lines.size() && lines.get(headerLine).isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.size()) {
            throw new DataException(name, 0, null, "the file is empty (expected a header line with columns "
                    + xColumn + " and " + yColumn + ")");
        }
        List<String> header = fields(lines.get(headerLine).replace("\uFEFF", ""));
        int xi = column(name, headerLine + 1, header, xColumn);
        int yi = column(name, headerLine + 1, header, yColumn);
        List<double[]> rows = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = fields(lines.get(i));
            if (f.size() != header.size()) {
                throw new DataException(name, i + 1, null, "has " + f.size() + " fields, the header has "
                        + header.size());
            }
            rows.add(new double[] {number(name, i + 1, xColumn, f.get(xi)), number(name, i + 1, yColumn,
                    f.get(yi))});
        }
        if (rows.isEmpty()) {
            throw new DataException(name, 0, null, "no data rows after the header");
        }
        return new XyFile(rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1])
                .toArray());
    }

    private static int column(String file, int line, List<String> header, String wanted) {
        int i = header.indexOf(wanted);
        if (i < 0) {
            throw new DataException(file, line, null, "no column '" + wanted + "' (columns: "
                    + String.join(", ", header) + ")");
        }
        return i;
    }

    private static double number(String file, int line, String column, String cell) {
        if (cell.isEmpty()) {
            throw new DataException(file, line, column, "empty cell (expected a number)");
        }
        try {
            double v = Double.parseDouble(cell);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(file, line, column, "'" + cell + "' is not a number");
    }

    /** Splits one line on commas outside double quotes; trims cells and removes the quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().trim());
        return out;
    }
}
