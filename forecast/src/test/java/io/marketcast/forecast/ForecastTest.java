package io.marketcast.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForecastTest {

    private static Forecast sample() {
        return new Forecast("m", new double[] {10, 11}, new double[] {0.8, 0.95},
                new double[][] {{9, 10}, {8, 9}}, new double[][] {{11, 12}, {12, 13}});
    }

    /** A forecast is immutable: nothing a caller does to the arrays it passes in or gets out changes it. */
    @Test
    void handsOutCopiesOfEveryArray() {
        Forecast f = sample();
        f.levels()[0] = 0.5;
        f.lower()[0][0] = -1;
        f.lower()[1] = new double[] {0, 0};
        f.upper()[1][1] = -1;
        f.mean()[0] = -1;
        f.lower(0.8)[0] = -1;
        assertArrayEquals(new double[] {0.8, 0.95}, f.levels(), 0);
        assertArrayEquals(new double[] {9, 10}, f.lower(0.8), 0);
        assertArrayEquals(new double[] {8, 9}, f.lower()[1], 0);
        assertArrayEquals(new double[] {12, 13}, f.upper(0.95), 0);
        assertArrayEquals(new double[] {10, 11}, f.mean(), 0);
    }

    @Test
    void copiesWhatItIsGiven() {
        double[] mean = {1, 2};
        double[][] lo = {{0, 1}};
        Forecast f = new Forecast("m", mean, new double[] {0.9}, lo, new double[][] {{2, 3}});
        mean[0] = 99;
        lo[0][0] = 99;
        assertEquals(1, f.mean()[0]);
        assertEquals(0, f.lower(0.9)[0]);
    }

    @Test
    void levelsMustAscendInsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new Forecast("m", new double[] {1}, new double[] {0.95, 0.8},
                new double[][] {{0}, {0}}, new double[][] {{2}, {2}}));
        assertThrows(IllegalArgumentException.class, () -> new Forecast("m", new double[] {1}, new double[] {1.0},
                new double[][] {{0}}, new double[][] {{2}}));
        assertEquals("other", sample().renamed("other").method());
    }
}
