package io.marketcast.spark;

import io.marketcast.forecast.UnknownMethodException;
import io.marketcast.forecast.panel.CrossValidation;
import io.marketcast.forecast.panel.Fill;
import io.marketcast.forecast.panel.Frequency;
import io.marketcast.forecast.panel.PanelException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code spark-submit} entry point: {@code forecast} and {@code cv} with the options of {@code marketcast
 * forecast} and {@code marketcast cv}, reading and writing Parquet or CSV at any path Spark's Hadoop file systems
 * take (local, {@code hdfs://}, {@code s3a://}, {@code gs://}, {@code abfs://} ...). The Spark master comes from
 * {@code spark-submit} (or {@code -Dspark.master=local[*]} when run with {@code java}). Exit codes: 0 success, 2 bad
 * usage or bad input (one line naming the input, the row and the column; nothing written), 1 another failure.
 */
@Command(name = "marketcast-spark", mixinStandardHelpOptions = true,
        subcommands = {SparkJob.ForecastJob.class, SparkJob.CvJob.class},
        description = "marketcast forecast and cv on Apache Spark (docs/spark.md).")
public final class SparkJob implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The input options of {@code marketcast forecast} and {@code cv}, and where to write. */
    static final class Input {

        @Parameters(index = "0", paramLabel = "PATH",
                description = "Long-format data (id, date, value; other columns are ignored): a CSV or Parquet file "
                        + "or folder at any Hadoop path.")
        String path;

        @Option(names = "--input-format", paramLabel = "FORMAT",
                description = "csv or parquet (default: parquet when PATH ends in .parquet, else csv).")
        String inputFormat;

        @Option(names = "--id", paramLabel = "COL",
                description = "The series id column (default: the first of unique_id, id, series).")
        String id;

        @Option(names = "--date", paramLabel = "COL",
                description = "The date column (default: the first of ds, date, period, time).")
        String date;

        @Option(names = "--value", paramLabel = "COL", description = "The value column (default: y or value).")
        String value;

        @Option(names = "--freq", paramLabel = "FREQ",
                description = "yearly, quarterly, monthly, weekly, daily or index (default: inferred from the dates, "
                        + "which costs one more pass over ids and dates).")
        String freq;

        @Option(names = "--season", paramLabel = "M",
                description = "Seasonal period given to the methods (default: by the frequency).")
        Integer season;

        @Option(names = "--fill", defaultValue = "none", paramLabel = "HOW",
                description = "Missing periods inside a series: none (an error), zero or interpolate (default: "
                        + "${DEFAULT-VALUE}).")
        String fill;

        @Option(names = "--methods", defaultValue = "ets,theta,auto", paramLabel = "LIST",
                description = "Comma-separated method names (default: ${DEFAULT-VALUE}); plugins on the class path "
                        + "(--jars) too.")
        String methods;

        @Option(names = "--level", defaultValue = "80,95", paramLabel = "LIST",
                description = "Interval levels in percent (default: ${DEFAULT-VALUE}).")
        String level;

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "Where to write (a folder of part files, as Spark writes); it must not exist.")
        String out;

        @Option(names = "--format", paramLabel = "FORMAT",
                description = "csv or parquet (default: csv when --out ends in .csv, else parquet).")
        String format;

        @Option(names = "--stacktrace", description = "Print the stack trace of an error.")
        boolean stacktrace;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Group the series into N tasks (default: spark.sql.shuffle.partitions, 200).")
        Integer partitions;

        PanelInput panelInput() {
            PanelInput in = PanelInput.of(path).withColumns(id, date, value);
            try {
                in = in.withFill(Fill.parse(fill));
            } catch (IllegalArgumentException e) {
                throw new Usage("--fill: " + e.getMessage());
            }
            if (freq != null) {
                try {
                    in = in.withFrequency(Frequency.parse(freq));
                } catch (IllegalArgumentException e) {
                    throw new Usage("--freq: " + e.getMessage());
                }
            }
            if (season != null) {
                if (season < 1) {
                    throw new Usage("--season must be at least 1, was " + season);
                }
                in = in.withSeason(season);
            }
            return in;
        }

        Dataset<Row> read(SparkSession spark) {
            String f = formatOf(inputFormat, path, "parquet", ".parquet", "--input-format");
            return f.equals("csv") ? spark.read().option("header", "true").csv(path) : spark.read().parquet(path);
        }

        void configure(SparkSession spark) {
            // the series are grouped into spark.sql.shuffle.partitions tasks; adaptive execution would merge them by
            // their size in bytes, which says nothing about the CPU a task of series costs (a few cores would get all
            // the work), so it keeps them apart
            spark.conf().set("spark.sql.adaptive.coalescePartitions.enabled", "false");
            if (partitions != null) {
                if (partitions < 1) {
                    throw new Usage("--partitions must be at least 1, was " + partitions);
                }
                spark.conf().set("spark.sql.shuffle.partitions", partitions.toString());
            }
        }

        void write(Dataset<Row> table, String path, String explicitFormat) {
            String f = formatOf(explicitFormat, path, "csv", ".csv", "--format");
            if (f.equals("csv")) {
                table.write().option("header", "true").csv(path);
            } else {
                table.write().parquet(path);
            }
        }

        /** {@code csv} or {@code parquet}: as given, else {@code whenSuffix} when the path ends in {@code suffix}. */
        static String formatOf(String given, String path, String whenSuffix, String suffix, String option) {
            if (given != null) {
                String g = given.strip().toLowerCase(Locale.ROOT);
                if (!g.equals("csv") && !g.equals("parquet")) {
                    throw new Usage(option + ": '" + given + "' is not a format; valid: csv, parquet");
                }
                return g;
            }
            boolean ends = path.toLowerCase(Locale.ROOT).endsWith(suffix);
            String other = whenSuffix.equals("csv") ? "parquet" : "csv";
            return ends ? whenSuffix : other;
        }
    }

    /** {@code forecast PATH --h H --out PATH}. */
    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = "Forecast every series with each method; writes the rows of marketcast forecast.")
    static final class ForecastJob implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Input input;

        @Option(names = "--h", required = true, paramLabel = "H", description = "Steps to forecast.")
        int horizon;

        @Override
        public Integer call() {
            if (horizon < 1) {
                throw new Usage("--h must be at least 1, was " + horizon);
            }
            double[] levels = levels(input.level);
            PanelInput in = input.panelInput();
            SparkSession spark = SparkSession.builder().appName("marketcast forecast").getOrCreate();
            input.configure(spark);
            long start = System.nanoTime();
            Dataset<Row> fc = SparkForecaster.forecast(input.read(spark), in, input.methods, horizon, levels);
            input.write(fc, input.out, input.format);
            PrintWriter err = spec.commandLine().getErr();
            err.println("Wrote " + input.out);
            err.printf(Locale.ROOT, "forecast: h = %d, methods %s; %.2f s on Spark %s (%s)%n", horizon, input.methods,
                    (System.nanoTime() - start) / 1e9, spark.version(), spark.sparkContext().master());
            err.flush();
            return 0;
        }
    }

    /** {@code cv PATH --h H --windows K --out PATH}. */
    @Command(name = "cv", mixinStandardHelpOptions = true,
            description = "Rolling-origin cross-validation; writes every window's forecasts (--out) and the accuracy "
                    + "per method (--accuracy, and printed), the tables of marketcast cv.")
    static final class CvJob implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Input input;

        @Option(names = "--h", required = true, paramLabel = "H", description = "Steps forecast in each window.")
        int horizon;

        @Option(names = "--windows", defaultValue = "1", paramLabel = "K",
                description = "Windows per series (default: ${DEFAULT-VALUE}).")
        int windows;

        @Option(names = "--step", defaultValue = "1", paramLabel = "S",
                description = "Observations between consecutive cut-offs (default: ${DEFAULT-VALUE}).")
        int step;

        @Option(names = "--accuracy", paramLabel = "PATH",
                description = "Also write the accuracy table there (csv or parquet by the extension).")
        String accuracyOut;

        @Override
        public Integer call() {
            if (horizon < 1) {
                throw new Usage("--h must be at least 1, was " + horizon);
            }
            if (windows < 1) {
                throw new Usage("--windows must be at least 1, was " + windows);
            }
            if (step < 1) {
                throw new Usage("--step must be at least 1, was " + step);
            }
            double[] levels = levels(input.level);
            PanelInput in = input.panelInput();
            SparkSession spark = SparkSession.builder().appName("marketcast cv").getOrCreate();
            input.configure(spark);
            long start = System.nanoTime();
            try (SparkCrossValidation.Result r = SparkCrossValidation.run(input.read(spark), in, input.methods,
                    horizon, windows, step, levels)) {
                input.write(r.windows(), input.out, input.format);
                if (accuracyOut != null) {
                    input.write(r.rows(), accuracyOut, null);
                }
                PrintWriter out = spec.commandLine().getOut();
                print(out, r.accuracy(), levels);
                out.flush();
                PrintWriter err = spec.commandLine().getErr();
                err.println("Wrote " + input.out + (accuracyOut == null ? "" : " and " + accuracyOut));
                if (r.skipped() > 0) {
                    err.println("marketcast: note: " + r.skipped() + " window(s) skipped: their series were too "
                            + "short to leave any history before the cut-off");
                }
                err.printf(Locale.ROOT, "cv: h = %d, %d window(s), step %d, methods %s; %.2f s on Spark %s (%s)%n",
                        horizon, windows, step, input.methods, (System.nanoTime() - start) / 1e9, spark.version(),
                        spark.sparkContext().master());
                err.flush();
            }
            return 0;
        }

        static void print(PrintWriter out, List<CrossValidation.Accuracy> accuracy, double[] levels) {
            List<String> head = new ArrayList<>(List.of("method", "series", "windows", "mae", "rmse", "mape",
                    "smape", "mase"));
            for (double l : levels) {
                head.add("coverage" + SeriesRows.levelLabel(l));
            }
            head.add("msis");
            head.add("fallbacks");
            out.println(String.join("\t", head));
            for (CrossValidation.Accuracy a : accuracy) {
                List<String> row = new ArrayList<>(List.of(a.method(), "" + a.series(), "" + a.windows(),
                        "" + a.mae(), "" + a.rmse(), "" + a.mape(), "" + a.smape(), "" + a.mase()));
                for (double c : a.coverage()) {
                    row.add("" + c);
                }
                row.add("" + a.msis());
                row.add("" + a.fallbacks());
                out.println(String.join("\t", row));
            }
        }
    }

    /** {@code --level 80,95}: percentages in (0, 100), sorted, as fractions. */
    static double[] levels(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new Usage("--level: '" + parts[i].strip() + "' is not a number; give percentages, e.g. 80,95");
            }
            if (!(out[i] > 0 && out[i] < 100)) {
                throw new Usage("--level: " + parts[i].strip() + " is not a percentage between 0 and 100");
            }
            out[i] /= 100;
        }
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) {
                throw new Usage("--level: " + out[i] * 100 + " is given twice");
            }
        }
        return out;
    }

    /** A usage mistake: exit code 2, one line. */
    static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    /** The command line, with bad input and usage mapped to exit code 2 and one line on standard error. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkJob());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable user = userError(e);
            boolean trace = Arrays.asList(parsed.originalArgs().toArray(new String[0])).contains("--stacktrace");
            if (trace) {
                e.printStackTrace(line.getErr());
            }
            if (user != null) {
                line.getErr().println("marketcast-spark: " + user.getMessage());
                return 2;
            }
            line.getErr().println("marketcast-spark: " + e);
            return 1;
        });
        return cl;
    }

    /** The user's mistake in a failure's chain of causes (Spark wraps a task's exception), or null. */
    static Throwable userError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Usage || t instanceof PanelException || t instanceof UnknownMethodException) {
                return t;
            }
            if (t.getClass().getName().equals("org.apache.spark.sql.AnalysisException")
                    && String.valueOf(t.getMessage()).contains("PATH_")) {
                return t;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        SparkSession.getDefaultSession().foreach(s -> {
            s.stop();
            return null;
        });
        System.exit(code);
    }
}
