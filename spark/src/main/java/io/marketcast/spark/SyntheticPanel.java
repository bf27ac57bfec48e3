package io.marketcast.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic panel of monthly series for the throughput measurements of docs/BENCHMARKS.md ("Spark"):
 * {@code java -cp ... io.marketcast.spark.SyntheticPanel OUT.csv SERIES SEED}. Series {@code i} draws from the
 * {@code i}-th stream split from {@code SEED}: a length of 48 to 120 months ending 2024-12, a level of 100 to 10,000, a
 * trend of -1% to +2% a month, a yearly season of amplitude 0 to 30% and multiplicative noise of sd 2% to 10% — so
 * the same arguments give the same file, byte for byte. Columns {@code unique_id, ds, y}, as {@code marketcast
 * forecast} reads them.
 */
public final class SyntheticPanel {

    private SyntheticPanel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticPanel OUT.csv SERIES SEED");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]));
    }

    static void write(Path out, int series, long seed) throws IOException {
        SplittableRandom root = new SplittableRandom(seed);
        int end = 2024 * 12 + 11;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("unique_id,ds,y\n");
            for (int i = 0; i < series; i++) {
                SplittableRandom r = root.split();
                int n = 48 + r.nextInt(73);
                double level = 100 * Math.pow(100, r.nextDouble());
                double trend = -0.01 + 0.03 * r.nextDouble();
                double amplitude = 0.3 * r.nextDouble();
                double phase = 2 * Math.PI * r.nextDouble();
                double sd = 0.02 + 0.08 * r.nextDouble();
                String id = String.format(Locale.ROOT, "S%06d", i);
                for (int t = 0; t < n; t++) {
                    int m = end - (n - 1) + t;
                    double season = 1 + amplitude * Math.sin(2 * Math.PI * m / 12.0 + phase);
                    double noise = Math.exp(sd * gaussian(r));
                    double y = level * Math.exp(trend * t) * season * noise;
                    w.write(id);
                    w.write(',');
                    w.write(String.format(Locale.ROOT, "%04d-%02d", m / 12, m % 12 + 1));
                    w.write(',');
                    w.write(String.format(Locale.ROOT, "%.2f", y));
                    w.write('\n');
                }
            }
        }
    }

    /** A standard normal draw (Box-Muller, one of the pair). */
    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
