package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.ScenarioReader;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioEngine;
import io.marketcast.forecast.scenario.ScenarioRun;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.model.Dataset;
import io.marketcast.model.Point;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of the invariants users rely on, over random seeds, vantage quarters, horizons, path counts and
 * thread counts: quantiles are monotone, shares sum to 100, cumulative probabilities are non-decreasing in [0, 1],
 * the same seed gives the same bytes on any thread count, and an as-of view holds nothing later. The cases are drawn
 * from a fixed generator seed ({@link #CASES_SEED}; set {@code -Dmarketcast.properties.seed=N} to explore others) and
 * each test's name shows its case, so a failure is reproduced by its name. A few cases each keep
 * {@code ./mvnw verify} quick. (Plain JUnit parameterized tests: the jqwik engine tells AI agents at start-up not to
 * use it, so the project does not depend on it.)
 */
class InvariantsPropertiesTest {

    private static final Dataset DATA = Dataset.embedded();

    /** The generator seed of the cases. */
    static final long CASES_SEED = Long.getLong("marketcast.properties.seed", 20201108L);

    private static int in(SplittableRandom r, int min, int max) {
        return r.nextInt(min, max + 1);
    }

    static Stream<Arguments> runCases() {
        SplittableRandom r = new SplittableRandom(CASES_SEED);
        return IntStream.range(0, 5).mapToObj(i -> Arguments.of(in(r, 0, 13), in(r, 1, 16), in(r, 50, 400),
                r.nextLong(1, 1L << 40)));
    }

    static Stream<Arguments> threadCases() {
        SplittableRandom r = new SplittableRandom(CASES_SEED + 1);
        return IntStream.range(0, 3).mapToObj(i -> Arguments.of(in(r, 0, 13), in(r, 1, 12), in(r, 100, 3000),
                r.nextLong(1, 1L << 40), in(r, 2, 4)));
    }

    private static Scenario scenario(int asOfOffset, int horizon, int paths, long seed) {
        Quarter asOf = Quarter.parse("2022Q1").plus(asOfOffset);
        String yaml = """
                name: prop
                as_of: %s
                horizon: %d
                series: [aws, azure, google-cloud]
                analyses:
                  share: true
                  crossover: [[google-cloud, azure], [azure, aws]]
                paths: %d
                seed: %d
                """.formatted(asOf, horizon, paths, seed);
        return ScenarioReader.read("prop.yaml", yaml, DATA);
    }

    private static ScenarioRun run(Scenario sc, int threads) {
        return ScenarioEngine.run(sc, DATA, new ScenarioEngine.Options(Methods.registry(), threads, done -> { }));
    }

    @ParameterizedTest(name = "as of 2022Q1+{0}, horizon {1}, {2} paths, seed {3}")
    @MethodSource("runCases")
    void quantilesAreMonotoneSharesSumTo100AndCumulativeProbabilitiesRise(int asOfOffset, int horizon, int paths,
            long seed) {
        ScenarioRun r = run(scenario(asOfOffset, horizon, paths, seed), 2);
        for (SeriesQuantiles q : r.result().series().values()) {
            double[][] qs = q.quantiles();
            for (int k = 0; k < q.quarters().size(); k++) {
                for (int p = 1; p < qs.length; p++) {
                    assertTrue(qs[p - 1][k] <= qs[p][k], q.id() + " " + q.quarters().get(k) + ": quantile "
                            + q.probabilities()[p - 1] + " = " + qs[p - 1][k] + " above quantile "
                            + q.probabilities()[p] + " = " + qs[p][k]);
                }
            }
        }
        List<SeriesQuantiles> shares = r.result().series().values().stream().filter(q -> q.id().startsWith("share:"))
                .toList();
        assertTrue(shares.size() >= 4, "the three vendors and the rest of the market");
        int quarters = shares.get(0).quarters().size();
        for (int k = 0; k < quarters; k++) {
            double sum = 0;
            for (SeriesQuantiles s : shares) {
                sum += s.mean()[k];
            }
            // the mean of per-path shares sums to 100 exactly when every path's shares do
            assertEquals(100, sum, 1e-6, "mean shares in " + shares.get(0).quarters().get(k));
        }
        for (EventResult e : r.result().events()) {
            double prev = 0;
            for (int k = 0; k < e.by().length; k++) {
                double by = e.by()[k];
                double at = e.at()[k];
                assertTrue(by >= prev && by <= 1 && at >= 0 && at <= 1, e.name() + " at " + e.quarters().get(k)
                        + ": P(by) " + by + " after " + prev + ", P(at) " + at);
                prev = by;
            }
        }
    }

    @ParameterizedTest(name = "as of 2022Q1+{0}, horizon {1}, {2} paths, seed {3}, 1 vs {4} threads")
    @MethodSource("threadCases")
    void theSameSeedGivesTheSameBytesOnAnyThreadCount(int asOfOffset, int horizon, int paths, long seed,
            int threads) {
        Scenario sc = scenario(asOfOffset, horizon, paths, seed);
        ScenarioRun one = run(sc, 1);
        ScenarioRun many = run(sc, threads);
        assertEquals(RunReport.quantilesCsv(one), RunReport.quantilesCsv(many), "quantiles.csv on 1 and " + threads
                + " threads");
        assertEquals(RunReport.eventsCsv(one), RunReport.eventsCsv(many), "events.csv on 1 and " + threads
                + " threads");
    }

    @ParameterizedTest(name = "as of 2010Q1+{0}")
    @MethodSource("asOfOffsets")
    void anAsOfViewHoldsNothingLater(int offset) {
        Quarter q = Quarter.parse("2010Q1").plus(offset);
        Dataset view = DATA.asOf(q);
        for (Series s : view.series()) {
            for (Point p : s.points()) {
                assertTrue(!p.quarter().isAfter(q), s.slug() + " as of " + q + " holds " + p.quarter());
            }
        }
    }

    static IntStream asOfOffsets() {
        return IntStream.rangeClosed(0, 4 * 16);
    }
}
