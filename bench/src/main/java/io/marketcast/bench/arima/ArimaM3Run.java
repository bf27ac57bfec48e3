package io.marketcast.bench.arima;

import io.marketcast.bench.ets.M3;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.arima.ArimaFit;
import io.marketcast.forecast.arima.ArimaOrder;
import io.marketcast.forecast.arima.AutoArima;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * auto.arima ({@code arima}) on every M3 series of the chosen periods, single thread, side by side with R: chosen
 * orders, sMAPE and time per series, and — from the {@code arima_m3_r_*.csv} files that
 * {@code bench/compare/arima_m3.R} writes into the results directory — R's orders, sMAPE and time.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.marketcast.bench.arima.ArimaM3Run [YEARLY,QUARTERLY,MONTHLY,OTHER] [results-dir] [ids-file]</pre>
 *
 * <p>Timing: one untimed pass over the first 200 series ({@code -Dwarmup=N}, 0 for none) warms the JIT; then one timed pass fits every series once, recording
 * each fit's elapsed time and each period's CPU time of the whole JVM process. The operation timed per fit is
 * {@code AutoArima.fit(y, frequency)} (the registry's {@code arima} is this call after its input checks), as R's
 * {@code auto.arima(y)}; the period's time also covers the forecasts and reading the orders and constant, as R's
 * script reads {@code arimaorder(fit)} and the coefficients' names. Neither reads the standard errors, which our fit
 * computes when first asked for (R's optimhess on R's filter; R computes them inside every fit).
 * Writes {@code arima_m3_java_<periods>.csv} (id, period, orders, sMAPE, fit_seconds, forecasts). An
 * ids-file (one id a line) restricts the series, as for the R script.
 */
public final class ArimaM3Run {

    private ArimaM3Run() {
    }

    /** One series' result: orders p,d,q,P,D,Q and constant. */
    record Row(String id, String period, String orders, double smape, double seconds, String forecast) {
    }

    public static void main(String[] args) throws IOException {
        List<String> periods = List.of((args.length > 0 ? args[0] : "YEARLY,QUARTERLY,MONTHLY,OTHER").split(","));
        Path dir = Path.of(args.length > 1 ? args[1] : "bench/results");
        PrintStream out = System.out;
        List<M3.Series> all = M3.load(periods);
        if (args.length > 2) {
            java.util.Set<String> ids = new java.util.HashSet<>(Files.readAllLines(Path.of(args[2])));
            all = all.stream().filter(s -> ids.contains(s.id())).toList();
        }
        String tag = String.join("_", periods).toLowerCase(Locale.ROOT);
        long c0 = System.nanoTime();
        int warmup = Integer.getInteger("warmup", 200);
        for (M3.Series s : all.subList(0, Math.min(warmup, all.size()))) {
            AutoArima.fit(s.x(), s.frequency());
        }
        double coldSeconds = (System.nanoTime() - c0) / 1e9;
        com.sun.management.OperatingSystemMXBean mx =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<String, Double> cpu = new HashMap<>();
        Map<String, Double> wall = new HashMap<>();
        Map<String, Double> threadCpuSeconds = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (String p : periods) {
            long cpu0 = mx.getProcessCpuTime();
            long thread0 = threadCpu();
            long w0 = System.nanoTime();
            for (M3.Series s : all) {
                if (!s.period().equals(p)) {
                    continue;
                }
                long t0 = System.nanoTime();
                ArimaFit fit = AutoArima.fit(s.x(), s.frequency());
                double secs = (System.nanoTime() - t0) / 1e9;
                Forecast f = fit.forecast("arima", s.horizon(), Forecast.DEFAULT_LEVELS.clone());   // 80% and 95%, as R
                rows.add(new Row(s.id(), s.period(), orders(fit), M3.smape(s.xx(), f.mean()), secs,
                        Stream.of(box(f.mean())).map(ArimaM3Run::fmt).collect(Collectors.joining(";"))));
            }
            cpu.put(p, (mx.getProcessCpuTime() - cpu0) / 1e9);
            threadCpuSeconds.put(p, (threadCpu() - thread0) / 1e9);
            wall.put(p, (System.nanoTime() - w0) / 1e9);
        }
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("arima_m3_java_" + tag + ".csv"), StandardCharsets.UTF_8)) {
            w.write("id,period,orders,smape,fit_seconds,forecast\n");
            for (Row r : rows) {
                w.write(String.join(",", r.id(), r.period(), r.orders(), fmt(r.smape()), fmt(r.seconds()),
                        r.forecast()) + "\n");
            }
        }
        Map<String, String[]> rRows = readR(dir);
        Map<String, double[]> rSummary = readRSummary(dir);
        out.printf(Locale.ROOT, "java %s, %d series, warm-up pass %.1f s%n", System.getProperty("java.version"),
                all.size(), coldSeconds);
        out.println("| period | series | sMAPE ours | sMAPE R | ours/R | same orders | elapsed ms/series ours | R |"
                + " R/ours | CPU ms/series ours | R | R/ours |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        double smAll = 0;
        double smRAll = 0;
        int nAll = 0;
        int nRAll = 0;
        for (String p : periods) {
            List<Row> ps = rows.stream().filter(r -> r.period().equals(p)).toList();
            double sm = 0;
            double smR = 0;
            double tR = 0;
            int same = 0;
            int withR = 0;
            for (Row r : ps) {
                sm += r.smape();
                String[] rr = rRows.get(r.id());
                if (rr != null) {
                    withR++;
                    smR += Double.parseDouble(rr[1]);
                    tR += Double.parseDouble(rr[2]);
                    same += rr[0].equals(r.orders()) ? 1 : 0;
                }
            }
            int k = ps.size();
            smAll += sm;
            nAll += k;
            double cpuMs = 1000 * cpu.get(p) / k;
            double wallMs = 1000 * wall.get(p) / k;
            if (withR == k) {
                smRAll += smR;
                nRAll += k;
                double[] rs = rSummary.get(p);
                String rc = rs == null ? "- | -" : String.format(Locale.ROOT, "%.1f | %.1f", 1000 * rs[1] / rs[0],
                        1000 * rs[1] / rs[0] / cpuMs);
                out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.4f | %d/%d (%.1f%%) | %.2f | %.1f | %.1f | %.2f"
                        + " | %s |%n", p, k, sm / k, smR / k, sm / smR, same, k, 100.0 * same / k, wallMs,
                        1000 * tR / k, 1000 * tR / k / wallMs, cpuMs, rc);
            } else {
                out.printf(Locale.ROOT, "| %s | %d | %.3f | - | - | - | %.2f | - | - | %.2f | - | - |%n", p, k,
                        sm / k, wallMs, cpuMs);
            }
        }
        threadCpuSeconds.forEach((p, v) -> out.printf(Locale.ROOT, "%s: CPU of the fitting thread alone %.2f ms/series%n",
                p, 1000 * v / rows.stream().filter(r -> r.period().equals(p)).count()));
        if (nRAll == nAll && periods.size() > 1) {
            out.printf(Locale.ROOT, "all: sMAPE ours %.3f, R %.3f%n", smAll / nAll, smRAll / nRAll);
        }
        for (Row r : rows) {
            String[] rr = rRows.get(r.id());
            if (rr != null && !rr[0].equals(r.orders())) {
                out.printf(Locale.ROOT, "different orders: %s ours %s (sMAPE %.3f), R %s (sMAPE %s)%n", r.id(),
                        r.orders(), r.smape(), rr[0], rr[1]);
            }
        }
    }

    /** p,d,q,P,D,Q plus c when there is a mean or drift. */
    static String orders(ArimaFit fit) {
        ArimaOrder o = fit.order();
        return o.p() + "," + o.d() + "," + o.q() + "," + o.sp() + "," + o.sd() + "," + o.sq()
                + (fit.constant() != ArimaFit.Constant.NONE ? ",c" : "");
    }

    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Double[] box(double[] v) {
        Double[] b = new Double[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = v[i];
        }
        return b;
    }

    /** id → {orders, smape, fit_seconds} from every arima_m3_r_*.csv in the directory. */
    private static Map<String, String[]> readR(Path dir) throws IOException {
        Map<String, String[]> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("arima_m3_r_[a-z_]+\\.csv")
                    && !f.getFileName().toString().endsWith("_summary.csv")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> h = List.of(lines.get(0).replace("\"", "").split(","));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.replace("\"", "").split(",");
                    String orders = String.join(",", f[h.indexOf("p")], f[h.indexOf("d")], f[h.indexOf("q")],
                            f[h.indexOf("P")], f[h.indexOf("D")], f[h.indexOf("Q")])
                            + (f[h.indexOf("constant")].equals("1") || f[h.indexOf("drift")].equals("1") ? ",c" : "");
                    out.put(f[h.indexOf("id")], new String[] {orders, f[h.indexOf("smape")],
                        f[h.indexOf("fit_seconds")]});
                }
            }
        }
        return out;
    }

    /** period → {series, cpu_seconds} from every arima_m3_r_*_summary.csv. */
    private static Map<String, double[]> readRSummary(Path dir) throws IOException {
        Map<String, double[]> out = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("arima_m3_r_[a-z_]+_summary\\.csv"))
                    .toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> h = List.of(lines.get(0).replace("\"", "").split(","));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.replace("\"", "").split(",");
                    out.put(f[h.indexOf("period")], new double[] {Double.parseDouble(f[h.indexOf("series")]),
                        Double.parseDouble(f[h.indexOf("cpu_seconds")])});
                }
            }
        }
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }
}
