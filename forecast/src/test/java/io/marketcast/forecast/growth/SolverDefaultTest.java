package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import org.junit.jupiter.api.Test;

/** The default solver: the compact one when it converges, Commons Math (MINPACK) from the same start otherwise. */
class SolverDefaultTest {

    private static double[] times(int n) {
        return GrowthMethod.times(0, n);
    }

    @Test
    void theDefaultTakesTheCompactAnswerWhenItConverges() {
        // a 40-point logistic, multiplicative noise as in the JMH inputs
        double[] y = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = Curves.LOGISTIC.curve().value(i + 1, new double[] {1000, 0.2, 20}) * Math.exp(0.03 * Math.sin(7.3 * i));
        }
        GrowthSpec spec = GrowthSpec.of(Curves.LOGISTIC.curve());
        assertEquals(Solver.AUTO, spec.solver(), "the default");
        GrowthFit auto = GrowthFitter.fit(spec, times(40), y);
        GrowthFit compact = GrowthFitter.fit(spec.withSolver(Solver.COMPACT), times(40), y);
        assertTrue(compact.converged());
        assertArrayEquals(compact.estimates(), auto.estimates(), 0.0);
        assertEquals(compact.iterations(), auto.iterations());
    }

    @Test
    void theDefaultFallsBackToMinpackWhenTheCompactSolverDoesNotConverge() {
        // M3 N0205 (yearly, 37 points) with a Richards curve: the compact solver stops without converging, MINPACK
        // converges to a usable fit (found by scanning all M3 series and curves: 28 such cases of 14,000+ fits).
        CompetitionSeries s = CompetitionData.embeddedM3().series().stream().filter(x -> x.id().equals("N0205"))
                .findFirst().orElseThrow();
        double[] y = s.train();
        GrowthSpec spec = GrowthSpec.of(Curves.RICHARDS.curve());
        GrowthFit compact = GrowthFitter.fit(spec.withSolver(Solver.COMPACT), times(y.length), y);
        GrowthFit minpack = GrowthFitter.fit(spec.withSolver(Solver.COMMONS_MATH), times(y.length), y);
        GrowthFit auto = GrowthFitter.fit(spec, times(y.length), y);
        assertFalse(compact.converged(), "the case under test");
        assertTrue(minpack.converged() && minpack.usable());
        assertTrue(auto.converged() && auto.usable());
        assertArrayEquals(minpack.estimates(), auto.estimates(), 0.0);
        assertEquals(minpack.rss(), auto.rss(), 0.0);
    }
}
