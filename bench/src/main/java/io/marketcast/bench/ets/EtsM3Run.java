package io.marketcast.bench.ets;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.ets.Ets;
import io.marketcast.forecast.ets.EtsFit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * AutoETS on every M3 series of the chosen periods, single thread, side by side with R: our sMAPE, our time per
 * series, and — when {@code bench/results/ets_m3_r.csv} from {@code bench/compare/ets_m3.R} is present — R's
 * sMAPE, R's time, the ratio and how often both chose the same model.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.marketcast.bench.ets.EtsM3Run [YEARLY,QUARTERLY] [results-dir]</pre>
 *
 * <p>Timing: one untimed pass over all series warms the JIT, then each series is fitted {@code 3} times and the
 * median of its fit times counts (R's script times one fit per series after one warm-up fit). The time is of
 * {@code Ets.auto().fit(y, frequency)} alone, the same operation as R's {@code ets(y)}; forecasting is not timed.
 * Writes {@code ets_m3_java.csv} (id, period, model, smape, fit_seconds, forecasts) into the results directory.
 */
public final class EtsM3Run {

    private EtsM3Run() {
    }

    public static void main(String[] args) throws IOException {
        List<String> periods = List.of((args.length > 0 ? args[0] : "YEARLY,QUARTERLY").split(","));
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/results");
        PrintStream out = System.out;
        List<M3.Series> all = M3.load(periods);
        Ets ets = Ets.auto();
        long c0 = System.nanoTime();
        for (M3.Series s : all) {
            ets.fit(s.x(), s.frequency());
        }
        double coldSeconds = (System.nanoTime() - c0) / 1e9;
        List<String[]> rows = new ArrayList<>();
        Map<String, double[]> mine = new HashMap<>();
        for (M3.Series s : all) {
            double[] times = new double[3];
            EtsFit fit = null;
            for (int r = 0; r < times.length; r++) {
                long t0 = System.nanoTime();
                fit = ets.fit(s.x(), s.frequency());
                times[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(times);
            Forecast f = fit.forecast(s.horizon());
            double sm = M3.smape(s.xx(), f.mean());
            mine.put(s.id(), new double[] {sm, times[1]});
            rows.add(new String[] {s.id(), s.period(), fit.model().code(), fmt(sm), fmt(times[1]),
                    Arrays.stream(f.mean()).mapToObj(EtsM3Run::fmt).collect(Collectors.joining(";"))});
        }
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("ets_m3_java.csv"), StandardCharsets.UTF_8)) {
            w.write("id,period,model,smape,fit_seconds,forecast\n");
            for (String[] r : rows) {
                w.write(String.join(",", r) + "\n");
            }
        }
        Map<String, String[]> rRows = readR(dir.resolve("ets_m3_r.csv"));
        out.printf(Locale.ROOT, "java %s, %d series, warm-up pass %.1f s%n", System.getProperty("java.version"),
                all.size(), coldSeconds);
        out.println("| period | series | sMAPE ours | sMAPE R | ours/R | same model | ms/series ours | ms/series R"
                + " | R/ours |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (String p : periods) {
            List<M3.Series> ps = all.stream().filter(s -> s.period().equals(p)).toList();
            double sm = 0;
            double t = 0;
            double smR = 0;
            double tR = 0;
            int same = 0;
            int withR = 0;
            Map<String, String> models = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r[2]));
            for (M3.Series s : ps) {
                double[] v = mine.get(s.id());
                sm += v[0];
                t += v[1];
                String[] r = rRows.get(s.id());
                if (r != null) {
                    withR++;
                    smR += Double.parseDouble(r[1]);
                    tR += Double.parseDouble(r[2]);
                    if (r[0].equals(models.get(s.id()))) {
                        same++;
                    }
                }
            }
            int k = ps.size();
            if (withR == k) {
                out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.4f | %d/%d | %.2f | %.1f | %.1f |%n", p, k, sm / k,
                        smR / k, sm / smR, same, k, 1000 * t / k, 1000 * tR / k, tR / t);
            } else {
                out.printf(Locale.ROOT, "| %s | %d | %.3f | - | - | - | %.2f | - | - |%n", p, k, sm / k,
                        1000 * t / k);
            }
        }
    }

    /** id → {model, smape, fit_seconds} from R's CSV, or empty when it is absent. */
    private static Map<String, String[]> readR(Path file) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        int id = header.indexOf("id");
        int model = header.indexOf("model");
        int smape = header.indexOf("smape");
        int secs = header.indexOf("fit_seconds");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            out.put(f[id], new String[] {f[model], f[smape], f[secs]});
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
