package io.marketcast.cli.chart;

/** A table of record that cannot be charted; the message is {@code FILE[:LINE]: what is wrong}. Exit code 2. */
public final class ChartInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChartInputException(String message) {
        super(message);
    }
}
