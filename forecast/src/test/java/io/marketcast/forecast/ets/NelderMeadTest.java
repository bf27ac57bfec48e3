package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NelderMeadTest {

    @Test
    void findsTheRosenbrockMinimumLikeROptim() {
        // R: optim(c(-1.2, 1), fr) gives par 1.000260 1.000506, value 8.825241e-08, counts 195
        NelderMead.Result r = NelderMead.minimize(
                x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2), new double[] {-1.2, 1},
                Double.NEGATIVE_INFINITY, 1.490116119384765625e-8, 1, 0.5, 2, 500);
        assertEquals(1.000260, r.x()[0], 1e-6);
        assertEquals(1.000506, r.x()[1], 1e-6);
        assertEquals(8.825241e-08, r.value(), 1e-13);
        assertEquals(195, r.evaluations());
        assertEquals(0, r.fail());
    }

    @Test
    void stopsAtTheEvaluationLimit() {
        NelderMead.Result r = NelderMead.minimize(x -> x[0] * x[0] + x[1] * x[1], new double[] {3, 4},
                Double.NEGATIVE_INFINITY, 1e-30, 1, 0.5, 2, 20);
        assertEquals(1, r.fail());
    }

    @Test
    void refusesANonFiniteStart() {
        assertThrows(IllegalArgumentException.class, () -> NelderMead.minimize(x -> Double.POSITIVE_INFINITY,
                new double[] {1}, Double.NEGATIVE_INFINITY, 1e-8, 1, 0.5, 2, 100));
    }
}
