package io.marketcast.bench.scenario;

import io.marketcast.cli.RunCommand;
import io.marketcast.cli.explorer.Explorer;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
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
 * The explorer's answer to one change of a shock on the seed scenario at 10,000 paths, all cores: {@code pageChange}
 * is what the server does for the page — read and validate the edited scenario (JSON) with the scenario reader, then
 * re-simulate with the fits kept from earlier runs (the baseline, unchanged, is kept too); {@code fullRun} is the same
 * shocked scenario run from scratch (every fit, no cache), the peer it is compared with; {@code validate} is the
 * reading and checking part of a page change alone. Consecutive invocations of
 * {@code pageChange} alternate between two shock sizes, so each one really re-simulates.
 *
 * <p>Warmup 3 × 2 s, measurement 5 × 2 s, 1 fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExplorerBenchmark {

    /** Paths per run, the figure. */
    public static final int PATHS = 10_000;

    private Dataset data;
    private Explorer explorer;
    private final String[] edits = new String[2];
    private Scenario shocked;
    private int next;

    @Setup
    public void setUp() {
        data = Dataset.embedded();
        Scenario seed = ScenarioReader.read("seed-2020q3", RunCommand.shipped("seed-2020q3"), data).toBuilder()
                .paths(PATHS).build();
        for (int i = 0; i < 2; i++) {
            Scenario sc = seed.toBuilder().shock(new Shock("alibaba-cloud", Quarter.parse("2021Q1"),
                    Quarter.parse("2021Q4"), ShockKind.GROWTH_MULTIPLIER, 0.5 + 0.1 * i)).build();
            edits[i] = RunReport.resolvedYaml(sc);
            shocked = sc;
        }
        explorer = new Explorer(data, Methods.registry(), Runtime.getRuntime().availableProcessors(),
                RunReport.resolvedYaml(seed), "seed-2020q3");
        explorer.run(edits[1]); // the page's first run: fits and baseline kept from here on
    }

    @Benchmark
    public Explorer.Result pageChange() {
        next = 1 - next;
        return explorer.run(edits[next]);
    }

    /** The validation part of a page change alone: the scenario reader and the engine's checks. */
    @Benchmark
    public Scenario validate() {
        next = 1 - next;
        return explorer.read(edits[next]);
    }

    @Benchmark
    public ScenarioRun fullRun() {
        return ScenarioEngine.run(shocked, data);
    }
}
