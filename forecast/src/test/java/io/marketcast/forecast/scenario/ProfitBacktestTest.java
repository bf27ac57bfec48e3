package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.profit.MarginMethod;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfitBacktestTest {

    private static final Dataset DATA = Dataset.embedded();
    private static final ProfitBacktest.Spec SPEC = ProfitBacktest.Spec.defaults()
            .withMethods(List.of(MarginMethod.SCALE, MarginMethod.TREND)).withPaths(1000).withThreads(2);

    @Test
    void pitAndLogScoreByHand() {
        // P(first profitable ≤ q) over 2021Q1..2021Q4: 0.1, 0.3, 0.6, 0.7 (0.3 never within the horizon)
        List<Quarter> qs = Quarter.range(Quarter.parse("2021Q1"), Quarter.parse("2021Q4"));
        EventResult e = new EventResult("x", qs, new double[] {0.1, 0.3, 0.5, 0.5}, new double[] {0.1, 0.3, 0.6, 0.7},
                1000);
        ProfitBacktest.Score s = ProfitBacktest.score(MarginMethod.SCALE, e, Quarter.parse("2021Q3"), 1e-4);
        assertEquals(0.3, s.pActual(), 1e-12);
        assertEquals(0.3, s.cdfBefore(), 1e-12);
        assertEquals(0.45, s.pit(), 1e-12);
        assertEquals(Math.log(0.3), s.logScore(), 1e-12);
        ProfitBacktest.Score first = ProfitBacktest.score(MarginMethod.SCALE, e, Quarter.parse("2021Q1"), 1e-4);
        assertEquals(0.05, first.pit(), 1e-12);
        // beyond the horizon: no mass on it, all simulated mass before it, the floor
        ProfitBacktest.Score beyond = ProfitBacktest.score(MarginMethod.SCALE, e, Quarter.parse("2023Q1"), 1e-4);
        assertEquals(0.7, beyond.pit(), 1e-12);
        assertEquals(Math.log(1e-4), beyond.logScore(), 1e-12);
    }

    @Test
    void noOriginSeesAnythingAfterIt() {
        // The same origin on the full data and on the data cut at the origin gives the same numbers (same seed):
        // nothing after the as-of quarter reaches the forecast.
        for (String q : List.of("2020Q1", "2020Q3")) {
            Quarter asOf = Quarter.parse(q);
            ProfitBacktest.Origin full = ProfitBacktest.origin(DATA, "alibaba-cloud", asOf, Quarter.parse("2020Q4"),
                    SPEC);
            ProfitBacktest.Origin cut = ProfitBacktest.origin(DATA.asOf(asOf), "alibaba-cloud", asOf,
                    Quarter.parse("2020Q4"), SPEC);
            assertEquals(full.observations(), cut.observations());
            for (int m = 0; m < SPEC.methods().size(); m++) {
                ProfitBacktest.Score a = full.scores().get(m);
                ProfitBacktest.Score b = cut.scores().get(m);
                assertArrayEquals(new double[] {a.pActual(), a.pit(), a.logScore()},
                        new double[] {b.pActual(), b.pit(), b.logScore()}, 0.0, q + " " + a.method());
            }
        }
    }

    @Test
    void alibabaIsScoredFromEveryAsOfBeforeItsFirstProfit() {
        ProfitBacktest.Result r = ProfitBacktest.run(DATA, "alibaba-cloud", SPEC);
        assertEquals(Quarter.parse("2020Q4"), r.actualFirst().quarter());
        ProfitBacktest.Origin last = r.origins().get(r.origins().size() - 1);
        assertEquals(Quarter.parse("2020Q3"), last.asOf(), "every as-of quarter before the first profit");
        assertEquals(Quarter.parse("2017Q1"), r.origins().get(0).asOf(), "from the first fiscal-year figure");
        for (ProfitBacktest.Summary s : r.summaries()) {
            assertEquals(4, s.scored(), "2019Q4..2020Q3 have enough observations; earlier ones are refused");
            assertTrue(s.meanPit() >= 0 && s.meanPit() <= 1);
        }
        assertThrows(IllegalArgumentException.class, () -> ProfitBacktest.run(DATA, "aws", SPEC),
                "AWS was profitable from its first figure");
    }
}
