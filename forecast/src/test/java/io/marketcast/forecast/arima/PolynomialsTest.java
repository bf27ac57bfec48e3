package io.marketcast.forecast.arima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * {@link Polynomials#rootsOutside}, the step-down test that replaced the roots in auto.arima's checks, on random
 * polynomials of the degrees auto.arima meets (up to 29 for monthly seasonal models) built from roots drawn on either
 * side of the radius, so the answer is known; draws whose smallest modulus is within 1e-6 of the radius are not
 * counted.
 */
class PolynomialsTest {

    private static double minModulus(double[] c) {
        double min = Double.POSITIVE_INFINITY;
        for (Complex z : Polynomials.roots(c)) {
            min = Math.min(min, z.abs());
        }
        return min;
    }

    /**
     * 1 - φ_1 z - ... from roots drawn in modulus between lo and hi (complex pairs and real ones); the smallest modulus
     * drawn in {@code min[0]}.
     */
    private static double[] fromRoots(SplittableRandom rnd, int k, double lo, double hi, double[] min) {
        min[0] = Double.POSITIVE_INFINITY;
        double[] c = {1};
        int left = k;
        while (left > 0) {
            double mod = rnd.nextDouble(lo, hi);
            min[0] = Math.min(min[0], mod);
            if (left >= 2 && rnd.nextBoolean()) {
                double arg = rnd.nextDouble(0, Math.PI);
                // (1 - z/ρ)(1 - z/ρ̄) = 1 - 2 Re(1/ρ) z + z²/|ρ|²
                c = times(c, new double[] {1, -2 * Math.cos(arg) / mod, 1 / (mod * mod)});
                left -= 2;
            } else {
                double sign = rnd.nextBoolean() ? 1 : -1;
                c = times(c, new double[] {1, -sign / mod});
                left--;
            }
        }
        return c;
    }

    private static double[] times(double[] a, double[] b) {
        double[] c = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                c[i + j] += a[i] * b[j];
            }
        }
        return c;
    }

    /**
     * auto.arima's polynomials: a non-seasonal part of degree up to 5 times a seasonal one of degree up to 2 in z^m
     * (m = 4 or 12), the roots of each drawn well inside, well outside or just outside the circle.
     */
    @Test
    void stepDownTestKnowsWhereTheRootsOfSeasonalPolynomialsAre() {
        SplittableRandom rnd = new SplittableRandom(20261203);
        int inside = 0;
        int outside = 0;
        double[] drawn = new double[1];
        for (int trial = 0; trial < 4000; trial++) {
            int m = trial % 2 == 0 ? 4 : 12;
            boolean near = rnd.nextBoolean();
            double lo = near ? 1.0005 : 0.9;
            double hi = near ? 1.05 : 3;
            double[] c = fromRoots(rnd, rnd.nextInt(6), lo, hi, drawn);
            double min = drawn[0];
            int sp = rnd.nextInt(3);
            if (sp > 0) {
                double[] w = fromRoots(rnd, sp, Math.pow(lo, m), Math.pow(hi, m), drawn);
                double[] seasonal = new double[sp * m + 1];
                for (int j = 0; j <= sp; j++) {
                    seasonal[j * m] = w[j];
                }
                c = times(c, seasonal);
                min = Math.min(min, Math.pow(drawn[0], 1.0 / m));
            }
            double radius = trial % 3 == 0 ? 1 : 1.01;
            if (Math.abs(min - radius) < 1e-6 || c.length == 1) {
                continue;
            }
            boolean expected = min > radius;
            assertEquals(expected, Polynomials.rootsOutside(c, radius),
                    "degree " + (c.length - 1) + ", smallest root modulus " + min + ", radius " + radius);
            if (expected) {
                outside++;
            } else {
                inside++;
            }
        }
        assertTrue(inside > 500 && outside > 500, inside + " inside, " + outside + " outside");
    }

    /**
     * Any polynomial up to degree 29, its roots crowding the circle or not: where the step-down would lose its
     * accuracy the roots decide, so the answer is the roots' wherever they have one.
     */
    @Test
    void stepDownTestAgreesWithTheRootsOnCrowdedPolynomials() {
        SplittableRandom rnd = new SplittableRandom(20261204);
        int compared = 0;
        double[] drawn = new double[1];
        for (int trial = 0; trial < 2000; trial++) {
            int k = 1 + rnd.nextInt(29);
            double[] c = trial % 2 == 0 ? fromRoots(rnd, k, 0.9, 3, drawn) : fromRoots(rnd, k, 1.0005, 1.05, drawn);
            double radius = trial % 3 == 0 ? 1 : 1.01;
            double min = minModulus(c);
            if (Math.abs(min - radius) < 1e-6) {
                continue;
            }
            assertEquals(min > radius, Polynomials.rootsOutside(c, radius),
                    "degree " + k + ", smallest root modulus " + min + ", radius " + radius);
            compared++;
        }
        assertTrue(compared > 1900, compared + " compared");
    }

    @Test
    void simpleCases() {
        assertTrue(Polynomials.rootsOutside(new double[] {1, -0.5}, 1));          // root 2
        assertFalse(Polynomials.rootsOutside(new double[] {1, -0.995}, 1.01));    // root 1.005
        assertTrue(Polynomials.rootsOutside(new double[] {1, 0, 0, 0}, 1));       // no roots
        assertFalse(Polynomials.rootsOutside(new double[] {1, 0, 0, 0, -1}, 1));  // unit roots (seasonal)
        assertTrue(Polynomials.arStationary(new double[] {0.5, 0.3}, 0, 2));
        assertFalse(Polynomials.arStationary(new double[] {0.5, 0.6}, 0, 2));
    }
}
