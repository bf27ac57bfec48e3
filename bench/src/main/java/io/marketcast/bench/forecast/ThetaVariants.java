package io.marketcast.bench.forecast;

import io.marketcast.forecast.internal.Minimizer;
import io.marketcast.forecast.internal.Seasonality;
import io.marketcast.forecast.baseline.SesFit;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores variants of the Theta method on the whole M3 (sMAPE per period and over all series, mean over series;
 * count of forecasts {@code <= 0} by period), to compare with the published THETA entry. Not a JMH benchmark: a
 * command-line experiment, kept so that the table in docs/BENCHMARKS.md ("Reconstructing the M3 THETA submission")
 * can be re-run.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests
 * VARIANTS='seas=r90,core=thetaf;seas=r90,core=lines,l0=y1' \
 *     java -cp bench/target/benchmarks.jar io.marketcast.bench.forecast.ThetaVariants [M3_DIR]
 * </pre>
 *
 * <p>A variant is a comma list of {@code key=value}; variants are separated by {@code ;}. Keys:
 * <ul>
 *   <li>{@code seas}: seasonal adjustment of quarterly and monthly data: {@code rNN} = autocorrelation test at lag
 *       {@code m} on the data at NN% (r90 is the M3 rule), {@code dNN} = the same test on first differences,
 *       {@code always}, {@code none}; {@code seasq} overrides it for quarterly data only. Adjustment is the classical
 *       multiplicative decomposition ({@link Seasonality#multiplicativeIndices}).</li>
 *   <li>{@code core}: {@code thetaf} = SES on the adjusted data plus half the OLS slope with the Hyndman–Billah
 *       correction (our {@code thetaf}); {@code sesdrift} = SES level plus {@code b/2·h}; {@code lines} = the theta
 *       lines of Assimakopoulos and Nikolopoulos: θ=0 line (OLS trend) extrapolated linearly, SES on the θ=2 line
 *       {@code 2x − trend}, equal weights; {@code thetaX} = the θ=X line with weights {@code 1−1/X, 1/X};
 *       {@code drift} = random walk with drift; {@code naive} = last value
 *       (with the seasonal adjustment: Naive2). {@code corey} / {@code coreo} override it for yearly / other.</li>
 *   <li>{@code l0}: SES initial level: {@code opt} (least squares), {@code y1} (first value of the smoothed line),
 *       {@code mean3} (mean of the first three), {@code mean} (mean of all).</li>
 *   <li>{@code grid}: SES α: {@code cont} = optimised on (0, 1), {@code gS} = best in-sample one-step MSE on the grid
 *       {@code S, 2S, ..., 1−S}.</li>
 *   <li>{@code trend}: {@code adj} (OLS slope of the adjusted data) or {@code raw} (of the unadjusted data).</li>
 *   <li>{@code otherm}: treat the OTHER series (frequency 1) as having period {@code m} for the seasonal step.</li>
 * </ul>
 */
public final class ThetaVariants {
    record S(String id, String period, int m, int h, double[] y, double[] test) {}

    interface V { double[] f(double[] y, int m, int h); }

    private ThetaVariants() {
    }

    public static void main(String[] a) throws Exception {
        List<S> ss = load(a.length > 0 ? CompetitionData.from(Path.of(a[0])) : CompetitionData.embeddedM3());
        Map<String, V> vs = new LinkedHashMap<>();
        for (String spec : (System.getenv("VARIANTS") == null ? defaults() : System.getenv("VARIANTS")).split(";")) {
            vs.put(spec, parse(spec));
        }
        System.out.printf("%-46s %7s %7s %7s %7s %7s %s%n", "variant", "yearly", "quart", "month", "other", "all", "forecasts <= 0");
        for (var e : vs.entrySet()) {
            Map<String, double[]> acc = new TreeMap<>();
            Map<String, Integer> neg = new TreeMap<>();
            for (S s : ss) {
                double[] f = e.getValue().f(s.y, s.m, s.h);
                double sm = 0;
                for (int i = 0; i < s.h; i++) {
                    if (f[i] <= 0) neg.merge(s.period.substring(0, 1), 1, Integer::sum);
                    sm += 200 * Math.abs(s.test[i] - f[i]) / (Math.abs(s.test[i]) + Math.abs(f[i]));
                }
                sm /= s.h;
                for (String k : List.of(s.period, "ALL")) {
                    acc.computeIfAbsent(k, x -> new double[2]);
                    acc.get(k)[0] += sm;
                    acc.get(k)[1]++;
                }
            }
            System.out.printf("%-46s", e.getKey());
            for (String k : List.of("YEARLY", "QUARTERLY", "MONTHLY", "OTHER", "ALL")) {
                System.out.printf(" %7.3f", acc.get(k)[0] / acc.get(k)[1]);
            }
            System.out.printf(" %s%n", neg.isEmpty() ? "-" : neg.toString().replaceAll("[{} ]", ""));
        }
    }

    static String defaults() {
        return "seas=r90,core=thetaf";
    }

    /** spec: comma list of key=value: seas, core, ses, l0, grid. */
    static V parse(String spec) {
        Map<String, String> o = new HashMap<>();
        for (String kv : spec.split(",")) {
            String[] p = kv.split("=");
            o.put(p[0].trim(), p[1].trim());
        }
        String seas = o.getOrDefault("seas", "r90");
        String core = o.getOrDefault("core", "thetaf");
        String l0 = o.getOrDefault("l0", "opt");
        String grid = o.getOrDefault("grid", "cont");
        String seasQ = o.getOrDefault("seasq", seas);
        String coreO = o.getOrDefault("coreo", core);
        String coreY = o.getOrDefault("corey", core);
        return (y, m0, h) -> {
            int m = m0;
            String om = o.get("otherm");
            if (m == 1 && h == 8 && om != null) m = Integer.parseInt(om);
            String sv = m == 4 ? seasQ : seas;
            double[] idx = seasonal(y, m, sv);
            double[] x = y.clone();
            if (idx != null) for (int t = 0; t < x.length; t++) x[t] /= idx[t];
            String c = m0 == 1 ? (h == 8 ? coreO : coreY) : core;
            double[] f = o.getOrDefault("trend", "adj").equals("raw") ? coreRawTrend(x, y, h, c, l0, grid) : core(x, h, c, l0, grid);
            if (idx != null) {
                double[] fi = Seasonality.futureIndices(idx, m, h);
                for (int i = 0; i < h; i++) f[i] *= fi[i];
            }
            return f;
        };
    }

    static double[] seasonal(double[] y, int m, String sv) {
        if (m == 1 || sv.equals("none")) return null;
        if (sv.equals("always")) return Seasonality.multiplicativeIndices(y, m);
        double conf = Double.parseDouble(sv.substring(sv.length() - 2)) / 100.0;
        double[] z = y;
        if (sv.startsWith("d")) { // test on first differences
            z = new double[y.length - 1];
            for (int t = 1; t < y.length; t++) z[t - 1] = y[t] - y[t - 1];
        }
        if (!Seasonality.isSeasonal(z, m, conf)) return null;
        return Seasonality.multiplicativeIndices(y, m);
    }

    /** OLS intercept (the line's value at t = 0) and slope of {@code x} on t = 1..n. */
    static double[] ols(double[] x) {
        int n = x.length;
        double tm = (n + 1) / 2.0, xm = 0;
        for (double v : x) xm += v / n;
        double sxy = 0, sxx = 0;
        for (int t = 1; t <= n; t++) { sxy += (t - tm) * (x[t - 1] - xm); sxx += (t - tm) * (t - tm); }
        double b = sxy / sxx;
        return new double[] {xm - b * tm, b};
    }

    /** SES one-step SSE path: returns {level_n, alpha}. */
    static double[] ses(double[] z, String l0, String grid) {
        int n = z.length;
        if (l0.equals("opt") && grid.equals("cont")) {
            SesFit f = SesFit.fit(z, 1e-4, 0.9999);
            return new double[] {f.level(), f.alpha()};
        }
        java.util.function.DoubleUnaryOperator sse = al -> run(z, al, l0)[1];
        double alpha;
        if (grid.equals("cont")) {
            alpha = Minimizer.minimize(sse, 1e-4, 0.9999, 40, 1e-7);
        } else {
            double step = Double.parseDouble(grid.substring(1)); // g0.1 -> step
            double lo = step, best = Double.POSITIVE_INFINITY;
            alpha = lo;
            for (double al = lo; al <= 1 - step / 2 + 1e-9; al += step) {
                double v = sse.applyAsDouble(al);
                if (v < best) { best = v; alpha = al; }
            }
        }
        if (l0.equals("opt")) {
            // best l0 for this alpha (closed form)
            double lo0 = bestL0(z, alpha);
            double lev = lo0;
            for (double v : z) lev += alpha * (v - lev);
            return new double[] {lev, alpha};
        }
        return new double[] {run(z, alpha, l0)[0], alpha};
    }

    static double bestL0(double[] z, double alpha) {
        double a = 0, b = 1, sbb = 0, sbr = 0;
        for (double v : z) { sbb += b * b; sbr += b * (v - a); a += alpha * (v - a); b *= 1 - alpha; }
        return sbr / sbb;
    }

    /** {final level, SSE} for a given l0 rule. */
    static double[] run(double[] z, double alpha, String l0) {
        int n = z.length;
        double lev;
        int start;
        switch (l0) {
            case "y1" -> { lev = z[0]; start = 1; }
            case "mean3" -> { lev = (z[0] + z[1] + z[2]) / 3; start = 0; }
            case "mean" -> { double s = 0; for (double v : z) s += v; lev = s / n; start = 0; }
            case "opt" -> { lev = bestL0(z, alpha); start = 0; }
            default -> throw new IllegalArgumentException(l0);
        }
        double sse = 0;
        for (int t = start; t < n; t++) { double e = z[t] - lev; sse += e * e; lev += alpha * e; }
        return new double[] {lev, sse};
    }

    static double[] core(double[] x, int h, String c, String l0, String grid) {
        int n = x.length;
        double[] ab = ols(x);
        double a = ab[0], b = ab[1];
        double[] f = new double[h];
        switch (c) {
            case "thetaf" -> { // SES on data + b/2 drift with H&B correction
                double[] s = ses(x, l0, grid);
                double al = Math.max(1e-10, s[1]);
                double st = (1 - Math.pow(1 - al, n)) / al;
                for (int i = 0; i < h; i++) f[i] = s[0] + b / 2 * (i + st);
            }
            case "sesdrift" -> { // SES on data + b/2 * h
                double[] s = ses(x, l0, grid);
                for (int i = 0; i < h; i++) f[i] = s[0] + b / 2 * (i + 1);
            }
            case "lines" -> { // theta lines: SES on Z=2x-LRL, LRL extrapolated, equal weights
                double[] z = new double[n];
                for (int t = 0; t < n; t++) z[t] = 2 * x[t] - (a + b * (t + 1));
                double[] s = ses(z, l0, grid);
                for (int i = 0; i < h; i++) f[i] = 0.5 * (a + b * (n + i + 1)) + 0.5 * s[0];
            }
            case "naive" -> { for (int i = 0; i < h; i++) f[i] = x[n - 1]; }
            case "drift" -> { for (int i = 0; i < h; i++) f[i] = x[n - 1] + (x[n - 1] - x[0]) / (n - 1) * (i + 1); }
            default -> {
                if (c.startsWith("theta")) { // generalized weight: thetaX -> Z = X*x-(X-1)LRL, weights 1-1/X,1/X
                    double th = Double.parseDouble(c.substring(5));
                    double[] z = new double[n];
                    for (int t = 0; t < n; t++) z[t] = th * x[t] - (th - 1) * (a + b * (t + 1));
                    double[] s = ses(z, l0, grid);
                    for (int i = 0; i < h; i++) f[i] = (1 - 1 / th) * (a + b * (n + i + 1)) + s[0] / th;
                } else throw new IllegalArgumentException(c);
            }
        }
        return f;
    }

    /** As core(), but the trend slope/intercept come from the unadjusted data y. */
    static double[] coreRawTrend(double[] x, double[] y, int h, String c, String l0, String grid) {
        int n = x.length;
        double[] ab = ols(y);
        double a = ab[0], b = ab[1];
        double[] f = new double[h];
        if (c.equals("thetaf")) {
            double[] s = ses(x, l0, grid);
            double al = Math.max(1e-10, s[1]);
            double st = (1 - Math.pow(1 - al, n)) / al;
            for (int i = 0; i < h; i++) f[i] = s[0] + b / 2 * (i + st);
        } else {
            double[] z = new double[n];
            for (int t = 0; t < n; t++) z[t] = 2 * x[t] - (a + b * (t + 1));
            double[] s = ses(z, l0, grid);
            for (int i = 0; i < h; i++) f[i] = 0.5 * (a + b * (n + i + 1)) + 0.5 * s[0];
        }
        return f;
    }

    static List<S> load(CompetitionData data) {
        List<S> out = new ArrayList<>();
        for (CompetitionSeries c : data.series()) {
            out.add(new S(c.id(), c.period(), c.frequency(), c.horizon(), c.train(), c.test()));
        }
        return out;
    }
}
