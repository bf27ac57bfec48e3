package io.marketcast.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.panel.CrossValidation;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelBuilder;
import io.marketcast.forecast.panel.PanelForecaster;
import io.marketcast.forecast.panel.PanelOptions;
import io.marketcast.forecast.panel.PanelSeries;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark forecasts and cross-validation are the command line's, exactly: for a panel of M3 monthly series (and two
 * series too short for the methods, which fall back), the rows of {@link SparkForecaster} and the windows and
 * accuracy of {@link SparkCrossValidation} equal, double for double, what {@code marketcast forecast} and
 * {@code marketcast cv} compute on the same rows ({@link PanelForecaster#forecast(Panel, PanelForecaster.Spec)} and
 * {@link CrossValidation#run(Panel, CrossValidation.Spec)}, which those commands call on the panel they read) — on 1,
 * 3 and 7 partitions.
 */
class SparkPanelTest {

    static final String METHODS = "naive2,theta,ets";
    static final double[] LEVELS = {0.8, 0.95};
    static final int H = 18;

    static SparkSession spark;
    /** id, date, value rows, in input order. */
    static List<Row> rows;
    static Panel panel;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
        rows = m3Rows(14);
        PanelBuilder b = Panel.builder("m3", PanelOptions.DEFAULT);
        long line = 2;
        for (Row r : rows) {
            b.add(line++, r.getString(0), r.getString(1), r.getDouble(2));
        }
        panel = b.build();
    }

    @AfterAll
    static void stop() {
        TestSpark.release();
    }

    /** The first {@code count} monthly M3 series whole, with the dates of {@code marketcast data m3}, and two stubs. */
    static List<Row> m3Rows(int count) {
        List<Row> out = new ArrayList<>();
        List<CompetitionSeries> monthly = CompetitionData.embeddedM3().series().stream()
                .filter(s -> s.period().equals("MONTHLY")).limit(count).toList();
        for (CompetitionSeries s : monthly) {
            double[] train = s.train();
            double[] test = s.test();
            for (int t = 0; t < train.length + test.length; t++) {
                out.add(RowFactory.create(s.id(), month(t), t < train.length ? train[t] : test[t - train.length]));
            }
        }
        // too short for every method: the naive fallback (two values) and the last value (one), with their notes
        out.add(RowFactory.create("stub2", month(0), 5.0));
        out.add(RowFactory.create("stub2", month(1), 7.0));
        out.add(RowFactory.create("stub1", month(0), 3.0));
        return out;
    }

    static String month(int t) {
        int m = 1990 * 12 + t;
        return String.format(Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1);
    }

    static Dataset<Row> frame(int partitions) {
        StructType schema = new StructType().add("unique_id", DataTypes.StringType).add("ds", DataTypes.StringType)
                .add("y", DataTypes.DoubleType);
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        return spark.createDataFrame(rows, schema).repartition(partitions);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 7})
    void forecastsAreTheCommandLinesWhateverThePartitions(int partitions) {
        List<PanelForecaster.Result> expected = PanelForecaster.forecast(panel,
                new PanelForecaster.Spec(Methods.parseList(METHODS), H, LEVELS, 2));
        Map<String, Row> got = new HashMap<>();
        for (Row r : SparkForecaster.forecast(frame(partitions), PanelInput.of("m3"), METHODS, H, LEVELS)
                .collectAsList()) {
            assertEquals(null, got.put(r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2), r));
        }
        assertEquals(expected.size() * H, got.size());
        int fallbacks = 0;
        for (PanelForecaster.Result e : expected) {
            PanelSeries s = e.series();
            Forecast f = e.forecast();
            for (int h = 0; h < H; h++) {
                Row r = got.get(s.id() + "|" + s.date(s.length() + h) + "|" + e.method());
                assertEquals(f.mean()[h], r.getDouble(3), s.id() + " " + e.method() + " point " + h);
                for (int k = 0; k < LEVELS.length; k++) {
                    assertEquals(f.lower()[k][h], r.getDouble(4 + 2 * k));
                    assertEquals(f.upper()[k][h], r.getDouble(5 + 2 * k));
                }
                assertEquals(e.note(), r.getString(8));
            }
            fallbacks += e.fallback() ? 1 : 0;
        }
        assertTrue(fallbacks >= 2, "the stubs too short for theta and ets fell back (with the note): " + fallbacks);
        assertEquals(List.of("series", "date", "method", "point", "lo80", "hi80", "lo95", "hi95", "note"),
                List.of(SparkForecaster.forecast(frame(1), PanelInput.of("m3"), METHODS, H, LEVELS).columns()));
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 7})
    void crossValidationIsTheCommandLinesWhateverThePartitions(int partitions) {
        CrossValidation.Result expected = CrossValidation.run(panel,
                new CrossValidation.Spec(Methods.parseList(METHODS), H, 2, 6, LEVELS, 2));
        try (SparkCrossValidation.Result got = SparkCrossValidation.run(frame(partitions), PanelInput.of("m3"),
                METHODS, H, 2, 6, LEVELS)) {
            assertEquals(expected.accuracy().size(), got.accuracy().size());
            for (int i = 0; i < expected.accuracy().size(); i++) {
                CrossValidation.Accuracy e = expected.accuracy().get(i);
                CrossValidation.Accuracy a = got.accuracy().get(i);
                assertEquals(e.method(), a.method());
                assertEquals(e.series(), a.series());
                assertEquals(e.windows(), a.windows());
                assertEquals(e.fallbacks(), a.fallbacks());
                assertEquals(e.mae(), a.mae(), e.method());
                assertEquals(e.rmse(), a.rmse());
                assertEquals(e.mape(), a.mape());
                assertEquals(e.smape(), a.smape());
                assertEquals(e.mase(), a.mase());
                assertEquals(e.msis(), a.msis());
                assertArrayEquals(e.coverage(), a.coverage());
            }
            assertEquals(expected.skipped(), got.skipped());
            assertTrue(expected.skipped() >= 4, "the stubs are too short for their windows");
            Map<String, Row> windows = new HashMap<>();
            for (Row r : got.windows().collectAsList()) {
                assertEquals(null, windows.put(r.getString(0) + "|" + r.getInt(1) + "|" + r.getString(3) + "|"
                        + r.getString(4), r));
            }
            assertEquals(expected.windows().size() * H, windows.size());
            for (CrossValidation.Window w : expected.windows()) {
                PanelSeries s = w.series();
                for (int h = 0; h < H; h++) {
                    Row r = windows.get(s.id() + "|" + (w.window() + 1) + "|" + s.date(w.cutoff() + h) + "|"
                            + w.method());
                    assertEquals(s.date(w.cutoff() - 1), r.getString(2));
                    assertEquals(w.actual()[h], r.getDouble(5));
                    assertEquals(w.forecast().mean()[h], r.getDouble(6));
                    assertEquals(w.forecast().lower()[1][h], r.getDouble(9));
                    assertEquals(w.forecast().upper()[1][h], r.getDouble(10));
                    assertEquals(w.note(), r.getString(11));
                }
            }
            assertEquals(List.of("method", "series", "windows", "mae", "rmse", "mape", "smape", "mase", "coverage80",
                    "coverage95", "msis", "fallbacks"), List.of(got.rows().columns()));
        }
    }

    @Test
    void theFrequencyIsInferredAsTheCommandLineInfersIt() {
        SeriesRows.Reduced in = SeriesRows.reduce(frame(3), PanelInput.of("m3"));
        assertEquals(panel.frequency(), SeriesRows.frequency(in, PanelInput.of("m3")));
    }
}
