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
        assertEquals(GrowthSpec.DEFAULT_SOLVER, spec.solver(), "the one constant the Javadoc of GrowthSpec links to");
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

    /**
     * {@link GrowthFit#iterations()} counts Levenberg–Marquardt iterations, not curve evaluations: each iteration
     * evaluates at least once (MINPACK evaluates more often than it iterates), and a fit stopped by the iteration
     * limit reports that limit.
     */
    @Test
    void iterationsAreIterationsNotEvaluations() {
        double[] y = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = Curves.GOMPERTZ.curve().value(i + 1, new double[] {5000, 0.1, 25}) * Math.exp(0.04 * Math.sin(5.1 * i));
        }
        GrowthSpec spec = GrowthSpec.of(Curves.GOMPERTZ.curve()).withStart(9000, 0.03, 10);
        for (Solver solver : Solver.values()) {
            GrowthFit f = GrowthFitter.fit(spec.withSolver(solver), times(40), y);
            assertTrue(f.converged(), solver.toString());
            assertTrue(f.iterations() >= 1 && f.iterations() <= f.evaluations(), solver + ": " + f.iterations()
                    + " iterations, " + f.evaluations() + " evaluations");
        }
        GrowthFit minpack = GrowthFitter.fit(spec.withSolver(Solver.COMMONS_MATH), times(40), y);
        assertTrue(minpack.iterations() < minpack.evaluations(), "MINPACK evaluates more often than it iterates: "
                + minpack.iterations() + " vs " + minpack.evaluations());
        // a tolerance below machine precision makes MINPACK give up ("could not make progress"): the path where the
        // evaluation count used to be reported as the iteration count
        GrowthFit stuck = GrowthFitter.fit(spec.withSolver(Solver.COMMONS_MATH).withTolerance(1e-20), times(40), y);
        assertFalse(stuck.converged());
        assertTrue(stuck.iterations() < stuck.evaluations(), stuck.iterations() + " iterations, " + stuck.evaluations()
                + " evaluations");
        for (Solver solver : Solver.values()) {
            GrowthFit stopped = GrowthFitter.fit(spec.withSolver(solver).withMaxIterations(3), times(40), y);
            assertFalse(stopped.converged(), solver.toString());
            assertTrue(stopped.iterations() <= 3, solver + ": " + stopped.iterations() + " iterations with a limit of 3");
        }
    }
}
