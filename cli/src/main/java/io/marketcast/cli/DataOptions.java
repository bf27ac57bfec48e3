package io.marketcast.cli;

import io.marketcast.model.Dataset;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data FILE}: a user's segments file in place of the embedded segments. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "FILE",
            description = "Segments CSV in the schema of docs/data.md (segments.csv) instead of the embedded data.")
    Path data;

    /** The dataset to work on: the user's file when given, else the embedded one. */
    public Dataset dataset() {
        return data == null ? Dataset.embedded() : Dataset.withSegmentsFrom(data);
    }
}
