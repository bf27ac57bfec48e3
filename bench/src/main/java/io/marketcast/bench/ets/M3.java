package io.marketcast.bench.ets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The project's M3 copy (classpath {@code io/marketcast/model/m3/}), read into memory for the ETS benchmarks and the ARIMA comparisons. A
 * minimal reader for benchmark inputs; the project's benchmark command has its own.
 */
public final class M3 {

    /** One series: training part {@code x}, hold-out {@code xx}. */
    public record Series(String id, String period, int frequency, int horizon, double[] x, double[] xx) {
    }

    private M3() {
    }

    /** The series of the given periods (e.g. {@code YEARLY}, {@code QUARTERLY}), in id order. */
    public static List<Series> load(List<String> periods) {
        Map<String, String[]> meta = new LinkedHashMap<>();
        lines("series.csv", f -> {
            String[] c = f.split(",", 7);
            String period = unquote(c[1]);
            if (periods.contains(period)) {
                meta.put(unquote(c[0]), new String[] {period, c[3], c[5]});
            }
        });
        Map<String, List<Double>> train = values("train.csv", meta);
        Map<String, List<Double>> test = values("test.csv", meta);
        List<Series> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : meta.entrySet()) {
            String[] m = e.getValue();
            out.add(new Series(e.getKey(), m[0], Integer.parseInt(m[1]), Integer.parseInt(m[2]),
                    toArray(train.get(e.getKey())), toArray(test.get(e.getKey()))));
        }
        return out;
    }

    /** sMAPE of one forecast, percent: mean of {@code 200 |y - f| / (|y| + |f|)}. */
    public static double smape(double[] y, double[] f) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += 200 * Math.abs(y[i] - f[i]) / (Math.abs(y[i]) + Math.abs(f[i]));
        }
        return s / y.length;
    }

    private static Map<String, List<Double>> values(String file, Map<String, String[]> keep) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        lines(file, f -> {
            int c1 = f.indexOf(',');
            String id = unquote(f.substring(0, c1));
            if (keep.containsKey(id)) {
                int c2 = f.indexOf(',', c1 + 1);
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(Double.parseDouble(f.substring(c2 + 1)));
            }
        });
        return out;
    }

    private static void lines(String file, Consumer<String> each) {
        String path = "/io/marketcast/model/m3/" + file;
        try (InputStream in = M3.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                each.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String s) {
        return s.replace("\"", "");
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
