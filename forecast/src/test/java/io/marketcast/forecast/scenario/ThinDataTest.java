package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.share.MarketHistory;
import io.marketcast.forecast.sim.SeriesQuantiles;
import io.marketcast.forecast.walk.PooledDrift;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guard rails on thin data: a history of fewer than 8 quarters is not forecast from its own 2–6 growth rates but by a
 * drift pooled with the longer series known at the time, or refused when there are none; a growth curve whose
 * parameters the data do not identify is run with a warning. The seed question as of 2020Q3: the rest of the market
 * has 3 quarters (Synergy's totals start in 2020Q1).
 */
class ThinDataTest {

    static final Quarter AS_OF = Quarter.parse("2020Q3");
    static final Quarter Q = Quarter.parse("2021Q4");

    static ScenarioRun run;

    static Scenario seed() {
        return Scenario.builder("thin", AS_OF, Quarter.parse("2025Q4"))
                .series("aws", "azure", "google-cloud", "alibaba-cloud")
                .analyses(Scenario.Analyses.NONE.withShare(true)).paths(4_000).build();
    }

    @BeforeAll
    static void runSeed() {
        run = ScenarioEngine.run(seed(), Dataset.embedded(), ScenarioEngine.Options.defaults().withThreads(2));
    }

    @Test
    void theRestOfTheMarketIsPooledWithTheLongerSeriesKnownThen() {
        PooledDrift.Fit f = (PooledDrift.Fit) run.models().get(MarketHistory.OTHERS);
        assertEquals(3, f.n(), "Synergy's totals as of 2020Q3: 2020Q1..2020Q3");
        assertEquals("aws, microsoft-intelligent-cloud, alibaba-cloud, azure", f.pool().names(),
                "revenue series with 9 consecutive quarters on one definition as of 2020Q3 (Google Cloud has 8)");
        assertTrue(f.ownVolatility() < 0.01 && f.volatility() > 0.04,
                "two growth rates that agree (σ " + f.ownVolatility() + ") do not make a narrow band: " + f.volatility());
        assertTrue(f.drift() > f.ownDrift() && f.drift() < f.pool().drift(), "between its own and the pool's drift");
        assertTrue(run.fits().get(MarketHistory.OTHERS).startsWith("pooled-drift (instead of gompertz-or-drift8) on"
                + " 2020Q1..2020Q3"), run.fits().get(MarketHistory.OTHERS));
        String w = run.warnings().get(MarketHistory.OTHERS);
        assertTrue(w.startsWith("thin fit: rest of market has 3 quarters (2020Q1..2020Q3)") && w.contains(
                "fitted instead by a drift pooled with 4 longer series"), w);
        assertTrue(run.warning("share:aws").isPresent(), "every share is built on the rest of the market");
    }

    @Test
    void thePooledBandHoldsWhatHappened() {
        // its own two growth rates gave $12.4-13.5B for 2021Q4; the analyst's total less tracked revenue was $16.3B
        SeriesQuantiles s = run.result().series().get(MarketHistory.OTHERS);
        Series actual = run.actuals().get(MarketHistory.OTHERS);
        double a = actual.valueAt(Q).orElseThrow();
        assertTrue(s.quantile(0.10, Q) < a && a < s.quantile(0.90, Q),
                "2021Q4 actual " + a + " inside the 80% band " + s.quantile(0.10, Q) + ".." + s.quantile(0.90, Q));
        SeriesQuantiles share = run.result().series().get("share:" + MarketHistory.OTHERS);
        double as = run.actuals().get("share:" + MarketHistory.OTHERS).valueAt(Q).orElseThrow();
        assertTrue(share.quantile(0.10, Q) < as && as < share.quantile(0.90, Q), "and its share " + as);
    }

    @Test
    void thePoolSeesNothingAfterTheAsOfQuarter() {
        ScenarioRun known = ScenarioEngine.run(seed(), Dataset.embedded().asOf(AS_OF),
                ScenarioEngine.Options.defaults().withThreads(1));
        assertEquals(run.fits().get(MarketHistory.OTHERS), known.fits().get(MarketHistory.OTHERS),
                "the same pool and fit from the data as known at the end of 2020Q3");
        assertEquals(run.result().series().get(MarketHistory.OTHERS).quantile(0.5, Q),
                known.result().series().get(MarketHistory.OTHERS).quantile(0.5, Q), 0.0,
                "and the same paths, whatever the thread count");
    }

    @Test
    void aWeaklyIdentifiedCurveIsRunWithAWarning() {
        String w = run.warnings().get("google-cloud");
        assertTrue(w != null && w.startsWith("weakly identified: Google Cloud (gompertz-or-drift8 on 8 quarters)")
                && w.contains("capacity K") && w.contains("not identified"), "Google Cloud's Gompertz: " + w);
        assertFalse(run.warnings().containsKey("aws"), "AWS's 27 quarters identify its curve");
    }

    @Test
    void anUnidentifiedRateIsWarnedWhenTheCapacityIsIdentified() {
        Scenario early = Scenario.builder("ic", Quarter.parse("2016Q2"), Quarter.parse("2025Q4"))
                .series("microsoft-intelligent-cloud").paths(500).build();
        ScenarioRun r = ScenarioEngine.run(early, Dataset.embedded(), ScenarioEngine.Options.defaults());
        String w = r.warnings().get("microsoft-intelligent-cloud");
        assertTrue(w != null && w.contains("gompertz r = 0.1887 has a standard error of 0.37: not identified by these 8"
                + " points") && !w.contains("capacity"), "a capacity of 6,757 ± 1,400 and a rate of 0.19 ± 0.37: " + w);
    }

    @Test
    void nothingToPoolWithIsRefusedNamingTheKey() {
        Scenario early = Scenario.builder("early", Quarter.parse("2015Q1"), Quarter.parse("2020Q4"))
                .series("microsoft-intelligent-cloud", "aws").paths(500).build();
        ScenarioProblem p = assertThrows(ScenarioProblem.class,
                () -> ScenarioEngine.run(early, Dataset.embedded(), ScenarioEngine.Options.defaults()));
        assertEquals("series[0].id", p.key());
        assertTrue(p.getMessage().contains("Microsoft Intelligent Cloud as of 2015Q1 has 3 quarters (2014Q3..2015Q1)")
                && p.getMessage().contains("0 other revenue series") && p.getMessage().contains("refused"),
                p.getMessage());
    }
}
