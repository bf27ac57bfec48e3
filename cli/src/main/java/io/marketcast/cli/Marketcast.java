package io.marketcast.cli;

import io.marketcast.model.DataException;
import io.marketcast.model.Quarter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command. {@link #commandLine()} builds the command tree, used by {@link Main} and by tests alike.
 *
 * <p>Exit codes: {@value #OK} success, {@value #FAILURE} failure, {@value #USAGE} bad usage or bad input
 * (wrong options, malformed files, unknown series). Errors are one line on stderr; the stack trace only with
 * {@code --stacktrace}.
 */
@Command(name = "marketcast",
        mixinStandardHelpOptions = true,
        versionProvider = Marketcast.Version.class,
        description = {"Forecasts of market revenues, shares and profitability timing, with honest uncertainty.",
            "Embedded data: the public cloud-infrastructure market (AWS, Azure, Google Cloud, Alibaba Cloud, ...)."},
        subcommands = {RunCommand.class, ShareCommand.class, ProfitCommand.class, CrossoverCommand.class,
            FitCommand.class, BenchmarkCommand.class, BacktestCommand.class, ForecastCommand.class, CvCommand.class,
            MethodsCommand.class, ChartCommand.class,
            DataCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Run 'marketcast COMMAND --help' for a command's options. Docs: README.md and docs/."})
public final class Marketcast implements Runnable {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (for bug reports).")
    boolean stacktrace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command tree with converters and the one place where exceptions become exit codes. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Marketcast());
        cl.registerConverter(Quarter.class, Marketcast::quarter);
        cl.setParameterExceptionHandler(Marketcast::handleUsage);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Marketcast::handle);
        return cl;
    }

    private static Quarter quarter(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** Bad usage: one line saying what is wrong, one line saying where help is; exit code 2. */
    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(cl.getColorScheme().errorText("marketcast: " + e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for its options.");
        if (java.util.Arrays.asList(args).contains("--stacktrace")) {
            e.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean trace = parsed.expandedArgs().contains("--stacktrace");
        int code;
        String message;
        if (e instanceof UserException || e instanceof DataException || e instanceof IllegalArgumentException
                || e instanceof io.marketcast.cli.chart.ChartInputException) {
            code = USAGE;
            message = e.getMessage();
        } else if (e instanceof UncheckedIOException || e instanceof IOException) {
            code = FAILURE;
            message = e.getMessage();
        } else {
            code = FAILURE;
            message = "internal error: " + e + " (run again with --stacktrace and report it)";
        }
        err.println(cl.getColorScheme().errorText("marketcast: " + message));
        if (trace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"marketcast " + version(), "Java " + System.getProperty("java.version")};
        }
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Marketcast.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
