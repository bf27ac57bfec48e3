package io.marketcast.bench.forecast;

import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Fit-and-forecast time on the M3 competition, one thread: one operation forecasts every series of a period
 * (756 quarterly series with h = 8, or 1428 monthly with h = 18) with one method, 80% and 95% intervals included.
 * The score is milliseconds per period; divide by the number of series for the time per series.
 *
 * <p>Run: {@code ./mvnw -B -q package -DskipTests -pl bench -am && java -jar bench/target/benchmarks.jar
 * MethodsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MethodsBenchmark {

    /** The methods measured, by registry name. */
    public enum Method {
        NAIVE2, SES, THETA, OTM, DOTM, ETS, AUTO;

        io.marketcast.forecast.Method forecaster() {
            return Methods.get(name().toLowerCase(Locale.ROOT));
        }
    }

    /** The M3 periods measured. */
    public enum Period {
        QUARTERLY, MONTHLY
    }

    @Param
    Method method;

    @Param
    Period period;

    private io.marketcast.forecast.Method forecaster;
    private double[][] histories;
    private int[] frequencies;
    private int[] horizons;

    @Setup
    public void setUp() {
        forecaster = method.forecaster();
        var series = CompetitionData.embeddedM3().series().stream()
                .filter(s -> s.period().equals(period.name())).toList();
        histories = series.stream().map(CompetitionSeries::train).toArray(double[][]::new);
        frequencies = series.stream().mapToInt(CompetitionSeries::frequency).toArray();
        horizons = series.stream().mapToInt(CompetitionSeries::horizon).toArray();
    }

    @Benchmark
    public void forecastEverySeriesOfThePeriod(Blackhole bh) {
        for (int i = 0; i < histories.length; i++) {
            bh.consume(forecaster.forecast(histories[i], frequencies[i], horizons[i]));
        }
    }
}
