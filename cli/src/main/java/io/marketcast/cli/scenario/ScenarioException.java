package io.marketcast.cli.scenario;

/**
 * A scenario file that cannot be run: the message is {@code FILE:LINE:COLUMN: key 'k': what is wrong}.
 */
public final class ScenarioException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String key;

    public ScenarioException(String file, int line, int column, String key, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": "
                + (key == null || key.isEmpty() ? "" : "key '" + key + "': ") + problem);
        this.line = line;
        this.column = column;
        this.key = key;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String key() {
        return key;
    }
}
