package io.marketcast.forecast.combo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.ForecastOnly;
import io.marketcast.forecast.PathModel;
import org.apache.commons.rng.UniformRandomProvider;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.InsufficientDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinationTest {

    private static final double Z80 = 1.2815515655446004;
    private static final double Z95 = 1.959963984540054;

    /**
     * A member with a fixed path and Gaussian noise of standard deviation {@code sd} at every step, driven by that
     * step's innovation: intervals {@code mean ± z·sd}, paths {@code mean + sd·eps[h]}.
     */
    static Method gaussian(String name, double[] mean, double sd) {
        return new Method() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Fitted fit(double[] history, int period) {
                Fitted shape = new ForecastOnly(name, (y, m, horizon, levels) -> {
                    double[][] lo = new double[levels.length][horizon];
                    double[][] hi = new double[levels.length][horizon];
                    for (int k = 0; k < levels.length; k++) {
                        double z = levels[k] > 0.9 ? Z95 : Z80;
                        for (int h = 0; h < horizon; h++) {
                            lo[k][h] = mean[h] - z * sd;
                            hi[k][h] = mean[h] + z * sd;
                        }
                    }
                    return new Forecast(name, java.util.Arrays.copyOf(mean, horizon), levels, lo, hi);
                }).fit(history, period);
                return new io.marketcast.forecast.internal.DelegatingFit(shape) {
                    @Override
                    public PathModel paths(int horizon) {
                        return new PathModel() {
                            @Override
                            public int horizon() {
                                return horizon;
                            }

                            @Override
                            public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                                for (int h = 0; h < horizon; h++) {
                                    out[h] = mean[h] + sd * eps[h];
                                }
                            }
                        };
                    }
                };
            }
        };
    }

    /** A member that cannot forecast anything. */
    static Method refuses(String name) {
        return new ForecastOnly(name, (history, period, horizon, levels) -> {
            throw new InsufficientDataException(name + " refuses");
        });
    }

    private static final double[] HISTORY = {1, 2, 3};

    private final List<Method> three = List.of(gaussian("a", new double[] {10, 20}, 1),
            gaussian("b", new double[] {13, 26}, 2), gaussian("c", new double[] {40, 23}, 6));

    /**
     * Members driven by the same innovation with the same shape: the combination's paths are
     * {@code mean(m_i) + mean(sd_i)·eps}, so its bounds are the averaged bounds, {@code 21 ± z·3} and
     * {@code 23 ± z·3} — up to the Monte Carlo error of 10,000 paths (quantile sd about 0.05 here).
     */
    @Test
    void meanAveragesPointsAndItsPathsGiveTheBounds() {
        Forecast f = Combination.of(Combination.Operator.MEAN, three).forecast(HISTORY, 1, 2);
        assertEquals("mean:a+b+c", f.method());
        assertArrayEquals(new double[] {21, 23}, f.mean(), 1e-12);
        assertArrayEquals(new double[] {21 - Z80 * 3, 23 - Z80 * 3}, f.lower(0.80), 0.2);
        assertArrayEquals(new double[] {21 + Z95 * 3, 23 + Z95 * 3}, f.upper(0.95), 0.2);
    }

    /**
     * Step 1: the members are 10 + e, 13 + 2e and 40 + 6e; for every e above −3 the middle one is b, so the median
     * path is b's and its bounds are 13 ± z·2.
     */
    @Test
    void medianTakesTheMiddleOfEachStepAndAveragesTheTwoMiddlesOfAnEvenCount() {
        Forecast f = Combination.of(Combination.Operator.MEDIAN, three).forecast(HISTORY, 1, 2);
        assertArrayEquals(new double[] {13, 23}, f.mean(), 0);
        assertEquals(13 + Z80 * 2, f.upper(0.80)[0], 0.1);
        assertEquals(13 - Z95 * 2, f.lower(0.95)[0], 0.15);
        Forecast even = Combination.of(Combination.Operator.MEDIAN, three.subList(0, 2)).forecast(HISTORY, 1, 2);
        assertArrayEquals(new double[] {11.5, 23}, even.mean(), 0);
    }

    /**
     * Pathwise, not bound by bound: naive's path is {@code y_n + σ₁·Σ_{j≤h} ε_j} and SES's
     * {@code ℓ_n + σ₂·(ε_h + α·Σ_{j<h} ε_j)}; their mean under shared innovations has standard deviation
     * {@code ½·√((σ₁ + σ₂)² + (h − 1)(σ₁ + α·σ₂)²)}, less than the average of the two standard deviations (what
     * averaging the endpoints gives) once α &lt; 1. σ₁, σ₂ and α are read off the members' own intervals.
     */
    @Test
    void intervalsAreThoseOfTheMembersPathsAveragedPathwise() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 0.8 * t + 10 * ((t * 7919 % 23) - 11) / 11.0; // a slow rise under irregular noise
        }
        int h = 6;
        Method naive = io.marketcast.forecast.registry.Methods.get("naive");
        Method ses = io.marketcast.forecast.registry.Methods.get("ses");
        Forecast fn = naive.forecast(y, 1, h);
        Forecast fs = ses.forecast(y, 1, h);
        double s1 = (fn.upper(0.95)[0] - fn.mean()[0]) / Z95;
        double s2 = (fs.upper(0.95)[0] - fs.mean()[0]) / Z95;
        double se2 = (fs.upper(0.95)[1] - fs.mean()[1]) / Z95;
        double alpha = Math.sqrt(se2 * se2 / (s2 * s2) - 1);
        assertTrue(alpha > 0.1 && alpha < 0.9, "a series where SES smooths: alpha " + alpha);
        Forecast f = io.marketcast.forecast.registry.Methods.get("mean:naive+ses").forecast(y, 1, h);
        for (int k = 0; k < h; k++) {
            double sd = 0.5 * Math.sqrt(Math.pow(s1 + s2, 2) + k * Math.pow(s1 + alpha * s2, 2));
            double endpoints = 0.5 * ((fn.upper(0.95)[k] - fn.mean()[k]) + (fs.upper(0.95)[k] - fs.mean()[k]));
            double half = (f.upper(0.95)[k] - f.lower(0.95)[k]) / 2;
            assertEquals(Z95 * sd, half, 0.02 * Z95 * sd, "step " + (k + 1));
            if (k == h - 1) {
                assertTrue(half < 0.985 * endpoints, "narrower than averaged endpoints at step " + (k + 1)
                        + ": " + half + " vs " + endpoints);
            }
        }
    }

    @Test
    void membersThatCannotForecastAreLeftOutAndNoneIsAnError() {
        Combination c = new Combination("mix", Combination.Operator.MEAN, List.of(refuses("x"), three.get(0),
                three.get(1)));
        assertEquals(11.5 - Z80 * 1.5, c.forecast(HISTORY, 1, 2).lower(0.80)[0], 0.1, "intervals from a and b");
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
