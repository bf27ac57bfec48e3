package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NIST StRD nonlinear regression, additive errors, from both NIST starting points: parameters, standard deviations
 * and RSS agree with the certified values to at least 6 significant digits (relative error below 1e-6), with
 * either solver.
 *
 * <p>Rat42 is NIST's {@code b1/(1+exp(b2-b3·x))}; in our parametrisation K = b1, r = b3, t0 = b2/b3. K and r, and
 * their standard deviations, are the certified b1 and b3 exactly (the covariance transforms by the chain rule);
 * t0 is compared with b2/b3. NIST starts are mapped the same way.
 */
class NistStrdTest {

    static final double DIGITS6 = 1e-6;

    @ParameterizedTest(name = "start {0}, {1}")
    @CsvSource({"1, COMMONS_MATH", "2, COMMONS_MATH", "1, COMPACT", "2, COMPACT"})
    void misra1aMonomolecular(int startNo, Solver solver) {
        StrdProblem p = StrdProblem.load("Misra1a");
        double[] start = startNo == 1 ? p.start1() : p.start2();
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.MONOMOLECULAR.curve()).withError(ErrorModel.ADDITIVE)
                .withStart(start).withSolver(solver), p.x(), p.y());
        assertTrue(f.converged() && f.usable(), f.toString());
        double[] se = f.stdErrors().orElseThrow();
        for (int i = 0; i < 2; i++) {
            assertRelative(p.certified()[i], f.estimate(i), "b" + (i + 1));
            assertRelative(p.certifiedSd()[i], se[i], "sd b" + (i + 1));
        }
        assertRelative(p.rss(), f.rss(), "rss");
    }

    @ParameterizedTest(name = "start {0}, {1}")
    @CsvSource({"1, COMMONS_MATH", "2, COMMONS_MATH", "1, COMPACT", "2, COMPACT"})
    void rat42Logistic(int startNo, Solver solver) {
        StrdProblem p = StrdProblem.load("Rat42");
        double[] b = startNo == 1 ? p.start1() : p.start2();
        double[] start = {b[0], b[2], b[1] / b[2]};
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(Curves.LOGISTIC.curve()).withError(ErrorModel.ADDITIVE)
                .withStart(start).withSolver(solver), p.x(), p.y());
        assertTrue(f.converged() && f.usable(), f.toString());
        double[] se = f.stdErrors().orElseThrow();
        double[] c = p.certified();
        assertRelative(c[0], f.estimate(0), "K = b1");
        assertRelative(c[2], f.estimate(1), "r = b3");
        assertRelative(c[1] / c[2], f.estimate(2), "t0 = b2/b3");
        assertRelative(p.certifiedSd()[0], se[0], "sd K");
        assertRelative(p.certifiedSd()[2], se[1], "sd r");
        assertRelative(p.rss(), f.rss(), "rss");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Misra1a", "Rat42"})
    void dataDrivenStartsReachTheCertifiedOptimumToo(String name) {
        StrdProblem p = StrdProblem.load(name);
        GrowthCurve curve = name.equals("Misra1a") ? Curves.MONOMOLECULAR.curve() : Curves.LOGISTIC.curve();
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(curve).withError(ErrorModel.ADDITIVE), p.x(), p.y());
        assertRelative(p.rss(), f.rss(), "rss");
        assertRelative(p.certified()[0], f.estimate(0), "capacity");
    }

    static void assertRelative(double expected, double actual, String what) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(rel < DIGITS6, what + ": expected " + expected + ", got " + actual + " (relative error " + rel
                + ")");
        assertEquals(expected, actual, Math.abs(expected) * DIGITS6, what);
    }
}
