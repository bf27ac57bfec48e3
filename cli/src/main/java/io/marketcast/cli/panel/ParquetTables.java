package io.marketcast.cli.panel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Parquet encoding of a {@link Table} (parquet-java, Snappy-compressed, one row group per 128 MB): text columns as
 * UTF-8 strings, numbers as doubles, counts as 32-bit integers, every column optional (NaN is null).
 */
public final class ParquetTables {

    private ParquetTables() {
    }

    static MessageType schema(Table t) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int i = 0; i < t.columns().size(); i++) {
            String name = t.columns().get(i);
            switch (t.types().get(i)) {
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
                case INT -> b.optional(PrimitiveTypeName.INT32).named(name);
                default -> throw new IllegalStateException();
            }
        }
        return b.named("marketcast");
    }

    /** The table as the bytes of a Parquet file. */
    public static byte[] encode(Table t) {
        MessageType schema = schema(t);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("marketcast-", ".parquet");
            SimpleGroupFactory groups = new SimpleGroupFactory(schema);
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                    .withConf(new PlainParquetConfiguration()).withCodecFactory(PureJavaCodecs.INSTANCE).withType(schema)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
                for (Object[] row : t.rows()) {
                    Group g = groups.newGroup();
                    for (int i = 0; i < row.length; i++) {
                        Object c = row[i];
                        if (c instanceof Double d) {
                            if (!Double.isNaN(d)) {
                                g.add(i, d.doubleValue());
                            }
                        } else if (c instanceof Integer n) {
                            g.add(i, n.intValue());
                        } else {
                            g.add(i, c.toString());
                        }
                    }
                    w.write(g);
                }
            }
            return Files.readAllBytes(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode Parquet: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
