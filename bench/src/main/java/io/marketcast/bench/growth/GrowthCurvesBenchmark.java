package io.marketcast.bench.growth;

import io.marketcast.forecast.growth.Curves;
import io.marketcast.forecast.growth.GrowthFit;
import io.marketcast.forecast.growth.GrowthFitter;
import io.marketcast.forecast.growth.GrowthSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every growth curve as {@code marketcast fit} runs it: multiplicative errors, data-driven starting values, the
 * default solver, on 20, 40 and 80 points generated from the curve itself with a fixed multiplicative wiggle
 * {@code exp(0.02·sin(12.9898·i))}. One fit per operation, including covariance, AICc and diagnostics.
 *
 * <p>Warmup 3 × 1 s, measurement 5 × 1 s, 1 fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class GrowthCurvesBenchmark {

    @Param({"LINEAR", "EXPONENTIAL", "LOGISTIC", "GOMPERTZ", "RICHARDS", "MONOMOLECULAR", "BASS"})
    String shape;

    @Param({"20", "40", "80"})
    int points;

    private double[] t;
    private double[] y;
    private GrowthSpec spec;

    /** True parameters per curve, scaled to the number of points so that each shows its characteristic shape. */
    static double[] truth(String shape, int n) {
        return switch (shape) {
            case "LINEAR" -> new double[] {100, 10};
            case "EXPONENTIAL" -> new double[] {100, 2.0 / n};
            case "LOGISTIC" -> new double[] {10000, 6.0 / n, n * 0.5};
            case "GOMPERTZ" -> new double[] {10000, 4.0 / n, n * 0.4};
            case "RICHARDS" -> new double[] {10000, 6.0 / n, n * 0.5, 0.5};
            case "MONOMOLECULAR" -> new double[] {10000, 2.0 / n};
            case "BASS" -> new double[] {100000, 0.01, 12.0 / n};
            default -> throw new IllegalArgumentException(shape);
        };
    }

    @Setup
    public void setUp() {
        Curves c = Curves.valueOf(shape);
        double[] p = truth(shape, points);
        t = new double[points];
        y = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = i + 1;
            y[i] = c.curve().value(t[i], p) * Math.exp(0.02 * Math.sin(12.9898 * i));
        }
        spec = GrowthSpec.of(c.curve());
        GrowthFit check = GrowthFitter.fit(spec, t, y);
        if (!check.usable()) {
            throw new IllegalStateException(shape + " on " + points + " points does not fit: " + check);
        }
    }

    @Benchmark
    public GrowthFit fit() {
        return GrowthFitter.fit(spec, t, y);
    }
}
