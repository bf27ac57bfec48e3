package io.marketcast.cli;

import io.marketcast.cli.scenario.Scenario;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.cli.scenario.ScenarioRunner;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the analysis commands (share, profit, crossover): vantage, horizon, paths, seed, output. */
public final class AnalysisOptions {

    @Option(names = "--as-of", paramLabel = "QUARTER",
            description = "Use only data known at the end of this quarter (default: the latest in the data).")
    Quarter asOf;

    @Option(names = "--horizon", paramLabel = "N|QUARTER", defaultValue = "20",
            description = "Quarters after the as-of quarter, or the last quarter (default: ${DEFAULT-VALUE}).")
    String horizon;

    @Option(names = "--paths", paramLabel = "N", defaultValue = "10000",
            description = "Sample paths (default: ${DEFAULT-VALUE}).")
    int paths;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20201108", description = "Random seed.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    DataOptions data;

    /** Builds the scenario text for a quick analysis, validates it like a file, and runs it. */
    ScenarioRunner.Run run(String name, List<String> series, String analysesYaml, String marketYaml) {
        Dataset d = data.dataset();
        Quarter from = asOf == null ? d.lastQuarter() : asOf;
        if (paths < 1 || paths > ScenarioReader.MAX_PATHS) {
            throw new UserException("--paths must be in 1.." + ScenarioReader.MAX_PATHS + ", was " + paths);
        }
        String yaml = "name: " + name + "\n"
                + "as_of: " + from + "\n"
                + "horizon: " + horizon + "\n"
                + "series:\n" + String.join("", series.stream().map(s -> "  - id: \"" + s + "\"\n").toList())
                + marketYaml
                + "analyses:\n" + analysesYaml
                + "paths: " + paths + "\n"
                + "seed: " + seed + "\n";
        Scenario sc = ScenarioReader.read("(command line)", yaml, d);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserException("--threads must be at least 1, was " + n);
        }
        return ScenarioRunner.run(sc, d, n, done -> { });
    }
}
