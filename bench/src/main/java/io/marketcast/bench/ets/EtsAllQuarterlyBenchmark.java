package io.marketcast.bench.ets;

import io.marketcast.forecast.ets.Ets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * AutoETS on every M3 quarterly series, single thread; the score is the mean time per series (JMH divides by the
 * number of series), the figure to set beside R's mean {@code ets(y)} time per series from
 * {@code bench/compare/ets_m3.R} on the same series and machine.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar EtsAllQuarterlyBenchmark}. Warm-up 2 × 10 s, measurement
 * 3 × 10 s, one fork.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class EtsAllQuarterlyBenchmark {

    private List<M3.Series> series;

    @Setup
    public void setup() {
        series = M3.load(List.of("QUARTERLY"));
        if (series.size() != SERIES_PER_OP) {
            throw new IllegalStateException("expected 756 quarterly series, found " + series.size());
        }
    }

    /** Operations per invocation: the 756 quarterly series of M3. */
    static final int SERIES_PER_OP = 756;

    @Benchmark
    @OperationsPerInvocation(SERIES_PER_OP)
    public void autoEtsEverySeries(Blackhole bh) {
        Ets ets = Ets.auto();
        for (M3.Series s : series) {
            bh.consume(ets.fit(s.x(), s.frequency()));
        }
    }
}
