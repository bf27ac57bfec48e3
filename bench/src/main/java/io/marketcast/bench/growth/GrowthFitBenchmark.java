package io.marketcast.bench.growth;

import io.marketcast.forecast.growth.ErrorModel;
import io.marketcast.forecast.growth.GrowthFit;
import io.marketcast.forecast.growth.GrowthFitter;
import io.marketcast.forecast.growth.GrowthSpec;
import io.marketcast.forecast.growth.Solver;
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
 * One growth-curve fit to 40 points, additive errors, as scipy's {@code curve_fit} and R's {@code nls} do it:
 * {@link #fixedStart} from the start all three tools share; {@link #dataDrivenStart} including our search for
 * starting values. Each fit includes the covariance, information criteria and diagnostics. Both solvers: Commons
 * Math's LM (the default) and the compact primitive-array LM.
 *
 * <p>Warmup 5 × 1 s, measurement 5 × 1 s, 2 forks (override on the command line, e.g. {@code -wi 3 -i 5 -f 1}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class GrowthFitBenchmark {

    @Param({"LOGISTIC", "GOMPERTZ"})
    BenchCurve curve;

    @Param({"COMMONS_MATH", "COMPACT"})
    Solver solver;

    private double[] t;
    private double[] y;
    private GrowthSpec given;
    private GrowthSpec searched;

    @Setup
    public void setUp() {
        t = curve.t();
        y = curve.y();
        searched = GrowthSpec.of(curve.curve()).withError(ErrorModel.ADDITIVE).withSolver(solver);
        given = searched.withStart(curve.start());
        GrowthFit check = GrowthFitter.fit(given, t, y);
        if (!check.usable()) {
            throw new IllegalStateException("benchmark problem does not fit: " + check);
        }
    }

    @Benchmark
    public GrowthFit fixedStart() {
        return GrowthFitter.fit(given, t, y);
    }

    @Benchmark
    public GrowthFit dataDrivenStart() {
        return GrowthFitter.fit(searched, t, y);
    }
}
