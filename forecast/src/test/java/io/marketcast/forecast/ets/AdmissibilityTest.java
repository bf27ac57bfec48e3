package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

class AdmissibilityTest {

    @Test
    void schurCohnAgreesWithCompanionEigenvalues() {
        // seed 7; the 2000 cases are fixed, so the test is deterministic. Cases whose largest root lies within 1e-6
        // of the radius are skipped: there the eigenvalue solver's own rounding decides.
        SplittableRandom rnd = new SplittableRandom(7);
        int compared = 0;
        for (int k = 0; k < 2000; k++) {
            int n = 1 + rnd.nextInt(13);
            double[] c = new double[n + 1];
            c[0] = 1;
            for (int i = 1; i <= n; i++) {
                c[i] = rnd.nextDouble(-1.2, 1.2) / i;
            }
            double max = maxRootModulus(c);
            if (Math.abs(max - 1) < 1e-6) {
                continue;
            }
            compared++;
            assertEquals(max < 1, Admissibility.rootsWithin(c, 1.0), "roots of " + java.util.Arrays.toString(c));
        }
        assertTrue(compared > 1900);
    }

    @Test
    void nonSeasonalRegionIsTheKnownTriangle() {
        // Holt's linear method (phi = 1): 0 < alpha < 2 and 0 < beta < 4 - 2 alpha
        assertTrue(Admissibility.admissible(1.5, 0.5, 0, 1, true, false, 1, null));
        assertFalse(Admissibility.admissible(1.5, 1.1, 0, 1, true, false, 1, null));
        assertFalse(Admissibility.admissible(2.1, 0.1, 0, 1, true, false, 1, null));
        assertFalse(Admissibility.admissible(0.5, 0.1, 0, 1.1, true, false, 1, null), "phi above 1");
    }

    @Test
    void seasonalModelsNeedGammaBelowOneMinusAlphaRoughly() {
        assertTrue(Admissibility.admissible(0.3, 0.05, 0.2, 1, true, true, 4, null));
        assertTrue(Admissibility.admissible(0.3, 0.0, 0.2, 1, false, true, 12, null));
        assertFalse(Admissibility.admissible(0.3, 0.05, 1.9, 1, true, true, 4, null), "gamma > 1 + 1/phi - alpha");
        assertFalse(Admissibility.admissible(1.9, 0.9, 0.05, 0.9, true, true, 4, null));
    }

    @Test
    void unitRootOfUndampedTrendlessModelsDoesNotFlipTheAnswer() {
        // ETS(A,N,A) with tiny alpha and gamma: P(z) has the exact root 1 and others just inside the circle
        double alpha = 1.0015684655642520e-4;
        double gamma = 1.0043503404661458e-4;
        for (double d : new double[] {0, 1e-12, 1e-10, 1e-8, 1e-6}) {
            assertTrue(Admissibility.admissible(alpha + d, 0, gamma + d, 1, false, true, 12, null), "d = " + d);
        }
    }

    private static double maxRootModulus(double[] c) {
        int n = c.length - 1;
        double[][] a = new double[n][n];
        for (int j = 0; j < n; j++) {
            a[0][j] = -c[j + 1] / c[0];
        }
        for (int i = 1; i < n; i++) {
            a[i][i - 1] = 1;
        }
        EigenDecomposition ed = new EigenDecomposition(new Array2DRowRealMatrix(a));
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.hypot(ed.getRealEigenvalue(i), ed.getImagEigenvalue(i)));
        }
        return max;
    }
}
