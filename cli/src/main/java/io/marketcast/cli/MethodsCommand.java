package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Json;
import io.marketcast.forecast.MethodInfo;
import io.marketcast.forecast.registry.MethodRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code marketcast methods}: every method name the other commands and scenario scripts accept. */
@Command(name = "methods", mixinStandardHelpOptions = true,
        description = {"List every forecasting method: its name, what it is, how it treats seasonality, the least "
            + "data it needs, whether its intervals include parameter uncertainty, and the grammar of its fixed "
            + "variants. The same names work in benchmark, backtest, scenario scripts and library code.",
            "Add your own with --plugins DIR (docs/library.md)."})
public final class MethodsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    PluginOptions plugins;

    /** One method family, as printed. */
    record Row(String name, String description, String seasonal, String minimum, boolean parameterUncertainty,
            String variants, String from) {
    }

    @Override
    public Integer call() {
        MethodRegistry r = plugins.registry();
        List<Row> rows = new ArrayList<>();
        for (MethodInfo i : r.infos()) {
            String origin = r.origin(i.name());
            rows.add(new Row(i.name(), i.description(), i.seasonality().label(), i.minimumData(),
                    i.parameterUncertainty(), i.arguments(), origin.equals("built-in") ? "built-in"
                            : origin.substring("plugin ".length())));
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format.get()) {
            case JSON -> Json.print(out, rows);
            case CSV -> {
                TextTable t = new TextTable("name", "description", "seasonal", "minimum", "parameter_uncertainty",
                        "variants", "from");
                rows.forEach(x -> t.row(x.name(), x.description(), x.seasonal(), x.minimum(),
                        x.parameterUncertainty(), x.variants(), x.from()));
                t.printCsv(out);
            }
            default -> {
                TextTable t = new TextTable("name", "what it is", "seasonal", "min. data", "param. unc.");
                for (Row x : rows) {
                    t.row(x.name(), x.description() + (x.from().equals("built-in") ? "" : " [plugin " + x.from()
                            + "]"), x.seasonal(), x.minimum(), x.parameterUncertainty() ? "yes" : "no");
                }
                t.print(out);
                out.println();
                out.println("Fixed variants (NAME:ARGS):");
                for (Row x : rows) {
                    if (!x.variants().isEmpty()) {
                        out.println("  " + x.variants());
                    }
                }
                out.println("Aliases: " + String.join(", ", r.names().stream().filter(n -> r.aliasOf(n).isPresent())
                        .map(n -> n + " = " + r.aliasOf(n).orElseThrow()).toList()));
                out.println("Conformal intervals: any NAME:conformal or NAME:conformal=N (e.g. theta:conformal, "
                        + "auto:conformal=3) keeps NAME's forecast and takes its intervals from NAME's errors on the "
                        + "last N windows of h values of the history (default N = 2).");
                out.println("Scenario series default to gompertz-or-drift8; benchmark and backtest default lists "
                        + "are in their --help. docs/methods.md says why.");
            }
        }
        out.flush();
        return Marketcast.OK;
    }
}
