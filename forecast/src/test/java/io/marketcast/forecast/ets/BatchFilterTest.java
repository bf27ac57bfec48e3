package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchFilterTest {

    @Test
    void interleavedEvaluationGivesTheSameBitsAsTheSingleFilter() {
        double[] y = M3Fixture.train(Set.of("N0671")).get("N0671");
        List<EtsModel> models = EtsSpec.builder().allowMultiplicativeTrend(true).restrict(false).build()
                .candidates(true);
        EtsSpec spec = EtsSpec.defaults();
        SplittableRandom rnd = new SplittableRandom(3);
        Objective[] single = new Objective[models.size()];
        Objective[] batched = new Objective[models.size()];
        List<double[]> points = new ArrayList<>();
        int allowed = 0;
        for (int trial = 0; trial < 20; trial++) {
            points.clear();
            for (int k = 0; k < models.size(); k++) {
                EtsModel model = models.get(k);
                single[k] = new Objective(y, model, 4, spec.bounds(), spec.lower(), spec.upper());
                batched[k] = new Objective(y, model, 4, spec.bounds(), spec.lower(), spec.upper());
                double[] start = Estimator.initialParameters(model, spec.lower(), spec.upper(),
                        model.hasSeason() ? 4 : 1, spec.bounds());
                double[] states = InitialState.of(y, model.trend(), model.season(), 4);
                double[] par = new double[start.length + states.length];
                for (int i = 0; i < start.length; i++) {
                    par[i] = start[i] * (1 + 0.5 * rnd.nextDouble(-1, 1));
                }
                for (int i = 0; i < states.length; i++) {
                    par[start.length + i] = states[i] * (1 + 0.1 * rnd.nextDouble(-1, 1));
                }
                points.add(par);
            }
            double[] out = new double[models.size()];
            for (int k = 0; k < models.size(); k++) {
                batched[k].prepare(points.get(k));
            }
            new BatchFilter(models.size()).run(y, batched, models.size(), out);
            for (int k = 0; k < models.size(); k++) {
                double expected = single[k].applyAsDouble(points.get(k));
                if (batched[k].prepare(points.get(k))) {
                    allowed++;
                    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(out[k]),
                            models.get(k) + " trial " + trial);
                }
            }
        }
        assertTrue(allowed > 100, allowed + " allowed points compared");
    }

    @Test
    void fittingTogetherEqualsFittingAlone() throws Estimator.ModelFailure {
        Map<String, double[]> m = M3Fixture.train(Set.of("N0921"));
        double[] y = m.get("N0921");
        List<EtsModel> models = EtsSpec.defaults().candidates(true);
        List<Object> together = Estimator.fitAll(y, 4, models, EtsSpec.defaults());
        for (int k = 0; k < models.size(); k++) {
            EtsFit alone = Estimator.fit(y, 4, models.get(k), EtsSpec.defaults());
            EtsFit with = (EtsFit) together.get(k);
            assertEquals(alone.logLik(), with.logLik(), 0.0, models.get(k).code());
            assertEquals(alone.evaluations(), with.evaluations(), models.get(k).code());
        }
    }
}
