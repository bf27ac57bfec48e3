package io.marketcast.forecast.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.registry.MethodRegistry;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final CompetitionData SAMPLE = CompetitionData.embeddedM3().sample(60).withinTraining();

    /**
     * Fitting each single method once and combining its points gives exactly the accuracy of the registry's
     * combination run through the competition runner.
     */
    @Test
    void candidatesScoreAsTheRegistrysMethodsDo() {
        List<String> names = List.of("theta", "mean:ets+theta+dotm", "median:ets+theta+dotm", "mean:theta+dotm");
        Selection.Result r = Selection.run(names, Methods.registry(), SAMPLE, 2);
        CompetitionResult c = CompetitionRunner.run(CompetitionSpec.of(Methods.parseList(String.join(",", names)))
                .withThreads(2), SAMPLE);
        for (String name : names) {
            Selection.Row row = r.rows().stream().filter(x -> x.candidate().equals(name) && x.period().equals("ALL"))
                    .findFirst().orElseThrow();
            assertEquals(c.row(name, "ALL").smape(), row.smape(), 1e-9, name);
            assertEquals(c.row(name, "ALL").mase(), row.mase(), 1e-9, name);
            assertEquals(c.row(name, "ALL").series(), row.series());
        }
        assertEquals(r.ranking().get(0).candidate(), r.chosen());
        for (int i = 1; i < r.ranking().size(); i++) {
            assertTrue(r.ranking().get(i - 1).smape() <= r.ranking().get(i).smape(), "best first");
        }
        Selection.Result two = Selection.run(names, Methods.registry(), SAMPLE, 1);
        assertEquals(r, two, "the same on any thread count");
    }

    /** Candidates come from the registry: the singles it has, then means and medians of every subset of them. */
    @Test
    void defaultCandidatesAreTheRegistrysSinglesAndTheirCombinations() {
        MethodRegistry reg = MethodRegistry.builtIn();
        List<String> c = Selection.defaultCandidates(reg);
        List<String> singles = Selection.BASE.stream().filter(reg.names()::contains).toList();
        int k = singles.size();
        assertTrue(singles.containsAll(List.of("ets", "theta", "dotm")), singles.toString());
        int pairs = k * (k - 1) / 2;
        assertEquals(k + 2 * ((1 << k) - 1 - k) - pairs, c.size(), "singles, means of 2+, medians of 3+: " + c);
        assertTrue(c.contains("mean:ets+theta+dotm") && c.contains("median:ets+theta+dotm"), c.toString());
        c.forEach(reg::get); // every candidate is a valid registry name
    }
}
