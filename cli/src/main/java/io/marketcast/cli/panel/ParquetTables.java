package io.marketcast.cli.panel;

/** Parquet encoding of a {@link Table}. */
public final class ParquetTables {

    private ParquetTables() {
    }

    public static byte[] encode(Table t) {
        throw new IllegalArgumentException("Parquet output: TODO");
    }
}
