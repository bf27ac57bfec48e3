package io.marketcast.cli;

import io.marketcast.model.DataClashException;
import io.marketcast.model.DataSources;
import io.marketcast.model.Dataset;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --data PATH}, {@code --data-only}, {@code --market FILE}, {@code --fx FILE}: a user's own files, added to the
 * embedded data or used alone (docs/data.md, "Your own data").
 */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "FILE|DIR",
            description = "Your segments CSV (the segments.csv schema), or a folder in the layout of 'marketcast data "
                    + "export' (segments.csv and any of definitions.csv, annual.csv, market.csv, fx.csv). Added to "
                    + "the embedded data; a value given twice is an error naming both rows.")
    Path data;

    @Option(names = "--data-only", description = "Use your files alone, without the embedded cloud data.")
    boolean dataOnly;

    @Option(names = "--market", paramLabel = "FILE",
            description = "Market totals and shares in the market.csv schema (any source name), added to the data.")
    Path market;

    @Option(names = "--fx", paramLabel = "FILE",
            description = "Quarterly average exchange rates in the fx.csv schema (any ISO 4217 currencies), added to "
                    + "the data.")
    Path fx;

    private Dataset loaded;

    /** The dataset to work on: the embedded data, with or without the user's files, or the user's files alone. */
    public Dataset dataset() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    private Dataset load() {
        if (dataOnly && data == null) {
            throw new UserException("--data-only needs --data FILE|DIR (your segments)");
        }
        DataSources sources = new DataSources(!dataOnly, data, market, fx);
        if (sources.equals(DataSources.EMBEDDED)) {
            return Dataset.embedded();
        }
        try {
            return Dataset.load(sources);
        } catch (DataClashException e) {
            throw new UserException(e.getMessage() + (dataOnly ? "" : "; to use your files without the embedded "
                    + "data, add --data-only"));
        }
    }

    /** Whether the user named any file of their own. */
    boolean hasUserFiles() {
        return data != null || market != null || fx != null;
    }
}
