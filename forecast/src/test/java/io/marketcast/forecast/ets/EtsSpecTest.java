package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EtsSpecTest {

    @Test
    void defaultsAreRs() {
        EtsSpec s = EtsSpec.defaults();
        assertEquals("ZZZ", s.model());
        assertNull(s.damped());
        assertEquals(InformationCriterion.AICC, s.informationCriterion());
        assertEquals(Bounds.BOTH, s.bounds());
        assertEquals(List.of(1e-4, 1e-4, 1e-4, 0.8), List.of(s.lower()[0], s.lower()[1], s.lower()[2], s.lower()[3]));
        assertEquals(0.98, s.upper()[3]);
        assertFalse(s.allowMultiplicativeTrend());
        assertTrue(s.restrict());
        assertEquals(2000, s.maxEvaluations());
    }

    @Test
    void rModelSpaceHasFifteenSeasonalAndSixNonSeasonalModels() {
        List<String> seasonal = EtsSpec.defaults().candidates(true).stream().map(EtsModel::code).toList();
        assertEquals(List.of("AAdN", "AAdA", "ANN", "ANA", "AAN", "AAA", "MNN", "MNA", "MNM", "MAdN", "MAdA", "MAdM",
                "MAN", "MAA", "MAM").stream().sorted().toList(), seasonal.stream().sorted().toList());
        assertEquals(List.of("ANN", "AAdN", "AAN", "MNN", "MAdN", "MAN"),
                EtsSpec.defaults().candidates(false).stream().map(EtsModel::code).toList());
        assertEquals(30, EtsSpec.defaults().withAllowMultiplicativeTrend(true).withRestrict(false).candidates(true)
                .size());
    }

    @Test
    void withModelFixesOneModelAndKeepsTheOriginal() {
        EtsSpec base = EtsSpec.defaults();
        EtsSpec fixed = base.withModel("AAdN");
        assertEquals("AAdN", fixed.model());
        assertEquals(Boolean.TRUE, fixed.damped());
        assertFalse(fixed.isAuto());
        assertEquals(List.of(EtsModel.parse("AAdN")), fixed.candidates(true));
        assertEquals("ZZZ", base.model(), "the original is unchanged");
        assertEquals(Boolean.FALSE, base.withModel("AAN").damped());
        assertNotEquals(base, fixed);
        assertEquals(fixed, EtsSpec.defaults().withModel("AAdN"));
    }

    @Test
    void badPatternsAreRefusedWithTheGrammar() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EtsSpec.defaults().withModel("AXN"));
        assertTrue(e.getMessage().contains("AAdN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EtsSpec.defaults().withModel("ANdN"));
        assertThrows(IllegalArgumentException.class, () -> EtsSpec.defaults().withModel("NNN"));
        assertThrows(IllegalArgumentException.class,
                () -> EtsSpec.defaults().withParameterBounds(new double[] {0.5, 0, 0, 0.8}, new double[] {0.4, 1, 1, 1}));
    }

    @Test
    void modelCodesRoundTrip() {
        for (String code : List.of("ANN", "AAdN", "MAM", "MMdM", "MNA")) {
            assertEquals(code, EtsModel.parse(code).code());
        }
        assertEquals("ETS(M,Ad,M)", EtsModel.parse("MAdM").toString());
        assertEquals(EtsModel.parse("MAdM"), EtsModel.parse("ETS(M,Ad,M)"));
        assertTrue(EtsModel.parse("ANM").restricted());
        assertTrue(EtsModel.parse("MMA").restricted());
        assertFalse(EtsModel.parse("MAM").restricted());
    }
}
