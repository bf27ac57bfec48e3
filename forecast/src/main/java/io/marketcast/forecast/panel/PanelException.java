package io.marketcast.forecast.panel;

/**
 * Input a panel cannot be built from, located: the message reads {@code SOURCE:ROW: column 'x': what is wrong}.
 * Rows are numbered as the reader counts them (for a text file, the line, with the header on line 1).
 */
public final class PanelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long row;
    private final String column;

    public PanelException(String source, long row, String column, String problem) {
        super(source + ":" + row + ": column '" + column + "': " + problem);
        this.source = source;
        this.row = row;
        this.column = column;
    }

    public String source() {
        return source;
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }
}
