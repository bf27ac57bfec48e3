package io.marketcast.cli;

import io.marketcast.cli.scenario.OutputFiles;
import io.marketcast.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast data export}: the embedded dataset as files in the schemas {@code --data} reads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the embedded dataset in exactly the schemas --data, --market and --fx read: segments.csv "
            + "(with the Azure estimate as its rows and a label column), definitions.csv, annual.csv, market.csv, "
            + "fx.csv, and README.md describing every column.",
            "Edit them, or write your own in the same schemas, and run any command with --data DIR (added to the "
                + "embedded data) or --data-only --data DIR (alone). Never overwrites: the files must not exist."})
final class DataExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "marketcast-data",
            description = "Folder to write (default: ${DEFAULT-VALUE}); created if needed.")
    Path out;

    @Override
    public Integer call() {
        Map<String, String> files = Dataset.export();
        for (String name : files.keySet()) {
            if (Files.exists(out.resolve(name))) {
                throw new UserException("--out: " + out.resolve(name) + " exists; export writes into a new or empty"
                        + " folder and never overwrites your files");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserException("--out: " + out + " is a file, not a folder");
        }
        OutputFiles o = new OutputFiles();
        files.forEach(o::add);
        List<Path> written = o.writeTo(out);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote the embedded data to " + out + ":");
        for (Path p : written) {
            String name = p.getFileName().toString();
            long rows = name.endsWith(".csv") ? files.get(name).lines().count() - 1 : 0;
            w.println("  " + name + (name.endsWith(".csv") ? " (" + rows + " rows)" : " (the columns of every file)"));
        }
        w.println("Use them alone: marketcast data list --data-only --data " + out);
        w.flush();
        return Marketcast.OK;
    }
}
