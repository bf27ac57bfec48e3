package io.marketcast.bench.sim;

import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.QuantileSketch;
import io.marketcast.forecast.sim.Correlation;
import io.marketcast.forecast.sim.SimSeries;
import io.marketcast.forecast.sim.Simulation;
import io.marketcast.forecast.sim.SimulationResult;
import io.marketcast.forecast.sim.Simulator;
import io.marketcast.forecast.walk.LogRandomWalk;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulation hot paths.
 *
 * <ul>
 *   <li>{@code walkSteps}: one core drawing a multiplicative random walk with drift — normal innovation, drift,
 *       exp — reported per path-step (goal: at least 100 million per second per core, i.e. ≤ 10 ns).</li>
 *   <li>{@code quantileAdd}: streaming one value into a {@link QuantileSketch}, per value.</li>
 *   <li>{@code engine1M}: the whole engine, 1,000,000 paths × 5 correlated series × 20 quarters on all cores,
 *       with quantile streaming and one crossover event (goal: at most 2 s on the 2-core machine).</li>
 * </ul>
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PathSimulationBenchmark {

    static final int PATHS = 1024;
    static final int STEPS = 20;

    private PathModel walk;
    private UniformRandomProvider rng;
    private ZigguratSampler.NormalizedGaussian normal;
    private double[] eps;
    private double[] out;
    private QuantileSketch sketch;
    private double[] values;
    private Simulation engine;
    private io.marketcast.forecast.sim.DerivedSeries.Computation[] shares;
    private double[][] sharePaths;
    private double[][] shareOut;

    @Setup(Level.Trial)
    public void setUp() {
        walk = new LogRandomWalk.Process(10_000, 0.05, 0.04, 12).paths(STEPS);
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        normal = ZigguratSampler.NormalizedGaussian.of(rng);
        eps = new double[STEPS];
        out = new double[STEPS];
        sketch = new QuantileSketch();
        values = new double[PATHS];
        for (int i = 0; i < PATHS; i++) {
            values[i] = 10_000 * Math.exp(0.3 * normal.sample());
        }
        engine = engine(1_000_000, Runtime.getRuntime().availableProcessors());
        List<String> ids = List.of("s0", "s1", "s2", "s3", "s4", "others");
        java.util.Map<String, Integer> index = new java.util.LinkedHashMap<>();
        ids.forEach(id -> index.put(id, index.size()));
        shares = ids.stream().map(id -> new io.marketcast.forecast.share.ShareSeries(id, ids, Quarter.parse("2021Q1"))
                .bind(index, Quarter.parse("2021Q1"))).toArray(io.marketcast.forecast.sim.DerivedSeries.Computation[]::new);
        sharePaths = new double[ids.size()][STEPS];
        shareOut = new double[ids.size()][STEPS];
        for (double[] row : sharePaths) {
            for (int k = 0; k < STEPS; k++) {
                row[k] = 1000 * Math.exp(0.3 * normal.sample());
            }
        }
    }

    /** The engine workload: 5 correlated walks over 2021Q1..2025Q4, with one crossover event. */
    public static Simulation engine(int paths, int threads) {
        Quarter first = Quarter.parse("2021Q1");
        Quarter end = Quarter.parse("2025Q4");
        int h = first.until(end) + 1;
        List<SimSeries> series = new ArrayList<>();
        double[] last = {11_600, 4_800, 3_400, 2_200, 1_500};
        double[] mu = {0.06, 0.10, 0.09, 0.11, 0.03};
        for (int i = 0; i < 5; i++) {
            series.add(new SimSeries("s" + i, new LogRandomWalk.Process(last[i], mu[i], 0.04, 12).paths(h), first,
                    last[i]));
        }
        return Simulation.of(series, end).withCorrelation(Correlation.equal(5, 0.5))
                .withEvents(List.of(io.marketcast.forecast.sim.EventSpec.atLeastOther("s1>=s0", "s1", "s0")))
                .withPaths(paths).withThreads(threads);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PATHS * STEPS)
    public double walkSteps() {
        double acc = 0;
        for (int p = 0; p < PATHS; p++) {
            for (int k = 0; k < STEPS; k++) {
                eps[k] = normal.sample();
            }
            walk.path(rng, eps, out);
            acc += out[STEPS - 1];
        }
        return acc;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(PATHS)
    public long quantileAdd() {
        for (double v : values) {
            sketch.add(v);
        }
        return sketch.count();
    }

    /**
     * The share transform on one path: 5 vendors' shares (and the rest of the market's) of their sum, over 20
     * quarters, per path-quarter.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @OperationsPerInvocation(STEPS)
    public double shareTransform() {
        for (int i = 0; i < shares.length; i++) {
            shares[i].compute(sharePaths, rng, shareOut[i]);
        }
        return shareOut[0][STEPS - 1];
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public SimulationResult engine1M() {
        return Simulator.run(engine);
    }
}
