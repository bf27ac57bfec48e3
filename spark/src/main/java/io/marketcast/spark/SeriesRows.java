package io.marketcast.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.panel.DateStyle;
import io.marketcast.forecast.panel.Frequency;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelBuilder;
import io.marketcast.forecast.panel.PanelException;
import io.marketcast.forecast.registry.Methods;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/**
 * What forecasting and cross-validation share: the input reduced to (id, date, value, record) and grouped by id, the
 * panel's frequency decided as the command line decides it, each group built into a one-series panel by the
 * library's {@link PanelBuilder}, and the methods resolved by name on each executor.
 */
final class SeriesRows {

    /** Columns of the reduced input. */
    static final String ID = "id";
    static final String DATE = "date";
    static final String VALUE = "value";
    /** A record number (Spark's, 1-based within the first partition), standing for the row in messages. */
    static final String RECORD = "record";

    private static final Map<String, List<Method>> METHODS = new ConcurrentHashMap<>();

    private SeriesRows() {
    }

    /** Methods by their comma-separated names, resolved once per JVM (driver and executors alike). */
    static List<Method> methods(String names) {
        return METHODS.computeIfAbsent(names, Methods::parseList);
    }

    /**
     * The input reduced to {@code id} (string), {@code date} (string, as the command line reads a date: a Spark date
     * or timestamp becomes its ISO date), {@code value} (string when the input's is, else double) and
     * {@code record}.
     */
    static Reduced reduce(Dataset<Row> data, PanelInput input) {
        List<String> names = input.columns(data.columns());
        StructType schema = data.schema();
        Column date = col(quote(names.get(1)));
        var dateType = schema.apply(names.get(1)).dataType();
        if (dateType == DataTypes.DateType || dateType == DataTypes.TimestampType
                || dateType == DataTypes.TimestampNTZType) {
            date = date.cast(DataTypes.DateType);
        }
        boolean text = schema.apply(names.get(2)).dataType() instanceof StringType;
        Column value = col(quote(names.get(2)));
        Dataset<Row> d = data.select(col(quote(names.get(0))).cast(DataTypes.StringType).as(ID),
                date.cast(DataTypes.StringType).as(DATE),
                (text ? value : value.cast(DataTypes.DoubleType)).as(VALUE),
                monotonically_increasing_id().plus(lit(1L)).as(RECORD));
        return new Reduced(d, names, text);
    }

    private static String quote(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    /** The reduced input, its column names as the input writes them and whether values are text. */
    record Reduced(Dataset<Row> rows, List<String> names, boolean textValues) {

        KeyValueGroupedDataset<String, Row> bySeries() {
            return rows.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
        }
    }

    /** A builder with one group's rows added (the id is the group's), and the group's first record. */
    record Group(PanelBuilder builder, long firstRecord) {
    }

    static Group builder(PanelInput input, List<String> names, Frequency freq, boolean textValues, String id,
            Iterator<Row> rows) {
        PanelBuilder b = Panel.builder(input.source(), input.options(names, freq));
        long first = Long.MAX_VALUE;
        while (rows.hasNext()) {
            Row r = rows.next();
            long record = r.getLong(3);
            first = Math.min(first, record);
            String date = r.isNullAt(1) ? null : r.getString(1);
            if (textValues) {
                b.add(record, id, date, r.isNullAt(2) ? null : r.getString(2));
            } else {
                b.add(record, id, date, r.isNullAt(2) ? Double.NaN : r.getDouble(2));
            }
        }
        return new Group(b, first);
    }

    /**
     * The panel's frequency: the one given, or the one every series with two or more dates has (a second one is
     * the command line's error); when every series has a single date, the command line's default for the style.
     */
    static Frequency frequency(Reduced in, PanelInput input) {
        if (input.freq() != null) {
            return input.freq();
        }
        List<String> names = in.names();
        boolean text = in.textValues();
        StructType profile = new StructType().add("style", DataTypes.StringType)
                .add("freq", DataTypes.StringType, true).add("single", DataTypes.StringType, true)
                .add("record", DataTypes.LongType).add("id", DataTypes.StringType);
        Dataset<Row> profiles = in.bySeries().mapGroups((MapGroupsFunction<String, Row, Row>) (id, rows) -> {
            Group g = builder(input, names, null, text, id, rows);
            PanelBuilder b = g.builder();
            Optional<Frequency> f = b.inferredFrequency();
            String single = null;
            if (f.isEmpty()) {
                try {
                    single = b.build().frequency().name();
                } catch (PanelException e) {
                    single = null; // ISO dates, one each: the frequency must be given
                }
            }
            return RowFactory.create(b.style().orElseThrow().name(), f.map(Enum::name).orElse(null), single,
                    g.firstRecord(), id);
        }, Encoders.row(profile));
        List<Row> kinds = profiles.groupBy("style", "freq", "single")
                .agg(org.apache.spark.sql.functions.min(org.apache.spark.sql.functions.struct("record", "id"))
                        .as("first"))
                .orderBy(col("first.record")).collectAsList();
        PanelBuilder messages = Panel.builder(input.source(), input.options(names, null));
        Row style = null;
        Row seen = null;
        boolean allYears = true;
        for (Row k : kinds) {
            Row first = k.getStruct(3);
            if (style == null) {
                style = k;
            } else if (!style.getString(0).equals(k.getString(0))) {
                DateStyle a = DateStyle.valueOf(style.getString(0));
                DateStyle b = DateStyle.valueOf(k.getString(0));
                throw new PanelException(input.source(), first.getLong(0), names.get(1), "series '"
                        + first.getString(1) + "' writes dates as " + b.description() + " but series '"
                        + style.getStruct(3).getString(1) + "' (row " + style.getStruct(3).getLong(0) + ") as "
                        + a.description() + "; write every date alike");
            }
            if (!k.isNullAt(1)) {
                if (seen == null) {
                    seen = k;
                } else if (!seen.getString(1).equals(k.getString(1))) {
                    Row s = seen.getStruct(3);
                    throw messages.mixed(first.getString(1), first.getLong(0), Frequency.valueOf(k.getString(1)),
                            s.getString(1), s.getLong(0), Frequency.valueOf(seen.getString(1)));
                }
            } else {
                allYears &= Frequency.YEARLY.name().equals(k.getString(2));
            }
        }
        if (seen != null) {
            return Frequency.valueOf(seen.getString(1));
        }
        return switch (DateStyle.valueOf(style.getString(0))) {
            case INTEGER -> allYears ? Frequency.YEARLY : Frequency.INDEX;
            case QUARTER -> Frequency.QUARTERLY;
            case MONTH -> Frequency.MONTHLY;
            case ISO_DATE -> throw new PanelException(input.source(), style.getStruct(3).getLong(0), names.get(1),
                    "every series has a single date, so the frequency cannot be inferred; give --freq");
        };
    }

    /** {@code 0.8 → "80"}, {@code 0.995 → "99.5"}: as the command line names interval columns. */
    static String levelLabel(double level) {
        String s = Double.toString(Math.round(level * 1e6) / 1e4);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
        }
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The interval columns {@code lo80, hi80, ...} appended to {@code schema}. */
    static StructType withIntervals(StructType schema, double[] levels) {
        StructType s = schema;
        for (double l : levels) {
            s = s.add("lo" + levelLabel(l), DataTypes.DoubleType).add("hi" + levelLabel(l), DataTypes.DoubleType);
        }
        return s;
    }
}
