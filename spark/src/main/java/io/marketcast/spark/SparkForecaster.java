package io.marketcast.spark;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.panel.Frequency;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelForecaster;
import io.marketcast.forecast.panel.PanelSeries;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code marketcast forecast} over a Spark table: every series forecast by every method, one row per series, date and
 * method with the columns of the command line's output — {@code series, date, method, point, lo80, hi80, lo95, hi95,
 * ..., note} (docs/outputs.md). Each series is forecast by
 * {@link PanelForecaster#forecast(PanelSeries, int, PanelForecaster.Spec)}, the command line's code, so the doubles,
 * fallbacks and notes are the command line's whatever the partitioning. Rows come in no particular order.
 */
public final class SparkForecaster {

    private SparkForecaster() {
    }

    /**
     * The forecasts, lazily: nothing is fitted until the result is written or collected. The frequency, when not
     * given, is inferred first (one pass over the ids and dates); a bad row fails that pass, or the job that uses
     * the result, with the library's {@link io.marketcast.forecast.panel.PanelException}.
     *
     * @param data    long-format rows (id, date, value and any other columns, which are ignored)
     * @param input   how to read them
     * @param methods comma-separated method names, as {@code --methods} takes them
     * @param horizon steps to forecast
     * @param levels  interval levels in (0, 1), ascending
     * @throws io.marketcast.forecast.UnknownMethodException for a name no registered method has
     */
    public static Dataset<Row> forecast(Dataset<Row> data, PanelInput input, String methods, int horizon,
            double[] levels) {
        // checked here, on the driver, so that a misspelt name or a bad horizon fails before any task runs
        new PanelForecaster.Spec(SeriesRows.methods(methods), horizon, levels, 1);
        SeriesRows.Reduced in = SeriesRows.reduce(data, input);
        Frequency freq = SeriesRows.frequency(in, input);
        List<String> names = in.names();
        boolean text = in.textValues();
        double[] lv = levels.clone();
        StructType schema = SeriesRows.withIntervals(new StructType().add("series", DataTypes.StringType)
                .add("date", DataTypes.StringType).add("method", DataTypes.StringType)
                .add("point", DataTypes.DoubleType), lv).add("note", DataTypes.StringType);
        return in.bySeries().flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) -> {
            Panel panel = SeriesRows.builder(input, names, freq, text, id, rows).builder().build();
            PanelSeries s = panel.series().get(0);
            PanelForecaster.Spec spec = new PanelForecaster.Spec(SeriesRows.methods(methods), horizon, lv, 1);
            List<Row> out = new ArrayList<>();
            for (PanelForecaster.Result r : PanelForecaster.forecast(s, panel.season(), spec)) {
                Forecast f = r.forecast();
                double[] point = f.mean();
                double[][] lo = f.lower();
                double[][] hi = f.upper();
                for (int h = 0; h < point.length; h++) {
                    Object[] row = new Object[5 + 2 * lv.length];
                    row[0] = s.id();
                    row[1] = s.date(s.length() + h);
                    row[2] = r.method();
                    row[3] = point[h];
                    for (int k = 0; k < lv.length; k++) {
                        row[4 + 2 * k] = lo[k][h];
                        row[5 + 2 * k] = hi[k][h];
                    }
                    row[row.length - 1] = r.note();
                    out.add(RowFactory.create(row));
                }
            }
            return out.iterator();
        }, Encoders.row(schema));
    }
}
