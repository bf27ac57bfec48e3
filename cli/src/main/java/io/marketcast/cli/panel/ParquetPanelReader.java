package io.marketcast.cli.panel;

import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelBuilder;
import io.marketcast.forecast.panel.PanelException;
import io.marketcast.forecast.panel.PanelOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a long-format Parquet file (parquet-java, local file, no Hadoop file system). Rows are numbered from 1 in
 * file order. Ids may be strings or integers; dates strings (as in CSV), {@code DATE}, {@code TIMESTAMP} at
 * midnight, or integers (years or an index); values any number type, null for a missing value. Only the three
 * columns are read.
 */
final class ParquetPanelReader {

    private ParquetPanelReader() {
    }

    static Panel read(Path file, String source, Columns.Wanted wanted, PanelOptions options) throws IOException {
        ParquetReadOptions ro = options();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), ro)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<String> header = schema.getFields().stream().map(Type::getName).toList();
            Columns c = Columns.find(source, header, wanted);
            MessageType projection = new MessageType(schema.getName(), List.of(schema.getType(c.id()),
                    schema.getType(c.date()), schema.getType(c.value())));
            for (Type t : projection.getFields()) {
                if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
                    throw new PanelException(source, 1, t.getName(), "a nested or repeated column; expected one value "
                            + "per row");
                }
            }
            reader.setRequestedSchema(projection);
            PanelBuilder b = Panel.builder(source, options.withColumns(c.idName(), c.dateName(), c.valueName()));
            PrimitiveType idType = projection.getType(0).asPrimitiveType();
            PrimitiveType dateType = projection.getType(1).asPrimitiveType();
            PrimitiveType valueType = projection.getType(2).asPrimitiveType();
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection);
            long row = 0;
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projection));
                long n = pages.getRowCount();
                for (long i = 0; i < n; i++) {
                    Group g = records.read();
                    row++;
                    String id = text(g, 0, idType, source, row, c.idName());
                    String date = date(g, dateType, source, row, c.dateName());
                    double value = number(g, valueType, source, row, c.valueName());
                    b.add(row, id, date, value);
                }
            }
            return b.build();
        }
    }

    /**
     * Read options with our pure-Java codecs. {@code ParquetReadOptions.builder} always creates parquet-java's
     * Hadoop codec factory first (which needs Hadoop's classes), so the options are made through their constructor:
     * no filters, no checksum verification, heap buffers.
     */
    static ParquetReadOptions options() {
        try {
            java.lang.reflect.Constructor<ParquetReadOptions> c = ParquetReadOptions.class.getDeclaredConstructor(
                    boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, boolean.class, FilterCompat.Filter.class,
                    ParquetMetadataConverter.MetadataFilter.class, CompressionCodecFactory.class,
                    ByteBufferAllocator.class, int.class, java.util.Map.class, FileDecryptionProperties.class,
                    ParquetMetricsCallback.class, ParquetConfiguration.class);
            c.setAccessible(true);
            return c.newInstance(false, false, false, false, false, false, false, false, false, FilterCompat.NOOP,
                    ParquetMetadataConverter.NO_FILTER, PureJavaCodecs.INSTANCE, new HeapByteBufferAllocator(),
                    8 * 1024 * 1024, new java.util.HashMap<String, String>(), null, null,
                    new PlainParquetConfiguration());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("parquet-java's read options changed: " + e, e);
        }
    }

    private static boolean missing(Group g, int field) {
        return g.getFieldRepetitionCount(field) == 0;
    }

    private static String text(Group g, int field, PrimitiveType t, String source, long row, String column) {
        if (missing(g, field)) {
            return "";
        }
        return switch (t.getPrimitiveTypeName()) {
            case BINARY, FIXED_LEN_BYTE_ARRAY -> g.getString(field, 0);
            case INT32 -> Integer.toString(g.getInteger(field, 0));
            case INT64 -> Long.toString(g.getLong(field, 0));
            default -> throw new PanelException(source, row, column, "a " + t.getPrimitiveTypeName()
                    + " column; expected text or whole numbers");
        };
    }

    private static String date(Group g, PrimitiveType t, String source, long row, String column) {
        if (missing(g, 1)) {
            return "";
        }
        LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(g.getInteger(1, 0)).toString();
        }
        if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
            long v = g.getLong(1, 0);
            Instant at = switch (ts.getUnit()) {
                case MILLIS -> Instant.ofEpochMilli(v);
                case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000);
                case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
            };
            if (at.getEpochSecond() % 86_400 != 0 || at.getNano() != 0) {
                throw new PanelException(source, row, column, "timestamp " + at + " is not at midnight; dates "
                        + "need no time of day");
            }
            return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
        }
        return text(g, 1, t, source, row, column);
    }

    private static double number(Group g, PrimitiveType t, String source, long row, String column) {
        if (missing(g, 2)) {
            return Double.NaN;
        }
        LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation d) {
            java.math.BigInteger unscaled = switch (t.getPrimitiveTypeName()) {
                case INT32 -> java.math.BigInteger.valueOf(g.getInteger(2, 0));
                case INT64 -> java.math.BigInteger.valueOf(g.getLong(2, 0));
                default -> new java.math.BigInteger(g.getBinary(2, 0).getBytes());
            };
            return new java.math.BigDecimal(unscaled, d.getScale()).doubleValue();
        }
        return switch (t.getPrimitiveTypeName()) {
            case DOUBLE -> g.getDouble(2, 0);
            case FLOAT -> g.getFloat(2, 0);
            case INT32 -> g.getInteger(2, 0);
            case INT64 -> g.getLong(2, 0);
            case BINARY -> {
                String s = g.getString(2, 0).strip();
                try {
                    yield s.isEmpty() || s.equalsIgnoreCase("NA") ? Double.NaN : Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new PanelException(source, row, column, "'" + s + "' is not a number");
                }
            }
            default -> throw new PanelException(source, row, column, "a " + t.getPrimitiveTypeName()
                    + " column; expected numbers");
        };
    }
}
