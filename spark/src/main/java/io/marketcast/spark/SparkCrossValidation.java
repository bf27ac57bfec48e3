package io.marketcast.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.marketcast.forecast.panel.CrossValidation;
import io.marketcast.forecast.panel.Frequency;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelSeries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code marketcast cv} over a Spark table: rolling-origin cross-validation of every series by every method, with
 * the command line's two tables — every window's forecasts beside the actuals ({@code series, window, cutoff, date,
 * method, actual, point, lo80, hi80, ..., note}) and the accuracy per method ({@code method, series, windows, mae,
 * rmse, mape, smape, mase, coverage80, coverage95, msis, fallbacks}). Each series is cross-validated by
 * {@link CrossValidation#windows}, the command line's code, and the accuracy is a {@link CrossValidation.Tally} of
 * exactly rounded sums merged across partitions, so both tables are the command line's doubles whatever the
 * partitioning.
 */
public final class SparkCrossValidation {

    /**
     * The result: the windows (lazy, read from the cached per-series results) and the accuracy (computed).
     * {@link #close()} releases the cache.
     *
     * @param windows  every window's forecasts, in no particular order
     * @param accuracy one row per method, in the order asked
     * @param rows     the accuracy as a one-partition table with the command line's columns
     * @param skipped  windows skipped because their series was too short
     */
    public record Result(Dataset<Row> windows, List<CrossValidation.Accuracy> accuracy, Dataset<Row> rows,
            long skipped, Dataset<Row> cache) implements AutoCloseable {

        @Override
        public void close() {
            cache.unpersist();
        }
    }

    private SparkCrossValidation() {
    }

    /**
     * Cross-validates every series; runs the jobs that compute the accuracy (the windows stay cached for writing).
     *
     * @param data    long-format rows (id, date, value; other columns are ignored)
     * @param input   how to read them
     * @param methods comma-separated method names
     * @param horizon steps forecast per window
     * @param windows windows per series
     * @param step    observations between consecutive cut-offs
     * @param levels  interval levels in (0, 1), ascending
     */
    public static Result run(Dataset<Row> data, PanelInput input, String methods, int horizon, int windows, int step,
            double[] levels) {
        CrossValidation.Spec check = new CrossValidation.Spec(SeriesRows.methods(methods), horizon, windows, step,
                levels, 1);
        SeriesRows.Reduced in = SeriesRows.reduce(data, input);
        Frequency freq = SeriesRows.frequency(in, input);
        List<String> names = in.names();
        boolean text = in.textValues();
        double[] lv = levels.clone();
        StructType window = SeriesRows.withIntervals(new StructType().add("series", DataTypes.StringType)
                .add("window", DataTypes.IntegerType).add("cutoff", DataTypes.StringType)
                .add("date", DataTypes.StringType).add("method", DataTypes.StringType)
                .add("actual", DataTypes.DoubleType).add("point", DataTypes.DoubleType), lv)
                .add("note", DataTypes.StringType);
        StructType perSeries = new StructType().add("windows", new ArrayType(window, false))
                .add("skipped", DataTypes.IntegerType).add("tally", DataTypes.BinaryType);
        Dataset<Row> cache = in.bySeries().mapGroups((MapGroupsFunction<String, Row, Row>) (id, rows) -> {
            Panel panel = SeriesRows.builder(input, names, freq, text, id, rows).builder().build();
            PanelSeries s = panel.series().get(0);
            CrossValidation.Spec spec = new CrossValidation.Spec(SeriesRows.methods(methods), horizon, windows, step,
                    lv, 1);
            List<CrossValidation.Window> ws = CrossValidation.windows(s, panel.season(), spec);
            List<Row> out = new ArrayList<>();
            for (CrossValidation.Window w : ws) {
                w.rows().forEach(row -> out.add(RowFactory.create(row)));
            }
            return RowFactory.create(scala.jdk.javaapi.CollectionConverters.asScala(out).toSeq(),
                    CrossValidation.skipped(s.length(), spec),
                    bytes(new CrossValidation.Tally(spec).add(ws)));
        }, Encoders.row(perSeries)).persist(StorageLevel.MEMORY_AND_DISK());
        List<String> methodNames = check.methods().stream().map(m -> m.name()).toList();
        // one tally per partition, merged on the driver: exact sums, so the order does not matter
        StructType partial = new StructType().add("tally", DataTypes.BinaryType).add("skipped", DataTypes.LongType);
        List<Row> partials = cache.mapPartitions((MapPartitionsFunction<Row, Row>) it -> {
            CrossValidation.Tally t = new CrossValidation.Tally(methodNames, lv.length);
            long skipped = 0;
            while (it.hasNext()) {
                Row r = it.next();
                skipped += r.getInt(1);
                t.merge(tally(r.getAs(2)));
            }
            return List.of(RowFactory.create(bytes(t), skipped)).iterator();
        }, Encoders.row(partial)).collectAsList();
        CrossValidation.Tally total = new CrossValidation.Tally(check);
        long skipped = 0;
        for (Row r : partials) {
            total.merge(tally(r.getAs(0)));
            skipped += r.getLong(1);
        }
        List<CrossValidation.Accuracy> accuracy = total.accuracy();
        Dataset<Row> windowRows = cache.select(explode(col("windows")).as("w")).select("w.*");
        return new Result(windowRows, accuracy, accuracyRows(data.sparkSession(), accuracy, lv), skipped, cache);
    }

    /** The accuracy table with the command line's columns. */
    static Dataset<Row> accuracyRows(SparkSession spark, List<CrossValidation.Accuracy> accuracy, double[] levels) {
        StructType schema = new StructType().add("method", DataTypes.StringType)
                .add("series", DataTypes.IntegerType).add("windows", DataTypes.IntegerType)
                .add("mae", DataTypes.DoubleType).add("rmse", DataTypes.DoubleType)
                .add("mape", DataTypes.DoubleType).add("smape", DataTypes.DoubleType)
                .add("mase", DataTypes.DoubleType);
        for (double l : levels) {
            schema = schema.add("coverage" + SeriesRows.levelLabel(l), DataTypes.DoubleType);
        }
        schema = schema.add("msis", DataTypes.DoubleType).add("fallbacks", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        for (CrossValidation.Accuracy a : accuracy) {
            rows.add(RowFactory.create(a.values()));
        }
        return spark.createDataFrame(rows, schema).coalesce(1);
    }

    static byte[] bytes(CrossValidation.Tally t) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(b)) {
            o.writeObject(t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    static CrossValidation.Tally tally(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (CrossValidation.Tally) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
