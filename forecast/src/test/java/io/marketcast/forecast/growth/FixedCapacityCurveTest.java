package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixedCapacityCurveTest {

    private final GrowthCurve logistic = Curves.byName("logistic");

    @Test
    void valueAndGradientAreTheBaseCurvesWithoutTheCapacity() {
        FixedCapacityCurve c = new FixedCapacityCurve(logistic, 500);
        assertEquals(List.of("r", "t0"), c.parameterNames());
        double[] p = {0.3, 10};
        double[] full = {500, 0.3, 10};
        double[] g = new double[2];
        double[] gFull = new double[3];
        for (double t = 1; t <= 20; t++) {
            assertEquals(logistic.value(t, full), c.value(t, p), 0.0);
            c.gradient(t, p, g);
            logistic.gradient(t, full, gFull);
            assertArrayEquals(new double[] {gFull[1], gFull[2]}, g, 0.0);
        }
    }

    @Test
    void fittingWithTheTrueCapacityRecoversTheOtherParameters() {
        double[] t = new double[24];
        double[] y = new double[24];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 1;
            y[i] = logistic.value(t[i], new double[] {800, 0.25, 18}) * Math.exp(0.01 * Math.sin(3.7 * i));
        }
        GrowthFit fit = GrowthFitter.fit(GrowthSpec.of(new FixedCapacityCurve(logistic, 800))
                .withError(ErrorModel.MULTIPLICATIVE), t, y);
        assertTrue(fit.usable(), fit.diagnostics().toString());
        assertEquals(0.25, fit.estimate(0), 0.01);
        assertEquals(18, fit.estimate(1), 0.3);
        assertEquals(2, fit.estimates().length);
    }

    @Test
    void curvesWithoutACapacityCannotBeFixed() {
        assertThrows(IllegalArgumentException.class, () -> new FixedCapacityCurve(Curves.byName("exponential"), 10));
        assertThrows(IllegalArgumentException.class, () -> new FixedCapacityCurve(logistic, -1));
    }
}
