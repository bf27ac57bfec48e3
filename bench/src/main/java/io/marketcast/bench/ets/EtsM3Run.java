package io.marketcast.bench.ets;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.ets.Ets;
import io.marketcast.forecast.ets.EtsFit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
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
 * <p>Timing: one untimed pass over all series warms the JIT; then three timed passes fit every series once each,
 * in order, recording each fit's elapsed time and each period's total CPU time of the whole JVM process (JIT and GC
 * threads included, as R's {@code proc.time()} counts its whole process). Reported: the mean over
 * series of the median of a series' three elapsed times, and the median over passes of CPU time per series (R's
 * script times one pass after one warm-up fit, elapsed per series and CPU per period). The operation timed is
 * {@code Ets.auto().fit(y, frequency)} alone, the same as R's {@code ets(y)}: same series, same 15 (quarterly) or 6
 * (yearly) models, single thread; forecasting is not timed. Writes {@code ets_m3_java.csv} (id, period, model,
 * smape, fit_seconds, forecasts) into the results directory.
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
        int passes = 3;
        double[][] wall = new double[all.size()][passes];
        Map<String, double[]> cpu = new HashMap<>();
        com.sun.management.OperatingSystemMXBean mx =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        EtsFit[] fits = new EtsFit[all.size()];
        for (int r = 0; r < passes; r++) {
            for (String p : periods) {
                long cpu0 = mx.getProcessCpuTime();
                for (int i = 0; i < all.size(); i++) {
                    M3.Series s = all.get(i);
                    if (!s.period().equals(p)) {
                        continue;
                    }
                    long t0 = System.nanoTime();
                    fits[i] = ets.fit(s.x(), s.frequency());
                    wall[i][r] = (System.nanoTime() - t0) / 1e9;
                }
                cpu.computeIfAbsent(p, k -> new double[passes])[r] = (mx.getProcessCpuTime() - cpu0) / 1e9;
            }
        }
        for (int i = 0; i < all.size(); i++) {
            M3.Series s = all.get(i);
            double[] times = wall[i].clone();
            Arrays.sort(times);
            Forecast f = fits[i].forecast(s.horizon());
            double sm = M3.smape(s.xx(), f.mean());
            mine.put(s.id(), new double[] {sm, times[passes / 2]});
            rows.add(new String[] {s.id(), s.period(), fits[i].model().code(), fmt(sm), fmt(times[passes / 2]),
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
        Map<String, double[]> rCpu = readRSummary(dir.resolve("ets_m3_r_summary.csv"));
        out.printf(Locale.ROOT, "java %s, %d series, warm-up pass %.1f s%n", System.getProperty("java.version"),
                all.size(), coldSeconds);
        out.println("| period | series | sMAPE ours | sMAPE R | ours/R | same model | elapsed ms/series ours | R | R/ours"
                + " | CPU ms/series ours | R | R/ours |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> notes = new ArrayList<>();
        for (String p : periods) {
            List<M3.Series> ps = all.stream().filter(s -> s.period().equals(p)).toList();
            double sm = 0;
            double t = 0;
            double smR = 0;
            double tR = 0;
            int same = 0;
            int withR = 0;
            Map<String, String> models = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r[2]));
            Map<String, String> ourFc = rows.stream().collect(Collectors.toMap(r -> r[0], r -> r[5]));
            double maxRel = 0;
            String worst = "";
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
                        String[] a = ourFc.get(s.id()).split(";");
                        String[] b = r[3].split(";");
                        for (int i = 0; i < a.length; i++) {
                            double x = Double.parseDouble(b[i]);
                            double rel = Math.abs(Double.parseDouble(a[i]) - x) / Math.abs(x);
                            if (rel > maxRel) {
                                maxRel = rel;
                                worst = s.id();
                            }
                        }
                    }
                }
            }
            int k = ps.size();
            double[] c = cpu.get(p).clone();
            Arrays.sort(c);
            double cpuMs = 1000 * c[passes / 2] / k;
            double[] rc = rCpu.get(p);
            String rCpuCols = rc == null ? "- | -" : String.format(Locale.ROOT, "%.1f | %.1f", 1000 * rc[1] / rc[0],
                    1000 * rc[1] / rc[0] / cpuMs);
            if (withR == k) {
                out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.4f | %d/%d | %.2f | %.1f | %.1f | %.2f | %s |%n", p,
                        k, sm / k, smR / k, sm / smR, same, k, 1000 * t / k, 1000 * tR / k, tR / t, cpuMs, rCpuCols);
                notes.add(String.format(Locale.ROOT, "%s: where the models agree, forecasts differ from R's by at most"
                        + " %.2g relative (%s)", p, maxRel, worst));
            } else {
                out.printf(Locale.ROOT, "| %s | %d | %.3f | - | - | - | %.2f | - | - | %.2f | - | - |%n", p, k,
                        sm / k, 1000 * t / k, cpuMs);
            }
        }
        notes.forEach(out::println);
        for (String[] r : rows) {
            String[] rr = rRows.get(r[0]);
            if (rr != null && !rr[0].equals(r[2])) {
                out.printf(Locale.ROOT, "different model: %s ours %s (sMAPE %s), R %s (sMAPE %s)%n", r[0], r[2],
                        r[3], rr[0], rr[1]);
            }
        }
    }

    /** id → {model, smape, fit_seconds, forecasts} from R's CSV, or empty when it is absent. */
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
        int fc = header.indexOf("forecast");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            out.put(f[id], new String[] {f[model], f[smape], f[secs], f[fc]});
        }
        return out;
    }

    /** period → {series, cpu_seconds} from R's summary CSV, or empty when it is absent. */
    private static Map<String, double[]> readRSummary(Path file) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",");
            out.put(f[header.indexOf("period")], new double[] {Double.parseDouble(f[header.indexOf("series")]),
                Double.parseDouble(f[header.indexOf("cpu_seconds")])});
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.15g", v);
    }
}
