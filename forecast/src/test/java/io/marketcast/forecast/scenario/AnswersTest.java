package io.marketcast.forecast.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer of a run (P by the answer quarters, median, 80% range, what happened), guidance as reweighted paths,
 * thin-fit warnings and the baseline of a what-if scenario, on the seed question as of 2020Q3. Seed 20201108,
 * 4,000 paths; the assertions on probabilities are exact identities of the same paths, not Monte Carlo estimates.
 */
class AnswersTest {

    static final Quarter AS_OF = Quarter.parse("2020Q3");
    static final Quarter Q4 = Quarter.parse("2020Q4");
    static final Quarter Q1 = Quarter.parse("2021Q1");
    static final Quarter END = Quarter.parse("2023Q4");
    static final double W = 4;

    static ScenarioRun run;

    @BeforeAll
    static void runSeed() {
        Scenario sc = Scenario.builder("t", AS_OF, END).series("aws", "google-cloud", "alibaba-cloud")
                .analyses(Scenario.Analyses.NONE.withShare(true).withProfitability("alibaba-cloud")
                        .withCrossover("alibaba-cloud", "google-cloud"))
                .answerQuarters(List.of(Q4, Q1, Quarter.parse("2021Q4")))
                .guidance(List.of(new Scenario.Guidance("alibaba-cloud", Q1, "CFO, Nov 2020", W)))
                .paths(4_000).build();
        run = ScenarioEngine.run(sc, Dataset.embedded(), ScenarioEngine.Options.defaults().withThreads(2));
    }

    @Test
    void theAnswerGivesPByEachAnswerQuarterAndWhatHappened() {
        Answers a = Answers.of(run);
        Answers.EventAnswer profit = a.events().get(0);
        EventResult e = run.result().event("profitable:alibaba-cloud");
        assertEquals(Answers.Kind.PROFITABLE, profit.kind());
        assertEquals("", profit.guidance(), "the model alone comes first");
        assertEquals(e.by(Q4), profit.pBy(Q4), 0.0);
        assertEquals(e.by(Q1), profit.pBy(Q1), 0.0);
        assertTrue(profit.pBy(Q4) <= profit.pBy(Q1), "P(by q) does not fall with q");
        assertEquals(e.median(), profit.median());
        assertEquals(Quarter.parse("2020Q4"), profit.actual().orElseThrow(),
                "Alibaba Cloud's first adjusted-EBITA profit in the data is 2020Q4");
        assertTrue(profit.actualValue() > 0);

        Answers.EventAnswer cross = a.events().stream().filter(x -> x.kind() == Answers.Kind.CROSSOVER)
                .findFirst().orElseThrow();
        assertEquals("google-cloud", cross.other());
        assertTrue(cross.actual().isEmpty(), "Alibaba Cloud never reached Google Cloud's revenue in the data");
        assertTrue(cross.dataEnd().orElseThrow().isAfter(Quarter.parse("2024Q4")), "the data were checked to "
                + cross.dataEnd());
        assertEquals(4, a.shares().size(), "three vendors and the rest of the market");
        double sum = a.shares().stream().mapToDouble(s -> s.median()[0]).sum();
        assertEquals(100, sum, 3, "median shares add up to about 100%");
    }

    @Test
    void guidanceReweightsThePathsByItsLikelihoodRatio() {
        Answers a = Answers.of(run);
        Answers.EventAnswer model = a.events().get(0);
        Answers.EventAnswer guided = a.events().get(1);
        assertTrue(guided.guidance().contains("CFO, Nov 2020") && guided.guidance().contains("weight 4"),
                guided.guidance());
        double p = model.pBy(Q1);
        assertEquals(W * p / (W * p + 1 - p), guided.pBy(Q1), 1e-12, "the guided event: odds times the weight");
        // an earlier quarter: only consistent paths can have it, so it scales by the same normaliser
        double q = model.pBy(Q4);
        assertEquals(W * q / (W * p + 1 - p), guided.pBy(Q4), 1e-12);
        EventResult one = run.result().reweighted("profitable:alibaba-cloud", Q1, 1).get(0);
        EventResult plain = run.result().event(one.name());
        for (int k = 0; k < plain.by().length; k++) {
            assertEquals(plain.by()[k], one.by()[k], 1e-12, "weight 1 is the model alone");
            assertEquals(plain.at()[k], one.at()[k], 1e-12);
        }
        assertEquals(run.result().events().size(), run.guided().get(0).events().size(), "every event reweighted");
        assertThrows(IllegalArgumentException.class, () -> run.result().reweighted("alibaba-cloud>=google-cloud", Q1,
                2), "paths are reweighted by profitability events");
        assertThrows(ScenarioProblem.class, () -> run.scenario().toBuilder()
                .guidance(List.of(new Scenario.Guidance("aws", Q1, "", 2))).build(), "aws is not a profit unit");
        assertThrows(ScenarioProblem.class, () -> new Scenario.Guidance("alibaba-cloud", Q1, "", 0));
    }

    @Test
    void aThinFitCarriesAWarningThatItsSharesInherit() {
        String w = run.warnings().get("others");
        assertTrue(w != null && w.contains("has 3 quarters") && w.contains("pooled"),
                "the rest of the market as of 2020Q3 rests on 3 quarters: " + run.warnings());
        assertTrue(run.warning("share:aws").orElseThrow().contains("rest of market"));
        assertTrue(run.warning("aws").isEmpty(), "AWS has 27 quarters");
    }

    @Test
    void theBaselineIsTheSameScenarioWithoutShocks() {
        Scenario shocked = Scenario.builder("w", AS_OF, END).series("aws")
                .shock(new Shock(Shock.MARKET, Quarter.parse("2021Q1"), Quarter.parse("2021Q4"),
                        ShockKind.LEVEL_MULTIPLIER, 0.85))
                .paths(2_000).build();
        Scenario base = shocked.baseline();
        assertEquals(List.of(), base.shocks());
        assertEquals(shocked.seed(), base.seed());
        ScenarioRun s = ScenarioEngine.run(shocked, Dataset.embedded());
        ScenarioRun b = ScenarioEngine.run(base, Dataset.embedded());
        assertEquals(b.result().series("aws").median(Q4), s.result().series("aws").median(Q4), 0.0,
                "same seed: identical before the window");
        assertEquals(0.85, s.result().series("aws").mean(END) / b.result().series("aws").mean(END), 1e-9,
                "the lasting 15% cut, on the same paths");
    }
}
