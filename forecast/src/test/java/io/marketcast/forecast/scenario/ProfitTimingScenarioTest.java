package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.profit.MarginMethod;
import io.marketcast.forecast.profit.ProfitSeries;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Profitability timing through the scenario engine, on the embedded data. */
class ProfitTimingScenarioTest {

    private static final Dataset DATA = Dataset.embedded();

    private static ScenarioRun run(String unit, String asOf, MarginMethod m, int paths) {
        Quarter q = Quarter.parse(asOf);
        Scenario sc = Scenario.builder("t", q, q.plus(16)).series(unit)
                .analyses(new Scenario.Analyses(false, List.of(unit), List.of(), List.of(), List.of()))
                .paths(paths).seed(42).build();
        return ScenarioEngine.run(sc, DATA, new ScenarioEngine.Options(Methods.registry(), 2, d -> { }, m));
    }

    @Test
    void marginPathsStartAtTheLastActual() {
        // Alibaba Cloud as of 2020Q3: last actual margin -156/14,899 = -1.05%. The fitted scale curve alone (the
        // model of earlier versions) centres 2020Q4 at -1.8%; anchored models start from the last actual.
        Quarter q4 = Quarter.parse("2020Q4");
        for (MarginMethod m : List.of(MarginMethod.SCALE, MarginMethod.TREND, MarginMethod.MIX)) {
            ScenarioRun r = run("alibaba-cloud", "2020Q3", m, 4000);
            double median = r.result().series(ProfitSeries.marginId("alibaba-cloud")).median(q4);
            assertEquals(-1.05, median, 0.5, m + ": median 2020Q4 margin " + median);
        }
        double curve = run("alibaba-cloud", "2020Q3", MarginMethod.SCALE_CURVE, 4000).result()
                .series(ProfitSeries.marginId("alibaba-cloud")).median(q4);
        assertTrue(curve < -1.6, "the unanchored curve starts below the last actual: " + curve);
    }

    @Test
    void aFirstProfitDistributionStartsAfterTheAsOfQuarter() {
        // As of 2022Q4 Google Cloud's 2022 quarters are known as first reported (losses on GC-2020): nothing of
        // the first-profit distribution may fall on a quarter already past.
        ScenarioRun r = run("google-cloud", "2022Q4", MarginMethod.DEFAULT, 2000);
        EventResult e = r.result().event(ScenarioRun.profitableEvent("google-cloud"));
        assertEquals(Quarter.parse("2023Q1"), e.quarters().get(0));
        for (Quarter q : e.quarters()) {
            assertTrue(q.isAfter(Quarter.parse("2022Q4")), "probability on " + q);
        }
        assertEquals(Quarter.parse("2022Q4"), r.profits().get("google-cloud").history().lastObserved());
        assertTrue(r.profits().get("google-cloud").history().bridged().isEmpty());
        List<String> labels = r.profits().get("google-cloud").history().observations().stream()
                .map(o -> o.label()).toList();
        assertTrue(labels.containsAll(List.of("2022Q1", "2022Q2", "2022Q3", "2022Q4")), labels.toString());
        // Each as-of of 2022 gives a different answer now that its quarters are known (they were all the same)
        double p21 = run("google-cloud", "2021Q4", MarginMethod.DEFAULT, 2000).result()
                .event(ScenarioRun.profitableEvent("google-cloud")).by(Quarter.parse("2023Q4"));
        double p22 = e.by(Quarter.parse("2023Q4"));
        assertTrue(Math.abs(p21 - p22) > 0.01, p21 + " vs " + p22);
    }

    @Test
    void quartersWithoutAFigureAreBridgedAndSaidSo() {
        // As of 2020Q2 Alibaba's 2020Q2 adjusted EBITA is not in the data (only its margin, in a note): the model
        // bridges it, the events start in 2020Q3, and the fit says so.
        ScenarioRun r = run("alibaba-cloud", "2020Q2", MarginMethod.DEFAULT, 1000);
        ScenarioRun.Profit p = r.profits().get("alibaba-cloud");
        assertEquals(List.of(Quarter.parse("2020Q2")), p.history().bridged());
        assertTrue(p.fit().warnings().stream().anyMatch(w -> w.startsWith("no income figure known for 2020Q2 as of"
                + " 2020Q2 (last: 2020Q1): the model bridges that quarter")), p.fit().warnings().toString());
        assertEquals(Quarter.parse("2020Q3"),
                r.result().event(ScenarioRun.profitableEvent("alibaba-cloud")).quarters().get(0));
        assertEquals(List.of("bridges 2020Q2"), p.fit().flags(), "6 observations: not thin, one bridged quarter");
    }

    @Test
    void thinFitsWarnAndTooFewAreRefused() {
        ScenarioRun thin = run("alibaba-cloud", "2019Q4", MarginMethod.SCALE, 1000);
        List<String> w = thin.profits().get("alibaba-cloud").fit().warnings();
        assertTrue(w.stream().anyMatch(x -> x.startsWith("thin fit: margin = a + b·ln(revenue) on 4 observations"
                + " for 2 parameters (AICc undefined)")), w.toString());
        assertEquals(List.of("thin fit (n=4)"), thin.profits().get("alibaba-cloud").fit().flags());
        // no longer a silent 0.0%: the Student-t margins of a 2-degree-of-freedom fit leave room for an early profit
        double p = thin.result().event(ScenarioRun.profitableEvent("alibaba-cloud")).by(Quarter.parse("2022Q1"));
        assertTrue(p > 0.01, "P(by 2022Q1) = " + p);
        ScenarioProblem e = assertThrows(ScenarioProblem.class,
                () -> run("google-cloud", "2019Q4", MarginMethod.SCALE, 100));
        assertEquals("analyses.profitability[0]", e.key());
        assertTrue(e.problem().contains("too few margin observations of google-cloud as of 2019Q4: 3 (FY2018,"
                + " FY2019 less 2019Q4, 2019Q4), at least 4 needed"), e.problem());
        ScenarioProblem none = assertThrows(ScenarioProblem.class,
                () -> run("alibaba-cloud", "2019Q3", MarginMethod.SCALE, 100));
        assertTrue(none.problem().contains("no quarterly income figure was known then"), none.problem());
    }

    @Test
    void anAlreadyProfitableUnitSaysSinceWhen() {
        ScenarioRun r = run("aws", "2020Q3", MarginMethod.DEFAULT, 1000);
        assertEquals(Quarter.parse("2014Q1"), r.profits().get("aws").history().profitableSince().orElseThrow());
        assertFalse(r.profits().get("aws").fit().members().isEmpty());
    }
}
