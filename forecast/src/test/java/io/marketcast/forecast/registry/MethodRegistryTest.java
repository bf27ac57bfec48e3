package io.marketcast.forecast.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;
import io.marketcast.forecast.MethodDefinition;
import io.marketcast.forecast.MethodInfo;
import io.marketcast.forecast.MethodProvider;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.UnknownMethodException;
import io.marketcast.forecast.combo.Combination;
import io.marketcast.forecast.combo.First;
import io.marketcast.forecast.growth.Curves;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodRegistryTest {

    private static final MethodRegistry R = MethodRegistry.builtIn();

    @Test
    void everyFamilyAndAliasBuildsAMethodThatFitsForecastsAndSimulates() {
        assertTrue(R.names().containsAll(List.of("naive", "snaive", "drift", "ses", "naive2", "theta", "dotm", "otm",
                "ets", "log-drift", "fixed-growth", "gompertz", "growth-auto", "mean", "median", "first", "auto",
                "gompertz-or-drift8")), R.names().toString());
        double[] history = MethodContractTest.quarterly(24);
        for (String name : R.names()) {
            String full = switch (name) {
                case "fixed-growth" -> "fixed-growth:20,10";
                case "mean", "median", "first" -> name + ":naive+theta";
                default -> name;
            };
            Method m = R.get(full);
            assertEquals(full, m.name());
            try {
                Fitted f = m.fit(history, 4);
                assertEquals(full, f.method());
                Forecast fc = f.forecast(3);
                assertEquals(3, fc.horizon(), full);
                assertEquals(full, fc.method());
                assertEquals(3, f.paths(3).horizon());
                assertFalse(f.summary().isBlank(), full);
            } catch (InsufficientDataException refused) {
                // only a single growth curve may refuse this seasonal series, and it must say which
                assertTrue(Curves.names().contains(name), full + " refused: " + refused.getMessage());
                assertTrue(refused.getMessage().contains(name), refused.getMessage());
            }
        }
    }

    @Test
    void everyFamilyIsDescribedForTheMethodsCommand() {
        for (MethodInfo i : R.infos()) {
            assertFalse(i.description().isBlank(), i.name());
            assertFalse(i.minimumData().isBlank(), i.name());
            assertEquals("built-in", R.origin(i.name()));
        }
        assertEquals(R.names(), R.infos().stream().map(MethodInfo::name).toList());
    }

    @Test
    void autoHasOneMeaningTheMedianOfEtsThetaDotmAndArima() {
        Method auto = R.get("auto");
        assertEquals("auto", auto.name());
        Fitted f = auto.fit(MethodContractTest.quarterly(28), 4);
        Combination.Fit c = assertInstanceOf(Combination.Fit.class, MethodRegistry.unwrap(f));
        assertEquals(List.of("ets", "theta", "dotm", "arima"), c.members().stream().map(Fitted::method).toList());
        assertEquals("auto", f.forecast(2).method());
        assertEquals(R.get("median:ets+theta+dotm+arima").forecast(MethodContractTest.quarterly(28), 4, 5).mean()[4],
                auto.forecast(MethodContractTest.quarterly(28), 4, 5).mean()[4], 0.0);
        assertEquals("median:ets+theta+dotm+arima", R.aliasOf("auto").orElseThrow());
    }

    @Test
    void theScenarioDefaultIsGompertzOrTheEightQuarterDrift() {
        Method d = R.get(Methods.SCENARIO_DEFAULT);
        assertEquals("gompertz-or-drift8", d.name());
        double[] growing = new double[20];
        for (int t = 0; t < 20; t++) {
            growing[t] = 1000 * Math.exp(0.08 * t - 0.001 * t * t) * (1 + 0.01 * Math.sin(3.1 * t));
        }
        First.Fit f = assertInstanceOf(First.Fit.class, MethodRegistry.unwrap(d.fit(growing, 4)));
        assertEquals("gompertz", f.chosen().method());
        First.Fit fell = assertInstanceOf(First.Fit.class,
                MethodRegistry.unwrap(d.fit(new double[] {100, 103, 108}, 4)));
        assertTrue(fell.fellBack());
        assertEquals("log-drift:8", fell.chosen().method());
        assertTrue(fell.summary().startsWith("log-drift:8 (gompertz not usable"), fell.summary());
    }

    @Test
    void fixedVariantsFollowOneGrammar() {
        assertEquals("ets:AAdN", R.get("ETS:aadn").name());
        assertEquals("log-drift:8", R.get("log-drift:8").name());
        assertEquals("gompertz:capacity=50000", R.get("Gompertz:capacity=50000").name());
        assertEquals("fixed-growth:30,25.5", R.get("fixed-growth:30, 25.5").name());
        assertEquals("first:gompertz:capacity=9000+log-drift:8",
                R.get("gompertz-or-drift8").withCapacity(9000).orElseThrow().name());
        assertTrue(R.get("theta").withCapacity(9000).isEmpty());
        assertEquals("log-drift-8", R.get("log-drift-8").name());
        double[] y = {1, 2, 3, 5, 8, 13};
        assertEquals(R.get("log-drift:8").forecast(y, 1, 2).mean()[1], R.get("log-drift-8").forecast(y, 1, 2).mean()[1],
                0.0);
        assertFalse(assertThrows(IllegalArgumentException.class, () -> R.get("ets:QQQ")).getMessage().isBlank());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> R.get("theta:2")).getMessage()
                .contains("takes no arguments"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> R.get("linear:capacity=5")).getMessage()
                .contains("has no capacity"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> R.get("log-drift:1")).getMessage()
                .contains(">= 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> R.get("fixed-growth")).getMessage()
                .contains("fixed-growth:30,25,20"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> R.get("auto:x")).getMessage()
                .contains("takes no arguments"));
    }

    @Test
    void combinationsByName() {
        Method m = R.get("Median:SES+theta+dotm");
        assertEquals("median:ses+theta+dotm", m.name());
        Combination c = assertInstanceOf(Combination.class, ((MethodRegistry.Checked) m).unwrap());
        assertEquals(Combination.Operator.MEDIAN, c.operator());
        assertEquals(List.of("ses", "theta", "dotm"), c.members().stream().map(Method::name).toList());
        assertEquals("mean:naive+ets:ANN", R.get("mean:naive+ets:ANN").name());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> R.get("mean:naive+median:ses+theta"))
                .getMessage().contains("cannot be a member"));
    }

    @Test
    void aMisspeltNameSuggestsTheClosestAndListsTheValidOnes() {
        UnknownMethodException e = assertThrows(UnknownMethodException.class, () -> R.get("thetta"));
        assertTrue(e.getMessage().startsWith("unknown method 'thetta' (did you mean theta?); valid: naive, snaive, "),
                e.getMessage());
        UnknownMethodException member = assertThrows(UnknownMethodException.class, () -> R.get("mean:ses+nave"));
        assertTrue(member.getMessage().contains("did you mean naive?"), member.getMessage());
        assertThrows(UnknownMethodException.class, () -> R.get("max:ses+theta"));
        UnknownMethodException far = assertThrows(UnknownMethodException.class, () -> R.get("prophet"));
        assertFalse(far.getMessage().contains("did you mean"), far.getMessage());
        assertThrows(IllegalArgumentException.class, () -> R.get(" "));
        assertThrows(IllegalArgumentException.class, () -> R.get("ets:"));
    }

    @Test
    void listsParseInOrderKeepArgumentCommasAndRejectDuplicatesAndBlanks() {
        assertEquals(List.of("naive2", "theta", "median:ses+theta", "fixed-growth:30,20", "ets"),
                R.parseList("naive2, theta,median:ses+theta,fixed-growth:30,20,ets").stream().map(Method::name)
                        .toList());
        assertThrows(IllegalArgumentException.class, () -> R.parseList("theta,theta"));
        assertThrows(IllegalArgumentException.class, () -> R.parseList("theta,,ses"));
    }

    /** The one place where every method's output is checked: a non-finite forecast is a refusal. */
    @Test
    void aNonFiniteForecastIsARefusalWhoeverWroteTheMethod() {
        MethodRegistry r = R.with(List.of(provider("broken", new Broken())));
        Method m = r.get("broken");
        Fitted f = m.fit(new double[] {1, 2, 3}, 1);
        InsufficientDataException e = assertThrows(InsufficientDataException.class, () -> f.forecast(2));
        assertTrue(e.getMessage().contains("non-finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.fit(new double[] {1, Double.NaN, 3}, 1));
        assertThrows(IllegalArgumentException.class, () -> f.forecast(0));
        assertThrows(IllegalArgumentException.class, () -> f.paths(-1));
    }

    @Test
    void aPluginNameMayNotClashWithAnother() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> R.with(List.of(provider("theta", new Broken()))));
        assertTrue(e.getMessage().contains("already defined by built-in"), e.getMessage());
        MethodRegistry one = R.with(List.of(provider("mine", new Broken())));
        assertEquals("plugin " + Provider.class.getName(), one.origin("mine"));
        assertTrue(one.names().contains("mine"));
    }

    static MethodProvider provider(String name, Method m) {
        return new Provider(name, m);
    }

    record Provider(String name, Method m) implements MethodProvider {
        @Override
        public List<MethodDefinition> methods() {
            return List.of(MethodDefinition.of(new MethodInfo(name, "test method", MethodInfo.Seasonality.NONE, "1",
                    false, ""), () -> m));
        }
    }

    /** Forecasts NaN. */
    static final class Broken implements Method {
        @Override
        public String name() {
            return "broken";
        }

        @Override
        public Fitted fit(double[] history, int period) {
            return new Fitted() {
                public String method() {
                    return "broken";
                }

                public int n() {
                    return history.length;
                }

                public int period() {
                    return period;
                }

                public Forecast forecast(int horizon, double... levels) {
                    double[] nan = new double[horizon];
                    java.util.Arrays.fill(nan, Double.NaN);
                    return Forecast.pointOnly("broken", nan);
                }

                public PathModel paths(int horizon) {
                    return new PathModel() {
                        public int horizon() {
                            return horizon;
                        }

                        public void path(org.apache.commons.rng.UniformRandomProvider rng, double[] eps,
                                double[] out) {
                        }
                    };
                }

                public double[] fitted() {
                    return new double[history.length];
                }

                public double[] residuals() {
                    return new double[history.length];
                }

                public List<Parameter> parameters() {
                    return List.of();
                }

                public String summary() {
                    return "broken";
                }
            };
        }
    }
}
