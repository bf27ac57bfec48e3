package io.marketcast.forecast.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.walk.LogRandomWalk;
import io.marketcast.model.Quarter;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    private static final Quarter FIRST = Quarter.parse("2020Q4");
    private static final Quarter END = Quarter.parse("2025Q3");
    private static final int H = FIRST.until(END) + 1;

    /** A walk with known parameters and (practically) no parameter uncertainty. */
    private static SimSeries walk(String id, double last, double mu, double sigma) {
        return new SimSeries(id, new LogRandomWalk.Process(last, mu, sigma, Integer.MAX_VALUE).paths(H), FIRST, last);
    }

    private static Simulation twoSeries() {
        return Simulation.of(List.of(walk("a", 100, 0.05, 0.08), walk("b", 50, 0.02, 0.04)), END)
                .withCorrelation(Correlation.equal(2, 0.6))
                .withEvents(List.of(EventSpec.atLeastOther("b>=a", "b", "a"), EventSpec.atLeast("a>=200", "a", 200)))
                .withPaths(20_000);
    }

    @Test
    void sameSeedGivesIdenticalResultsOnOneAndManyThreads() {
        SimulationResult one = Simulator.run(twoSeries().withThreads(1));
        SimulationResult four = Simulator.run(twoSeries().withThreads(4));
        for (String id : List.of("a", "b")) {
            assertArrayEquals(one.series(id).mean(), four.series(id).mean(), 0.0, id);
            for (int p = 0; p < Simulation.PROBABILITIES.length; p++) {
                assertArrayEquals(one.series(id).quantiles()[p], four.series(id).quantiles()[p], 0.0, id);
            }
        }
        for (int e = 0; e < one.events().size(); e++) {
            assertArrayEquals(one.events().get(e).by(), four.events().get(e).by(), 0.0);
            assertArrayEquals(one.events().get(e).at(), four.events().get(e).at(), 0.0);
        }
        SimulationResult otherSeed = Simulator.run(twoSeries().withSeed(7));
        assertNotEquals(one.series("a").mean()[H - 1], otherSeed.series("a").mean()[H - 1]);
    }

    @Test
    void quantilesOfALogNormalWalkMatchTheory() {
        // log y(h) ~ N(log 100 + h·mu, h·sigma²). With N paths the sample p-quantile of log y has standard error
        // sd·sqrt(p(1-p)/N)/phi(z_p); we allow 5 standard errors plus the sketch's 2^-11: the chance that any of
        // the 21 checks fails for a correct engine is below 21 · 5.7e-7 ≈ 1.2e-5 (any seed; this one is fixed).
        double mu = 0.03;
        double sigma = 0.07;
        int n = 200_000;
        Simulation sim = Simulation.of(List.of(walk("x", 100, mu, sigma)), END).withPaths(n).withSeed(11);
        SimulationResult r = Simulator.run(sim);
        NormalDistribution std = new NormalDistribution(0, 1);
        for (int h : new int[] {1, 8, H}) {
            Quarter q = FIRST.plus(h - 1);
            double sd = sigma * Math.sqrt(h);
            for (double p : Simulation.PROBABILITIES) {
                double z = std.inverseCumulativeProbability(p);
                double expectedLog = Math.log(100) + h * mu + z * sd;
                double se = sd * Math.sqrt(p * (1 - p) / n) / std.density(z);
                double gotLog = Math.log(r.series("x").quantile(p, q));
                assertEquals(expectedLog, gotLog, 5 * se + Math.pow(2, -11), "h=" + h + " p=" + p);
            }
            double mean = 100 * Math.exp(h * mu + h * sigma * sigma / 2);
            double meanSe = mean * Math.sqrt((Math.exp(sd * sd) - 1) / n);
            assertEquals(mean, r.series("x").mean(q), 5 * meanSe, "mean h=" + h);
        }
    }

    @Test
    void eventProbabilitiesMatchTheory() {
        // P(y(1) >= y(0)) = Phi(mu/sigma) for a walk; 5 binomial standard errors.
        double mu = 0.02;
        double sigma = 0.05;
        int n = 100_000;
        SimulationResult r = Simulator.run(Simulation.of(List.of(walk("x", 100, mu, sigma)), END)
                .withEvents(List.of(EventSpec.atLeast("up", "x", 100))).withPaths(n));
        double p = new NormalDistribution(0, 1).cumulativeProbability(mu / sigma);
        assertEquals(p, r.event("up").at()[0], 5 * Math.sqrt(p * (1 - p) / n));
        double[] by = r.event("up").by();
        for (int k = 1; k < by.length; k++) {
            assertTrue(by[k] >= by[k - 1], "cumulative probability never decreases");
            assertTrue(by[k] >= r.event("up").at()[k] - 1e-12, "by(q) >= at(q)");
        }
    }

    @Test
    void correlationMakesSeriesMoveTogether() {
        Simulation sim = twoSeries();
        SimulationResult together = Simulator.run(sim.withEvents(List.of(EventSpec.atLeastOther("b>=a", "b", "a"))));
        SimulationResult apart = Simulator.run(sim.withCorrelation(Correlation.identity(2))
                .withEvents(List.of(EventSpec.atLeastOther("b>=a", "b", "a"))));
        // b starts at half of a and grows slower: only joint noise lets it catch up; with positive correlation
        // the ratio b/a varies less, so catching up is rarer.
        assertTrue(together.event("b>=a").by()[H - 1] < apart.event("b>=a").by()[H - 1]);
        // a is the first row of the Cholesky factor: it receives the same innovations either way, path by path
        assertArrayEquals(together.series("a").mean(), apart.series("a").mean(), 1e-9 * 1e4,
                "the first series' paths do not change");
    }

    /**
     * Correlation changes how series move together, not how each moves: b receives different innovations with and
     * without correlation (a mix of two normals instead of one), yet its quantiles agree within Monte Carlo error.
     * Tolerance: 5 standard errors of the difference of two independent sample quantiles, in log units
     * ({@code sqrt(2)·sqrt(p(1-p)/n)/φ(z_p)·sd}); a correct engine fails with probability below 1e-5 per check.
     */
    @Test
    void correlationLeavesEachSeriesDistributionAlone() {
        Simulation sim = twoSeries();
        SeriesQuantiles together = Simulator.run(sim).series("b");
        SeriesQuantiles apart = Simulator.run(sim.withCorrelation(Correlation.identity(2))).series("b");
        int n = sim.paths();
        for (Quarter q : List.of(FIRST.plus(3), END)) {
            double sd = Math.log(apart.quantile(0.90, q) / apart.quantile(0.10, q)) / (2 * 1.2815515655446004);
            for (double p : new double[] {0.10, 0.50, 0.90}) {
                double z = new NormalDistribution(0, 1).inverseCumulativeProbability(p);
                double density = new NormalDistribution(0, 1).density(z);
                double tolerance = 5 * Math.sqrt(2) * Math.sqrt(p * (1 - p) / n) / density * sd;
                assertEquals(Math.log(apart.quantile(p, q)), Math.log(together.quantile(p, q)), tolerance,
                        "quantile " + p + " of b at " + q);
            }
        }
    }

    @Test
    void aShockMovesTheSeriesItTargetsAndNothingElse() {
        Simulation base = twoSeries();
        Shock cut = new Shock("a", Quarter.parse("2022Q1"), Quarter.parse("2022Q4"), ShockKind.GROWTH_MULTIPLIER, 0);
        SimulationResult plain = Simulator.run(base);
        SimulationResult shocked = Simulator.run(base.withShocks(List.of(cut)));
        assertArrayEquals(plain.series("b").mean(), shocked.series("b").mean(), 0.0, "b untouched");
        SeriesQuantiles a0 = plain.series("a");
        SeriesQuantiles a1 = shocked.series("a");
        for (Quarter q : a0.quarters()) {
            if (q.isBefore(Quarter.parse("2022Q1"))) {
                assertEquals(a0.mean(q), a1.mean(q), 0.0, "before the window " + q);
            } else {
                assertTrue(a1.median(q) < a0.median(q), "growth frozen from 2022Q1: lower at " + q);
            }
        }
        // growth frozen for 4 quarters: the median after the window is lower by about exp(4·mu).
        Quarter after = Quarter.parse("2023Q4");
        assertEquals(Math.exp(-4 * 0.05), a1.median(after) / a0.median(after), 0.03);
    }

    @Test
    void levelAndMarketShocks() {
        Simulation base = twoSeries().withPaths(5_000);
        Quarter q = Quarter.parse("2021Q2");
        Shock level = new Shock(Shock.MARKET, q, q, ShockKind.LEVEL_MULTIPLIER, 0.5);
        SimulationResult plain = Simulator.run(base);
        SimulationResult shocked = Simulator.run(base.withShocks(List.of(level)));
        SimulationResult back = Simulator.run(base.withShocks(List.of(level.temporary(0))));
        SimulationResult decaying = Simulator.run(base.withShocks(List.of(level.temporary(2))));
        for (String id : List.of("a", "b")) {
            assertEquals(plain.series(id).mean(q.previous()), shocked.series(id).mean(q.previous()), 0.0,
                    id + " untouched before the window");
            for (SimulationResult r : List.of(shocked, back, decaying)) {
                assertEquals(0.5, r.series(id).mean(q) / plain.series(id).mean(q), 1e-9, id + " halved in " + q);
            }
            for (Quarter after : List.of(q.next(), q.plus(4), END)) {
                assertEquals(0.5, shocked.series(id).mean(after) / plain.series(id).mean(after), 1e-9,
                        id + ": a level shock lasts after its window, " + after);
                assertEquals(plain.series(id).mean(after), back.series(id).mean(after), 1e-9,
                        id + ": a temporary one returns when the window ends, " + after);
            }
            // half-life 2: the 50% gap is 50%·2^(-1/2) one quarter after, 25% two quarters after, 12.5% after four
            assertEquals(1 - 0.5 * Math.pow(2, -0.5), decaying.series(id).mean(q.next()) / plain.series(id)
                    .mean(q.next()), 1e-9, id + " one quarter after");
            assertEquals(0.75, decaying.series(id).mean(q.plus(2)) / plain.series(id).mean(q.plus(2)), 1e-9);
            assertEquals(0.875, decaying.series(id).mean(q.plus(4)) / plain.series(id).mean(q.plus(4)), 1e-9);
        }
        Shock add = new Shock("a", FIRST, END, ShockKind.GROWTH_ADD_PP, 10);
        SimulationResult faster = Simulator.run(base.withShocks(List.of(add)));
        assertTrue(faster.series("a").median(END) > plain.series("a").median(END));
    }

    @Test
    void badSpecsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> twoSeries().withPaths(0));
        assertThrows(IllegalArgumentException.class, () -> twoSeries().withCorrelation(Correlation.identity(3)));
        assertThrows(IllegalArgumentException.class,
                () -> twoSeries().withShocks(List.of(new Shock("zz", FIRST, END, ShockKind.LEVEL_MULTIPLIER, 1))));
        assertThrows(IllegalArgumentException.class, () -> Correlation.equal(3, -0.9));
        assertThrows(IllegalArgumentException.class, () -> Correlation.of(new double[][] {{1, 2}, {2, 1}}));
        assertThrows(IllegalArgumentException.class,
                () -> new Shock("a", END, FIRST, ShockKind.LEVEL_MULTIPLIER, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Shock("a", FIRST, END, ShockKind.GROWTH_MULTIPLIER, 0.5, true, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Shock("a", FIRST, END, ShockKind.LEVEL_MULTIPLIER, 0.5, false, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Shock("a", FIRST, END, ShockKind.LEVEL_MULTIPLIER, 0.5, true, -1));
    }
}
