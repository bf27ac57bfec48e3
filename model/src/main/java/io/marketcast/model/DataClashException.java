package io.marketcast.model;

/**
 * Two rows of the data say the same thing: the same company, segment, metric and quarter (or market total, share,
 * exchange rate, fiscal year, definition tag) in a user's file and in the embedded data, or twice in the user's files.
 * The message names both rows, {@code FILE:LINE}; nothing is loaded.
 */
public final class DataClashException extends DataException {

    private static final long serialVersionUID = 1L;

    private final String otherFile;
    private final int otherLine;

    /**
     * @param file      the file of the later row
     * @param line      its line
     * @param column    the column that makes the clash
     * @param what      what both rows give, e.g. {@code Amazon / AWS / revenue / 2020Q3}
     * @param otherFile the file of the earlier row
     * @param otherLine its line
     */
    public DataClashException(String file, int line, String column, String what, String otherFile, int otherLine) {
        this(file, line, column, what + " is also given at " + otherFile + ":" + otherLine
                + " (a value can come from one row only)", otherFile, otherLine, true);
    }

    private DataClashException(String file, int line, String column, String problem, String otherFile,
            int otherLine, boolean raw) {
        super(file, line, column, problem);
        this.otherFile = otherFile;
        this.otherLine = otherLine;
    }

    /** The file of the other row. */
    public String otherFile() {
        return otherFile;
    }

    /** The line of the other row. */
    public int otherLine() {
        return otherLine;
    }

    @Override
    DataClashException andMore(int more) {
        return more <= 0 ? this : new DataClashException(file(), line(), column(), problem() + " (and " + more
                + " more problem" + (more == 1 ? "" : "s") + " in these files)", otherFile, otherLine, true);
    }
}
