package io.marketcast.bench.scenario;

import io.marketcast.cli.RunCommand;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.model.Dataset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole run of the shipped seed scenario (as of 2020Q3 to 2025Q4, 10,000 paths, all cores): the as-of view,
 * every fit (Gompertz or drift per series, the rest of the market, two profit models), the simulation with shares,
 * profit, margins and four events — everything {@code marketcast run} does except writing files and charts.
 *
 * <p>Warmup 3 × 2 s, measurement 5 × 2 s, 1 fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class SeedScenarioBenchmark {

    private Scenario scenario;
    private Dataset data;

    @Setup
    public void setUp() {
        data = Dataset.embedded();
        scenario = ScenarioReader.read("seed-2020q3", RunCommand.shipped("seed-2020q3"), data);
    }

    @Benchmark
    public ScenarioRun run() {
        return ScenarioEngine.run(scenario, data);
    }
}
