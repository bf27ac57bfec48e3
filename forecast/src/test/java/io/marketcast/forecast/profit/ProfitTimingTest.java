package io.marketcast.forecast.profit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.sim.Correlation;
import io.marketcast.forecast.sim.EventResult;
import io.marketcast.forecast.sim.EventSpec;
import io.marketcast.forecast.sim.SimSeries;
import io.marketcast.forecast.sim.Simulation;
import io.marketcast.forecast.sim.SimulationResult;
import io.marketcast.forecast.sim.Simulator;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ProfitTimingTest {

    private static final Quarter AS_OF = Quarter.parse("2020Q3");
    private static final Quarter END = Quarter.parse("2025Q4");

    /** Revenue growing 5% a quarter from 1,000, without noise. */
    private static PathModel deterministicGrowth(double last, double g, int horizon) {
        return new PathModel() {
            @Override
            public int horizon() {
                return horizon;
            }

            @Override
            public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                double v = last;
                for (int h = 0; h < horizon; h++) {
                    v *= 1 + g;
                    out[h] = v;
                }
            }
        };
    }

    private static EventResult timing(ProfitModel model, double lastRevenue, double growth) {
        Quarter first = AS_OF.next();
        int h = first.until(END) + 1;
        SimSeries rev = new SimSeries("u", deterministicGrowth(lastRevenue, growth, h), first, lastRevenue);
        ProfitSeries income = new ProfitSeries("u", model, first, AS_OF, List.of());
        Simulation sim = new Simulation(List.of(rev), List.of(income, income.marginSeries()), List.of(),
                Correlation.identity(1), List.of(EventSpec.atLeast("profitable", "income:u", 0)), END, 4000, 1, 2,
                Simulation.DEFAULT_BLOCK_SIZE);
        SimulationResult r = Simulator.run(sim);
        return r.event("profitable");
    }

    @Test
    void recoversAKnownBreakEvenQuarterFromSyntheticHistory() {
        // margin = -0.9 + 0.1·ln(R): break-even at R = e^9 ≈ 8,103. History: revenue 1,000·1.05^t for t = -11..0,
        // margins on the line plus small known noise.
        double a = -0.9;
        double b = 0.1;
        List<ProfitObservation> obs = new ArrayList<>();
        double[] noise = {0.004, -0.003, 0.002, -0.004, 0.001, 0.003, -0.002, 0.0, -0.001, 0.002, -0.003, 0.001};
        for (int t = -11; t <= 0; t++) {
            double rev = 1000 * Math.pow(1.05, t);
            double m = a + b * Math.log(rev) + noise[t + 11];
            obs.add(new ProfitObservation("t" + t, rev, m * rev, new int[] {t}));
        }
        ProfitModel model = ProfitModel.logRevenue(obs);
        assertEquals(a, model.params()[0], 0.05);
        assertEquals(b, model.params()[1], 0.007);
        // Future revenue 1,000·1.12^t reaches e^9 at t = 18.46: the first profitable quarter is t = 19 (2025Q2).
        EventResult e = timing(model, 1000, 0.12);
        Quarter expected = AS_OF.plus(19);
        Quarter median = e.median().orElseThrow();
        assertTrue(Math.abs(expected.until(median)) <= 1, "median " + median + " vs known " + expected);
        assertTrue(e.by(expected.minus(4)) < 0.2, "rarely a year early: " + e.by(expected.minus(4)));
        assertTrue(e.by(expected.plus(2)) > 0.8, "almost always within two quarters after");
    }

    @Test
    void aUnitProfitableOnEveryPathReportsIt() {
        List<ProfitObservation> obs = new ArrayList<>();
        for (int t = -7; t <= 0; t++) {
            double rev = 10_000 * Math.pow(1.03, t);
            obs.add(new ProfitObservation("t" + t, rev, rev * (0.30 + 0.001 * (t % 2)), new int[] {t}));
        }
        EventResult e = timing(ProfitModel.fit(obs), 10_000, 0.03);
        assertEquals(1.0, e.by()[0], 0.0, "profitable from the first simulated quarter on every path");
        assertEquals(AS_OF.next(), e.median().orElseThrow());
    }

    @Test
    void aUnitFarFromProfitSaysItIsUnlikelyWithinTheHorizon() {
        List<ProfitObservation> obs = new ArrayList<>();
        for (int t = -7; t <= 0; t++) {
            double rev = 1000 * Math.pow(1.01, t);
            obs.add(new ProfitObservation("t" + t, rev, rev * (-0.5 + 0.002 * (t % 3)), new int[] {t}));
        }
        EventResult e = timing(ProfitModel.fit(obs), 1000, 0.01);
        assertTrue(e.neverWithinHorizon() > 0.99, "P(never) = " + e.neverWithinHorizon());
        assertTrue(e.median().isEmpty());
    }

    @Test
    void historyAsOf2020Q3UsesNothingLaterAndNoLossTwice() {
        Dataset data = Dataset.embedded();
        ProfitHistory ali = ProfitHistory.of(data, "alibaba-cloud", AS_OF);
        // FY2017..FY2019 annual (their quarters were not disclosed); FY2020 less its two disclosed quarters (2019Q4
        // and 2020Q1 keep their own margins), so that no loss is counted twice; then 2020Q3 (2020Q2 not disclosed).
        assertEquals(List.of("FY2017", "FY2018", "FY2019", "FY2020 less 2019Q4 and 2020Q1", "2019Q4", "2020Q1",
                "2020Q3"), ali.observations().stream().map(ProfitObservation::label).toList());
        ProfitObservation rest = ali.observations().get(3);
        assertEquals(2, rest.quarters().length, "2019Q2 and 2019Q3");
        double cny = data.fx().cnyPerUsd(Quarter.parse("2019Q4"));
        assertEquals(-356 / cny, ali.observations().get(4).income(), 1e-9);
        // the year's USD loss is the sum of its parts: the rest plus the two disclosed quarters
        double yearRate = Quarter.range(Quarter.parse("2019Q2"), Quarter.parse("2020Q1")).stream()
                .mapToDouble(q -> data.fx().cnyPerUsd(q)).average().orElseThrow();
        double parts = rest.income() + ali.observations().get(4).income() + ali.observations().get(5).income();
        assertEquals(-1414 / yearRate, parts, 1e-9);
        for (ProfitObservation o : ali.observations()) {
            for (int q : o.quarters()) {
                assertTrue(q <= 0, o.label() + " reaches past the as-of quarter");
            }
            assertTrue(o.margin() < 0, "all losses then: " + o.label());
        }
        assertFalse(ali.profitableSince().isPresent());
        ProfitHistory gc = ProfitHistory.of(data, "google-cloud", AS_OF);
        assertEquals(List.of("FY2018", "FY2019 less 2019Q4", "2019Q4", "2020Q1", "2020Q2", "2020Q3"),
                gc.observations().stream().map(ProfitObservation::label).toList());
        assertEquals(-4645 + 1194, gc.observations().get(1).income(), 1e-9, "FY2019 less its Q4");
        assertEquals(8918 - 2614, gc.observations().get(1).revenue(), 1e-9);
        // The same question asked later sees Alibaba's first profits.
        ProfitHistory later = ProfitHistory.of(data, "alibaba-cloud", Quarter.parse("2021Q1"));
        assertEquals(Quarter.parse("2020Q4"), later.profitableSince().orElseThrow());
        ProfitHistory aws = ProfitHistory.of(data, "aws", AS_OF);
        assertEquals(Quarter.parse("2014Q1"), aws.profitableSince().orElseThrow(), "profitable throughout the data");
    }

    @Test
    void bothFormsFitAndTheChoiceIsByAicc() {
        ProfitHistory ali = ProfitHistory.of(Dataset.embedded(), "alibaba-cloud", AS_OF);
        List<ProfitModel> models = ProfitModel.fitAll(ali.observations());
        assertFalse(models.isEmpty());
        for (int i = 1; i < models.size(); i++) {
            assertTrue(models.get(i - 1).aicc() <= models.get(i).aicc());
        }
        ProfitModel best = models.get(0);
        assertTrue(Double.isFinite(best.sigma()) && best.sigma() > 0);
        if (best.form() == ProfitModel.Form.LOG_REVENUE) {
            assertTrue(best.params()[1] > 0, "margins improved with scale: b > 0");
        }
    }
}
