package io.marketcast.bench.ets;

import io.marketcast.forecast.ets.Ets;
import io.marketcast.forecast.ets.EtsFit;
import java.util.List;
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
 * ETS fitting on M3 quarterly series, single thread: one fixed model, and AutoETS (R's model space, 15 models for
 * quarterly data) — the operation R's {@code ets(y)} performs, compared in docs/BENCHMARKS.md with
 * {@code bench/compare/ets_m3.R}. Inputs are loaded in {@link #setup()}; each invocation fits one series.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar EtsBenchmark}. Warm-up 3 × 2 s, measurement 5 × 2 s, one
 * fork (overridable with {@code -wi -i -f}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EtsBenchmark {

    /** Quarterly M3 series: short trending, seasonal (MAM), damped (AAdN), long seasonal (MNM). */
    @Param({"N0660", "N0671", "N0921", "N1100"})
    public String series;

    /** {@code auto} for AutoETS, otherwise a fixed model code. */
    @Param({"auto", "AAdN", "MAM"})
    public String model;

    private double[] y;
    private Ets ets;

    @Setup
    public void setup() {
        y = M3.load(List.of("QUARTERLY")).stream().filter(s -> s.id().equals(series)).findFirst().orElseThrow().x();
        ets = model.equals("auto") ? Ets.auto() : Ets.of(model);
    }

    @Benchmark
    public EtsFit fit() {
        return ets.fit(y, 4);
    }
}
