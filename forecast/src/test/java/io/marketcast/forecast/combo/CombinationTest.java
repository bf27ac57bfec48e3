package io.marketcast.forecast.combo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.ForecastOnly;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.InsufficientDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationTest {

    /** A member that forecasts a fixed path with fixed half-widths (95%: twice the 80% one). */
    static Method fixed(String name, double[] mean, double halfWidth80) {
        return new ForecastOnly(name, (history, period, horizon, levels) -> {
            double[][] lo = new double[levels.length][horizon];
            double[][] hi = new double[levels.length][horizon];
            for (int k = 0; k < levels.length; k++) {
                double w = halfWidth80 * (levels[k] > 0.9 ? 2 : 1);
                for (int h = 0; h < horizon; h++) {
                    lo[k][h] = mean[h] - w;
                    hi[k][h] = mean[h] + w;
                }
            }
            return new Forecast(name, java.util.Arrays.copyOf(mean, horizon), levels, lo, hi);
        });
    }

    /** A member that cannot forecast anything. */
    static Method refuses(String name) {
        return new ForecastOnly(name, (history, period, horizon, levels) -> {
            throw new InsufficientDataException(name + " refuses");
        });
    }

    private static final double[] HISTORY = {1, 2, 3};

    private final List<Method> three = List.of(fixed("a", new double[] {10, 20}, 1),
            fixed("b", new double[] {13, 26}, 2), fixed("c", new double[] {40, 23}, 6));

    @Test
    void meanAveragesPointsAndBoundsStepByStep() {
        Forecast f = Combination.of(Combination.Operator.MEAN, three).forecast(HISTORY, 1, 2);
        assertEquals("mean:a+b+c", f.method());
        assertArrayEquals(new double[] {21, 23}, f.mean(), 1e-12);
        // lower 80%: (9 + 11 + 34) / 3 = 18 and (19 + 24 + 17) / 3 = 20
        assertArrayEquals(new double[] {18, 20}, f.lower(0.80), 1e-12);
        // upper 95%: (12 + 17 + 52) / 3 = 27 and (22 + 30 + 35) / 3 = 29
        assertArrayEquals(new double[] {27, 29}, f.upper(0.95), 1e-12);
    }

    @Test
    void medianTakesTheMiddleOfEachStepAndAveragesTheTwoMiddlesOfAnEvenCount() {
        Forecast f = Combination.of(Combination.Operator.MEDIAN, three).forecast(HISTORY, 1, 2);
        assertArrayEquals(new double[] {13, 23}, f.mean(), 0);
        // upper 80% per member: 11, 15, 46 and 21, 28, 29
        assertArrayEquals(new double[] {15, 28}, f.upper(0.80), 0);
        Forecast even = Combination.of(Combination.Operator.MEDIAN, three.subList(0, 2)).forecast(HISTORY, 1, 2);
        assertArrayEquals(new double[] {11.5, 23}, even.mean(), 0);
    }

    @Test
    void membersThatCannotForecastAreLeftOutAndNoneIsAnError() {
        Combination c = new Combination("mix", Combination.Operator.MEAN, List.of(refuses("x"), three.get(0),
                three.get(1)));
        assertArrayEquals(new double[] {11.5, 23}, c.forecast(HISTORY, 1, 2).mean(), 0);
        Combination none = new Combination("none", Combination.Operator.MEAN, List.of(refuses("x"),
                refuses("y")));
        InsufficientDataException e = assertThrows(InsufficientDataException.class,
                () -> none.forecast(HISTORY, 1, 2));
        assertTrue(e.getMessage().contains("x refuses") && e.getMessage().contains("y refuses"), e.getMessage());
    }

    @Test
    void namedCopyKeepsTheMembers() {
        Combination c = Combination.of(Combination.Operator.MEAN, three).named("auto");
        assertEquals("auto", c.name());
        assertEquals("auto", c.forecast(HISTORY, 1, 1).method());
        assertEquals(3, c.members().size());
        assertThrows(IllegalArgumentException.class, () -> new Combination("e", Combination.Operator.MEAN,
                List.of()));
    }
}
