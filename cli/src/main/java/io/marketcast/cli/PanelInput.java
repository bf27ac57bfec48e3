package io.marketcast.cli;

import io.marketcast.cli.panel.Columns;
import io.marketcast.cli.panel.PanelFiles;
import io.marketcast.forecast.panel.Fill;
import io.marketcast.forecast.panel.Frequency;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.InputStream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input of {@code forecast} and {@code cv}: a long-format file and how to read it. */
public final class PanelInput {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "Long-format data, one row per series and date: .csv, .tsv (or - for CSV on standard "
                    + "input), .parquet or .xlsx (first sheet). Extra columns are ignored.")
    String file;

    @Option(names = "--id", paramLabel = "COL",
            description = "The series id column (default: the first of unique_id, id, series).")
    String id;

    @Option(names = "--date", paramLabel = "COL",
            description = "The date column (default: the first of ds, date, period, time). Dates: 2020-07-31, "
                    + "2020-07, 2020Q3, years or integers.")
    String date;

    @Option(names = "--value", paramLabel = "COL", description = "The value column (default: y or value).")
    String value;

    @Option(names = "--freq", paramLabel = "FREQ",
            description = "yearly, quarterly, monthly, weekly, daily or index (default: inferred from the dates).")
    String freq;

    @Option(names = "--season", paramLabel = "M",
            description = "Seasonal period given to the methods (default: 1 yearly and index, 4 quarterly, 12 "
                    + "monthly, 52 weekly, 7 daily).")
    Integer season;

    @Option(names = "--fill", defaultValue = "none", paramLabel = "HOW",
            description = "Missing periods inside a series: none (an error), zero or interpolate (default: "
                    + "${DEFAULT-VALUE}).")
    String fill;

    /** Reads the panel; a bad file is a located error (exit code 2). */
    Panel read(InputStream stdin) {
        PanelOptions o = PanelOptions.DEFAULT;
        try {
            o = o.withFill(Fill.parse(fill));
        } catch (IllegalArgumentException e) {
            throw new UserException("--fill: " + e.getMessage());
        }
        if (freq != null) {
            try {
                o = o.withFrequency(Frequency.parse(freq));
            } catch (IllegalArgumentException e) {
                throw new UserException("--freq: " + e.getMessage());
            }
        }
        if (season != null) {
            if (season < 1) {
                throw new UserException("--season must be at least 1, was " + season);
            }
            o = o.withSeason(season);
        }
        return PanelFiles.read(file, stdin, new Columns.Wanted(id, date, value), o);
    }
}
