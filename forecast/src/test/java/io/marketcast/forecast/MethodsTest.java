package io.marketcast.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.forecast.combo.Combination;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodsTest {

    @Test
    void everyRegisteredNameBuildsAMethodOfThatName() {
        assertTrue(Methods.names().containsAll(List.of("naive", "snaive", "drift", "ses", "naive2", "theta", "dotm",
                "otm", "auto")), Methods.names().toString());
        List<String> curves = io.marketcast.forecast.growth.Curves.names();
        for (String name : Methods.names()) {
            Forecaster f = Methods.get(name);
            assertEquals(name, f.name());
            double[] history = ForecasterContractTest.quarterly(24);
            if (curves.contains(name)) {
                // a single growth curve may refuse a seasonal series it cannot fit; it must say so, not crash
                try {
                    assertEquals(3, f.forecast(history, 4, 3).horizon(), name);
                } catch (InsufficientDataException refused) {
                    assertTrue(refused.getMessage().contains(name), refused.getMessage());
                }
            } else {
                assertEquals(3, f.forecast(history, 4, 3).horizon(), name);
            }
        }
    }

    @Test
    void autoIsACombination() {
        assertTrue(Methods.get("auto") instanceof Combination);
    }

    @Test
    void combinationsByName() {
        Forecaster f = Methods.get("Median:SES+theta+dotm");
        Combination c = (Combination) f;
        assertEquals("median:ses+theta+dotm", c.name());
        assertEquals(Combination.Operator.MEDIAN, c.operator());
        assertEquals(List.of("ses", "theta", "dotm"), c.members().stream().map(Forecaster::name).toList());
        assertEquals("mean:naive+drift", Methods.get("mean:naive+drift").name());
    }

    @Test
    void aMisspeltNameSuggestsTheClosestAndListsTheValidOnes() {
        UnknownMethodException e = assertThrows(UnknownMethodException.class, () -> Methods.get("thetta"));
        assertTrue(e.getMessage().startsWith("unknown method 'thetta' (did you mean theta?); valid: naive, snaive, "),
                e.getMessage());
        UnknownMethodException member = assertThrows(UnknownMethodException.class,
                () -> Methods.get("mean:ses+nave"));
        assertTrue(member.getMessage().contains("did you mean naive?"), member.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Methods.get("max:ses+theta"));
        UnknownMethodException far = assertThrows(UnknownMethodException.class, () -> Methods.get("arima"));
        assertTrue(!far.getMessage().contains("did you mean"), far.getMessage());
    }

    @Test
    void listsParseInOrderAndRejectDuplicatesAndBlanks() {
        assertEquals(List.of("naive2", "theta", "median:ses+theta"), Methods.parseList("naive2, theta,median:ses+theta")
                .stream().map(Forecaster::name).toList());
        assertThrows(IllegalArgumentException.class, () -> Methods.parseList("theta,theta"));
        assertThrows(IllegalArgumentException.class, () -> Methods.parseList("theta,,ses"));
    }
}
