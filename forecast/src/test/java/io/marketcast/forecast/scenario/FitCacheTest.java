package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import org.junit.jupiter.api.Test;

/** Fits kept between runs: a re-run that changes only shocks, paths or seed refits nothing and gives the same numbers. */
class FitCacheTest {

    private static final Quarter AS_OF = Quarter.parse("2020Q3");

    private static Scenario scenario() {
        return Scenario.builder("cache", AS_OF, Quarter.parse("2023Q4")).series("aws", "alibaba-cloud")
                .analyses(new Scenario.Analyses(true, java.util.List.of(), java.util.List.of(), java.util.List.of(),
                        java.util.List.of()))
                .paths(2_000).seed(7).build();
    }

    private static ScenarioRun run(Scenario sc, FitCache cache) {
        ScenarioEngine.Options o = new ScenarioEngine.Options(Methods.registry(), 2, p -> { });
        return ScenarioEngine.run(sc, Dataset.embedded(), cache == null ? o : o.withFits(cache));
    }

    private static void assertSameNumbers(ScenarioRun expected, ScenarioRun actual) {
        assertEquals(expected.result().series().keySet(), actual.result().series().keySet());
        for (SeriesQuantiles s : expected.result().series().values()) {
            SeriesQuantiles t = actual.result().series().get(s.id());
            for (int i = 0; i < s.quantiles().length; i++) {
                assertArrayEquals(s.quantiles()[i], t.quantiles()[i], 0.0, s.id());
            }
        }
    }

    @Test
    void aCachedFitGivesTheSameNumbersAsAFreshOne() {
        FitCache cache = new FitCache(16);
        Scenario sc = scenario();
        ScenarioRun first = run(sc, cache);
        long fitted = cache.misses();
        assertEquals(2, fitted, "aws and alibaba-cloud (the rest of the market has 3 quarters: its pooled drift is a"
                + " closed form, not a cached fit)");
        ScenarioRun again = run(sc, cache);
        assertEquals(fitted, cache.misses(), "nothing refitted");
        assertEquals(fitted, cache.hits());
        assertSameNumbers(first, again);
        assertSameNumbers(run(sc, null), again);
    }

    @Test
    void shocksPathsAndSeedReuseTheFitsAndAWindowRefitsOnlyItsSeries() {
        FitCache cache = new FitCache(16);
        Scenario sc = scenario();
        run(sc, cache);
        Scenario shocked = sc.toBuilder().paths(3_000).seed(8).shock(new Shock("alibaba-cloud",
                Quarter.parse("2021Q1"), Quarter.parse("2021Q4"), ShockKind.GROWTH_MULTIPLIER, 0.5)).build();
        ScenarioRun cached = run(shocked, cache);
        assertEquals(2, cache.misses());
        assertSameNumbers(run(shocked, null), cached);

        Scenario windowed = sc.toBuilder().seriesList(java.util.List.of(Scenario.SeriesSpec.of("aws"),
                Scenario.SeriesSpec.of("alibaba-cloud").withWindow(8))).build();
        ScenarioRun w = run(windowed, cache);
        assertEquals(3, cache.misses(), "only alibaba-cloud's new window is fitted");
        assertSameNumbers(run(windowed, null), w);
    }

    @Test
    void theLeastRecentlyUsedFitIsDroppedBeyondTheCapacity() {
        FitCache cache = new FitCache(2);
        run(scenario(), cache);
        assertEquals(2, cache.size());
    }
}
