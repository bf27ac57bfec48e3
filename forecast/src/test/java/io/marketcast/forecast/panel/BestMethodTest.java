package io.marketcast.forecast.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.registry.Methods;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of {@link BestMethod}: argmin of the mean, ties, an undefined metric, a series without windows. */
class BestMethodTest {

    private static Panel panel() {
        PanelBuilder b = Panel.builder("s", PanelOptions.DEFAULT.withSeason(1));
        for (int t = 0; t < 12; t++) {
            b.add(t + 2, "trend", Integer.toString(t + 1), 10 + 3 * t);
            // zeros in every window: MAPE is undefined for every method there
            b.add(t + 2, "zeros", Integer.toString(t + 1), t % 2 == 0 ? 0 : 5);
        }
        b.add(100, "short", "1", 7);
        b.add(101, "short", "2", 8);
        return b.build();
    }

    private static CrossValidation.Result cv(Panel p, String methods) {
        return CrossValidation.run(p, new CrossValidation.Spec(Methods.registry().parseList(methods), 2, 2, 1,
                new double[] {0.95}, 1));
    }

    @Test
    void theLowestMeanWinsAndTheChoiceCarriesItsScore() {
        Panel p = panel();
        CrossValidation.Result r = cv(p, "naive,drift");
        BestMethod.Choice c = BestMethod.choose(p, r, BestMethod.Metric.MAE).get(0);
        assertEquals("trend", c.series());
        assertEquals("drift", c.method(), "a straight line is drift's, not naive's");
        assertEquals(0, c.score(), 1e-9);
        assertEquals(2, c.windows());
    }

    @Test
    void aTieGoesToTheMethodListedFirst() {
        Panel p = panel();
        // mean:naive+naive forecasts exactly what naive does
        for (String methods : List.of("naive,mean:naive+naive", "mean:naive+naive,naive")) {
            BestMethod.Choice c = BestMethod.choose(p, cv(p, methods), BestMethod.Metric.SMAPE).get(0);
            assertEquals(methods.substring(0, methods.indexOf(',')), c.method(), methods);
        }
    }

    @Test
    void aMetricUndefinedForEveryMethodIsDecidedByMae() {
        Panel p = panel();
        List<BestMethod.Choice> choices = BestMethod.choose(p, cv(p, "naive,drift"), BestMethod.Metric.MAPE);
        BestMethod.Choice zeros = choices.get(1);
        assertEquals("zeros", zeros.series());
        assertEquals(BestMethod.Metric.MAE, zeros.metric());
        assertTrue(zeros.windows() > 0);
        assertEquals(BestMethod.Metric.MAPE, choices.get(0).metric());
    }

    @Test
    void aSeriesWithoutAnyWindowGetsTheFirstMethodWithoutAScore() {
        Panel p = panel();
        CrossValidation.Result r = cv(p, "drift,naive");
        BestMethod.Choice c = BestMethod.choose(p, r, BestMethod.Metric.SMAPE).get(2);
        assertEquals("short", c.series());
        assertEquals("drift", c.method());
        assertEquals(0, c.windows());
        assertTrue(Double.isNaN(c.score()));
    }

    @Test
    void metricNamesParseInAnyCaseAndAMisspeltOneListsTheValidOnes() {
        assertEquals(BestMethod.Metric.MASE, BestMethod.Metric.parse(" MASE "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BestMethod.Metric.parse("smap"));
        assertEquals("unknown metric 'smap'; valid: mae, rmse, mape, smape, mase, msis", e.getMessage());
    }
}
