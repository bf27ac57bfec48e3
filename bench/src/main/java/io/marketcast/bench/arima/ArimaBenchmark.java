package io.marketcast.bench.arima;

import io.marketcast.bench.ets.M3;
import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.registry.Methods;
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
 * ARIMA fitting on M3 series, single thread: auto.arima ({@code arima}, the operation R's {@code auto.arima(y)}
 * performs: the stepwise search on the fast likelihood, then the chosen model refitted with R's filter) and one
 * fixed seasonal model ({@code arima:0,1,1,0,1,1}, the airline model, R's filter throughout), compared with R in
 * docs/BENCHMARKS.md by {@code bench/compare/arima_speed.sh}. Inputs are loaded in {@link #setup()}; each invocation
 * fits one series.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar ArimaBenchmark}. Warm-up 3 × 2 s, measurement 5 × 2 s, one
 * fork (overridable with {@code -wi -i -f}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ArimaBenchmark {

    /** Two quarterly series (N0660: 36 points, N0897: 64) and two monthly (N1500: 51, N2000: 126). */
    @Param({"N0660", "N0897", "N1500", "N2000"})
    public String series;

    /** {@code arima} for auto.arima, or a fixed-order method name. */
    @Param({"arima", "arima:0,1,1,0,1,1"})
    public String method;

    private double[] y;
    private int frequency;
    private Method fitter;

    @Setup
    public void setup() {
        M3.Series s = M3.load(List.of("QUARTERLY", "MONTHLY")).stream().filter(x -> x.id().equals(series))
                .findFirst().orElseThrow();
        y = s.x();
        frequency = s.frequency();
        fitter = Methods.get(method);
    }

    @Benchmark
    public Fitted fit() {
        return fitter.fit(y, frequency);
    }
}
