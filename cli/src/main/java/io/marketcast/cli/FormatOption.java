package io.marketcast.cli;

import picocli.CommandLine.Option;

/** {@code --format table|csv|json}: how a command prints its result; one option shared by every command. */
public final class FormatOption {

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    /** The chosen format. */
    public OutputFormat get() {
        return format;
    }
}
