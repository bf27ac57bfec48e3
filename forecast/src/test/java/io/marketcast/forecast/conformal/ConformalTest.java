package io.marketcast.forecast.conformal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.registry.Methods;
import org.junit.jupiter.api.Test;

class ConformalTest {

    private static final double[] Y = {10, 12, 11, 15, 14, 18, 16, 21, 20, 26};

    /**
     * Naive with two windows of h = 2, worked by hand. Window 1 fits 10..21 (8 values), forecasts 21, 21 for the
     * actuals 20, 26: errors 1, 5. Window 2 fits 10..18 (6 values), forecasts 18, 18 for 16, 21: errors 2, 3.
     * Step 1: the distribution 26 ± {1, 2} = {24, 25, 27, 28}; type-7 quantiles of {−2, −1, 1, 2} at 0.1 and 0.9 are
     * ∓1.7 (position 0.3 and 2.7 of 0..3), at 0.025 and 0.975 ∓1.925. Step 2: {−5, −3, 3, 5}: ∓4.4 and ∓4.85.
     */
    @Test
    void intervalsAreQuantilesOfThePointPlusMinusTheWindowErrors() {
        Forecast f = Methods.get("naive:conformal").forecast(Y, 1, 2);
        assertEquals("naive:conformal", f.method());
        assertArrayEquals(new double[] {26, 26}, f.mean(), 0);
        assertArrayEquals(new double[] {26 - 1.7, 26 - 4.4}, f.lower(0.80), 1e-12);
        assertArrayEquals(new double[] {26 + 1.7, 26 + 4.4}, f.upper(0.80), 1e-12);
        assertArrayEquals(new double[] {26 - 1.925, 26 - 4.85}, f.lower(0.95), 1e-12);
        assertArrayEquals(new double[] {26 + 1.925, 26 + 4.85}, f.upper(0.95), 1e-12);
    }

    /** One window: the errors 1 and 5 alone; {−1, 1} at 0.9 is 0.8, {−5, 5} is 4. */
    @Test
    void theNumberOfWindowsIsPartOfTheName() {
        Method m = Methods.get("naive:conformal=1");
        assertEquals("naive:conformal=1", m.name());
        Forecast f = m.forecast(Y, 1, 2);
        assertArrayEquals(new double[] {26 + 0.8, 26 + 4}, f.upper(0.80), 1e-12);
        assertEquals("auto:conformal", Methods.get("auto:conformal").name(), "aliases take the suffix too");
        assertEquals("mean:ets+theta:conformal", Methods.get("mean:ets+theta:conformal").name());
        assertEquals(2, Methods.parseList("theta:conformal,fixed-growth:30,25:conformal=3").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Methods.get("naive:conformal=0"));
        assertTrue(e.getMessage().contains("conformal=N takes a whole number of windows"), e.getMessage());
    }

    /** Windows the history cannot support are skipped; with none, the method's own intervals stay. */
    @Test
    void aHistoryTooShortForAnyWindowKeepsTheModelsIntervals() {
        double[] y = {10, 12, 11};
        Forecast own = Methods.get("naive").forecast(y, 1, 2);
        Forecast c = Methods.get("naive:conformal").forecast(y, 1, 2);
        assertArrayEquals(own.upper(0.95), c.upper(0.95), 0);
        // 5 values, h = 2: window 1 fits 3 values, window 2 would fit 1 value, which naive refuses: one window
        double[] five = {10, 12, 11, 15, 14};
        Forecast one = Methods.get("naive:conformal").forecast(five, 1, 2);
        Forecast explicit = Methods.get("naive:conformal=1").forecast(five, 1, 2);
        assertArrayEquals(explicit.upper(0.80), one.upper(0.80), 0);
    }
}
