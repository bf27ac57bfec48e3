package io.marketcast.model;

import java.nio.file.Path;

/**
 * Where a {@link Dataset} comes from: the embedded cloud data, a user's own files, or both. A user's files are added
 * to the embedded data; two rows that give the same value (the same company, segment, metric and quarter; the same
 * market total or share; the same exchange rate) are an error naming both ({@link DataClashException}).
 *
 * @param embedded whether the embedded data is included
 * @param data     a segments file (the segments.csv schema), or a folder in the layout {@link Dataset#export()}
 *                 writes: segments.csv, and any of definitions.csv, annual.csv, market.csv, fx.csv; null for none
 * @param market   a market file (the market.csv schema: totals and shares by source); null for none
 * @param fx       an exchange-rate file (the fx.csv schema: quarterly average rates of any ISO 4217 currencies);
 *                 null for none
 */
public record DataSources(boolean embedded, Path data, Path market, Path fx) {

    /** The embedded data alone. */
    public static final DataSources EMBEDDED = new DataSources(true, null, null, null);

    public DataSources {
        if (!embedded && data == null && market == null && fx == null) {
            throw new IllegalArgumentException("no data: neither the embedded data nor a file");
        }
    }

    /** The embedded data and a user's segments file or data folder. */
    public static DataSources embeddedAnd(Path data) {
        return new DataSources(true, data, null, null);
    }

    /** A user's segments file or data folder alone. */
    public static DataSources only(Path data) {
        return new DataSources(false, data, null, null);
    }

    public DataSources withMarket(Path file) {
        return new DataSources(embedded, data, file, fx);
    }

    public DataSources withFx(Path file) {
        return new DataSources(embedded, data, market, file);
    }

    /** Whether any user file is named. */
    public boolean hasUserFiles() {
        return data != null || market != null || fx != null;
    }
}
