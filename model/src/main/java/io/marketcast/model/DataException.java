package io.marketcast.model;

/**
 * Bad input data: a file that cannot be loaded. The message names the file, the line (1-based, 0 when the
 * problem is with the whole file) and the column, in the form {@code FILE:LINE: column 'x': what is wrong}.
 */
public class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String column;
    private final String problem;

    public DataException(String file, int line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, String column, String problem) {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (column != null && !column.isEmpty()) {
            sb.append("column '").append(column).append("': ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }

    /** This problem with a note that more followed. */
    DataException andMore(int more) {
        return more <= 0 ? this : new DataException(file, line, column,
                problem + " (and " + more + " more problem" + (more == 1 ? "" : "s") + " in this file)");
    }
}
