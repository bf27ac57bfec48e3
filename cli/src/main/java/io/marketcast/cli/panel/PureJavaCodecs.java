package io.marketcast.cli.panel;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet page compression in pure Java (aircompressor and java.util.zip) instead of parquet-java's default codec
 * factory, which goes through Hadoop's codec classes and configuration. Reads uncompressed, Snappy, gzip, zstd and
 * LZ4_RAW pages — what pandas/pyarrow, polars, DuckDB and Spark write by default or on request; writes Snappy.
 * Other codecs (LZO, Brotli, Hadoop-framed LZ4) are refused with a message.
 */
final class PureJavaCodecs implements CompressionCodecFactory {

    static final PureJavaCodecs INSTANCE = new PureJavaCodecs();

    private PureJavaCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) {
                    return bytes;
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.UNCOMPRESSED;
                }

                @Override
                public void release() {
                }
            };
            case SNAPPY -> new BytesInputCompressor() {
                private final SnappyCompressor snappy = new SnappyCompressor();

                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    byte[] in = bytes.toByteArray();
                    byte[] out = new byte[snappy.maxCompressedLength(in.length)];
                    int n = snappy.compress(in, 0, in.length, out, 0, out.length);
                    return BytesInput.from(out, 0, n);
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return CompressionCodecName.SNAPPY;
                }

                @Override
                public void release() {
                }
            };
            default -> throw new IllegalArgumentException("writing Parquet with " + codec + " is not supported");
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case UNCOMPRESSED -> new Raw(null);
            case SNAPPY -> new Raw(new SnappyDecompressor());
            case ZSTD -> new Raw(new ZstdDecompressor());
            case LZ4_RAW -> new Raw(new Lz4Decompressor());
            case GZIP -> new Gzip();
            default -> new Unsupported(codec);
        };
    }

    @Override
    public void release() {
    }

    /** A block decompressor of aircompressor (or none, for uncompressed pages). */
    private static final class Raw implements BytesInputDecompressor {
        private final Decompressor d;

        Raw(Decompressor d) {
            this.d = d;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int size) throws IOException {
            if (d == null) {
                return bytes;
            }
            byte[] in = bytes.toByteArray();
            byte[] out = new byte[size];
            int n = d.decompress(in, 0, in.length, out, 0, size);
            if (n != size) {
                throw new IOException("corrupt Parquet page: " + n + " bytes decompressed, " + size + " expected");
            }
            return BytesInput.from(out);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(BytesInput.from(in), size).toByteArray());
        }

        @Override
        public void release() {
        }
    }

    private static final class Gzip implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int size) throws IOException {
            try (InputStream in = new GZIPInputStream(bytes.toInputStream())) {
                byte[] out = in.readNBytes(size);
                if (out.length != size) {
                    throw new IOException("corrupt Parquet page: " + out.length + " bytes decompressed, " + size
                            + " expected");
                }
                return BytesInput.from(out);
            }
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            output.put(decompress(BytesInput.from(in), size).toByteArray());
        }

        @Override
        public void release() {
        }
    }

    private record Unsupported(CompressionCodecName codec) implements BytesInputDecompressor {
        @Override
        public BytesInput decompress(BytesInput bytes, int size) throws IOException {
            throw new IOException("Parquet pages compressed with " + codec + " are not supported; write the file with "
                    + "snappy, zstd, gzip, lz4_raw or no compression");
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size) throws IOException {
            decompress(null, size);
        }

        @Override
        public void release() {
        }
    }
}
