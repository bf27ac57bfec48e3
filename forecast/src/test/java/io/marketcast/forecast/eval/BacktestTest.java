package io.marketcast.forecast.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.ForecastOnly;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.forecast.baseline.Naive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {

    private static final double[] SERIES = new double[30];

    static {
        for (int t = 0; t < SERIES.length; t++) {
            SERIES[t] = 100 + 5 * t + (t % 4 == 0 ? 10 : 0);
        }
    }

    /**
     * A method that fails the test if it is handed anything but exactly the data up to the origin it is asked
     * about, and records the lengths it saw.
     */
    static final class Watchdog implements Method {
        final List<Integer> seen = new ArrayList<>();

        @Override
        public String name() {
            return "watchdog";
        }

        @Override
        public io.marketcast.forecast.Fitted fit(double[] history, int frequency) {
            int o = history.length;
            assertArrayEquals(Arrays.copyOf(SERIES, o), history, 0, "history is exactly the first " + o + " values");
            seen.add(o);
            return new Naive().fit(history, frequency);
        }
    }

    @Test
    void noMethodSeesTheTestPeriod() {
        Watchdog w = new Watchdog();
        BacktestResult r = Backtest.run(BacktestSpec.defaults().withHorizon(4), w, SERIES, 4);
        // origins 8..26: each forecast of values o..o+3 was made from the first o values only
        assertEquals(19, r.origins().size());
        assertEquals(r.origins().stream().map(BacktestResult.Origin::origin).toList(), w.seen);
        for (BacktestResult.Origin o : r.origins()) {
            assertArrayEquals(Arrays.copyOfRange(SERIES, o.origin(), o.origin() + 4), o.actual(), 0);
        }
    }

    @Test
    void originsAreTheMostRecentWithAFullHorizon() {
        assertArrayEquals(new int[] {24, 25, 26}, Backtest.origins(BacktestSpec.defaults().withOrigins(3), 30));
        assertArrayEquals(new int[] {8, 9, 10}, Backtest.origins(BacktestSpec.defaults().withHorizon(2), 12));
        assertArrayEquals(new int[0], Backtest.origins(BacktestSpec.defaults(), 11));
    }

    @Test
    void scoresEachOriginWithTheMetricsOfItsOwnHistory() {
        BacktestResult r = Backtest.run(BacktestSpec.defaults().withOrigins(2), new Naive(), SERIES, 4);
        BacktestResult.Origin last = r.origins().get(1);
        double[] history = Arrays.copyOf(SERIES, last.origin());
        double[] f = new Naive().forecast(history, 4, 4).mean();
        assertEquals(Metrics.smape(last.actual(), f), last.smape(), 1e-12);
        assertEquals(Metrics.mase(history, 4, last.actual(), f), last.mase(), 1e-12);
        assertEquals((r.origins().get(0).smape() + last.smape()) / 2, r.meanSmape(), 1e-12);
        assertTrue(r.meanCoverage(1) >= r.meanCoverage(0), "95% covers at least as often as 80%");
    }

    @Test
    void vintagesDecideWhatIsKnownAndAFailedOriginIsReportedNotScored() {
        // At origin 12 nothing was known (e.g. a value reported late); elsewhere an earlier, revised vintage.
        Vintages v = o -> {
            if (o == 12) {
                throw new InsufficientDataException("no value for origin 12 was known then");
            }
            double[] known = Arrays.copyOf(SERIES, o);
            known[0] = -1;
            return known;
        };
        Method checksVintage = new ForecastOnly("checks", (history, frequency, horizon, levels) -> {
            assertEquals(-1, history[0], "the vintage, not the final values");
            return new Naive().forecast(history, frequency, horizon, levels);
        });
        BacktestResult r = Backtest.run(BacktestSpec.defaults().withOrigins(5), checksVintage, SERIES, v, 4);
        assertEquals(5, r.origins().size());
        assertEquals(0, r.failures());
        BacktestResult r2 = Backtest.run(BacktestSpec.defaults().withMinTrain(10).withOrigins(0), checksVintage,
                SERIES, v, 4);
        BacktestResult.Origin failed = r2.origins().stream().filter(o -> o.origin() == 12).findFirst().orElseThrow();
        assertTrue(failed.failed());
        assertTrue(failed.failure().endsWith("no value for origin 12 was known then"), failed.failure());
        assertFalse(failed.scored());
        assertEquals(1, r2.failures());
        assertFalse(Double.isNaN(r2.meanSmape()), "unscored origins are not in the means");
    }

    /**
     * A method that fails at some origins (a refusal, a non-finite forecast, a bug) does not stop the backtest: the
     * naive forecast stands in there, is scored like any other, and the failures are counted with their reasons.
     */
    @Test
    void aFailingMethodFallsBackToNaiveAndIsCounted() {
        Method flaky = new ForecastOnly("flaky", (history, frequency, horizon, levels) -> {
            switch (history.length % 3) {
                case 0 -> throw new InsufficientDataException("refused at " + history.length);
                case 1 -> throw new ArithmeticException("bug at " + history.length);
                default -> {
                    return new io.marketcast.forecast.baseline.Drift().forecast(history, frequency, horizon, levels);
                }
            }
        });
        BacktestResult r = Backtest.run(BacktestSpec.defaults().withHorizon(2), flaky, SERIES, 4);
        BacktestResult naive = Backtest.run(BacktestSpec.defaults().withHorizon(2), new Naive(), SERIES, 4);
        int expectedFailures = 0;
        for (int i = 0; i < r.origins().size(); i++) {
            BacktestResult.Origin o = r.origins().get(i);
            assertTrue(o.scored());
            if (o.origin() % 3 == 2) {
                assertFalse(o.failed());
            } else {
                expectedFailures++;
                assertTrue(o.failed());
                assertTrue(o.failure().contains("at " + o.origin()), o.failure());
                assertEquals(naive.origins().get(i).smape(), o.smape(), 0.0, "the naive forecast stands in");
            }
        }
        assertEquals(expectedFailures, r.failures());
        assertTrue(r.origins().stream().anyMatch(o -> o.failure().startsWith("ArithmeticException")));
    }

    @Test
    void anyRegisteredMethodCanBeBacktested() {
        for (io.marketcast.forecast.MethodInfo info : Methods.registry().infos()) {
            String name = switch (info.name()) {
                case "fixed-growth" -> "fixed-growth:10";
                case "mean", "median", "first" -> info.name() + ":naive+drift";
                default -> info.name();
            };
            BacktestResult r = Backtest.run(BacktestSpec.defaults().withOrigins(3), Methods.get(name), SERIES, 4);
            assertEquals(3, r.scored().size(), name);
            assertTrue(r.meanSmape() >= 0 && r.meanSmape() < 50, name + " " + r.meanSmape());
        }
    }
}
