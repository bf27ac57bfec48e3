package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
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
        assertEquals(30, EtsSpec.builder().allowMultiplicativeTrend(true).restrict(false).build().candidates(true)
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
                () -> EtsSpec.builder().lower(0.5, 0, 0, 0.8).upper(0.4, 1, 1, 1).build());
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

    @Test
    void theDefaultsLiveInOnePlaceAndTheBuilderStartsFromThem() {
        assertSame(EtsSpec.DEFAULT, EtsSpec.defaults());
        assertEquals(EtsSpec.DEFAULT, EtsSpec.builder().build());
        assertEquals(EtsSpec.DEFAULT, EtsSpec.DEFAULT.toBuilder().build());
        assertEquals(5000, EtsSpec.DEFAULT.simulationPaths());
        assertEquals(20240611L, EtsSpec.DEFAULT.seed());
        assertFalse(EtsSpec.DEFAULT.additiveOnly());
        assertEquals(0.9999, EtsSpec.DEFAULT.upper()[0]);
    }

    @Test
    void everyBuilderSetterReachesItsComponentAndToBuilderKeepsTheRest() {
        EtsSpec s = EtsSpec.builder().model("MAdM").informationCriterion(InformationCriterion.BIC)
                .bounds(Bounds.USUAL).lower(0.01, 0.02, 0.03, 0.85).upper(0.9, 0.8, 0.7, 0.95)
                .allowMultiplicativeTrend(true).additiveOnly(true).restrict(false).maxEvaluations(500)
                .simulationPaths(300).seed(7).build();
        assertEquals("MAdM", s.model());
        assertEquals('M', s.error());
        assertEquals('A', s.trend());
        assertEquals('M', s.season());
        assertEquals(Boolean.TRUE, s.damped());
        assertEquals(InformationCriterion.BIC, s.informationCriterion());
        assertEquals(Bounds.USUAL, s.bounds());
        assertEquals(List.of(0.01, 0.02, 0.03, 0.85), boxed(s.lower()));
        assertEquals(List.of(0.9, 0.8, 0.7, 0.95), boxed(s.upper()));
        assertTrue(s.allowMultiplicativeTrend());
        assertTrue(s.additiveOnly());
        assertFalse(s.restrict());
        assertEquals(500, s.maxEvaluations());
        assertEquals(300, s.simulationPaths());
        assertEquals(7L, s.seed());
        assertEquals(s, s.toBuilder().build());
        assertEquals(s.hashCode(), s.toBuilder().build().hashCode());
        // every setter changes the spec
        List<UnaryOperator<EtsSpec.Builder>> changes = List.of(b -> b.model("AAdM"), b -> b.model("MNM"),
                b -> b.model("MAdA"), b -> b.damped(null), b -> b.informationCriterion(InformationCriterion.AIC),
                b -> b.bounds(Bounds.BOTH), b -> b.lower(0.01, 0.02, 0.03, 0.86), b -> b.upper(0.9, 0.8, 0.7, 0.96),
                b -> b.allowMultiplicativeTrend(false), b -> b.additiveOnly(false), b -> b.restrict(true),
                b -> b.maxEvaluations(501), b -> b.simulationPaths(301), b -> b.seed(8));
        for (UnaryOperator<EtsSpec.Builder> change : changes) {
            EtsSpec t = change.apply(s.toBuilder()).build();
            assertNotEquals(s, t, t.toString());
        }
        assertEquals(s, s.toBuilder().seed(8).build().toBuilder().seed(7).build());
        assertEquals(EtsSpec.builder().model(EtsModel.parse("MAdM")).build(), EtsSpec.builder().model("MAdM").build());
        assertEquals(EtsSpec.defaults().withModel("AAdN"), EtsSpec.builder().model("AAdN").build());
        assertEquals("ZZZ", EtsSpec.defaults().withModel("AAdN").withModel("ZZZ").model());
        assertNull(EtsSpec.defaults().withModel("AAdN").withModel("ZZZ").damped());
    }

    @Test
    void boundArraysAreCopiedInAndOut() {
        double[] lower = {0.01, 0.02, 0.03, 0.85};
        EtsSpec.Builder b = EtsSpec.builder().lower(lower);
        lower[0] = 0.5;
        EtsSpec s = b.build();
        assertEquals(0.01, s.lower()[0], "the builder copied the array it was given");
        double[] upper = {0.9, 0.8, 0.7, 0.95};
        EtsSpec direct = new EtsSpec('A', 'N', 'N', false, InformationCriterion.AICC, Bounds.BOTH, lower.clone(),
                upper, false, false, true, 2000, 5000, 1L);
        upper[0] = 0.1;
        assertEquals(0.9, direct.upper()[0], "the constructor copied the array it was given");
        direct.upper()[1] = 0.0;
        s.lower()[3] = 0.0;
        assertEquals(0.8, direct.upper()[1], "upper() hands out a copy");
        assertEquals(0.85, s.lower()[3], "lower() hands out a copy");
    }

    @Test
    void theConstructorNamesTheBadComponentAndValue() {
        assertMessage("error must be one of A|M|Z, was 'N'", () -> new EtsSpec('N', 'Z', 'Z', null,
                InformationCriterion.AICC, Bounds.BOTH, new double[4], new double[4], false, false, true, 1, 100, 0));
        assertMessage("trend must be one of N|A|M|Z, was 'X'", () -> new EtsSpec('A', 'X', 'N', false,
                InformationCriterion.AICC, Bounds.BOTH, new double[4], new double[4], false, false, true, 1, 100, 0));
        assertMessage("season must be one of N|A|M|Z, was 'd'", () -> new EtsSpec('A', 'A', 'd', false,
                InformationCriterion.AICC, Bounds.BOTH, new double[4], new double[4], false, false, true, 1, 100, 0));
        assertMessage("damped = true needs a trend, but the trend is N",
                () -> EtsSpec.builder().model("ANN").damped(true).build());
        assertMessage("lower bounds are (alpha, beta, gamma, phi): four values, was 3 [0.1, 0.1, 0.1]",
                () -> EtsSpec.builder().lower(0.1, 0.1, 0.1).build());
        assertMessage("lower bound 0.5 exceeds upper bound 0.4 for alpha",
                () -> EtsSpec.builder().lower(0.5, 0, 0, 0.8).upper(0.4, 1, 1, 1).build());
        assertMessage("lower bound 0.99 exceeds upper bound 0.98 for phi",
                () -> EtsSpec.builder().lower(0, 0, 0, 0.99).build());
        assertMessage("lower bound NaN exceeds upper bound 0.9999 for gamma",
                () -> EtsSpec.builder().lower(0, 0, Double.NaN, 0.8).build());
        assertMessage("maxEvaluations must be at least 1, was 0", () -> EtsSpec.builder().maxEvaluations(0).build());
        assertMessage("simulationPaths must be at least 100, was 99",
                () -> EtsSpec.builder().simulationPaths(99).build());
        assertThrows(NullPointerException.class, () -> EtsSpec.builder().bounds(null).build());
        assertThrows(NullPointerException.class, () -> EtsSpec.builder().informationCriterion(null).build());
        assertThrows(NullPointerException.class, () -> EtsSpec.builder().upper((double[]) null).build());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertEquals(expected, e.getMessage());
    }

    private static List<Double> boxed(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }
}
