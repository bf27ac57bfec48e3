package io.marketcast.forecast.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One contract for every registered curve: gradient, constraints, starts, recovery of known parameters. */
class CurveContractTest {

    /** Parameters of a revenue-like curve per name, over t = 1..24 quarters. */
    static final Map<String, double[]> TRUTH = Map.of(
            "linear", new double[] {500, 120},
            "exponential", new double[] {800, 0.08},
            "logistic", new double[] {6000, 0.25, 14},
            "gompertz", new double[] {7000, 0.15, 12},
            "richards", new double[] {6000, 0.3, 14, 2.0},
            "monomolecular", new double[] {5000, 0.07},
            "bass", new double[] {60000, 0.01, 0.3});

    static Stream<Arguments> curves() {
        return Curves.all().stream().map(c -> Arguments.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void analyticGradientMatchesCentralDifferences(String name, GrowthCurve c) {
        double[] p = TRUTH.get(name);
        double[] g = new double[p.length];
        for (double t : new double[] {0.5, 3, 11, 20, 60}) {
            double f = c.gradient(t, p, g);
            assertEquals(c.value(t, p), f, 1e-12 * Math.abs(f), "gradient returns the value");
            for (int j = 0; j < p.length; j++) {
                double h = 1e-6 * Math.max(Math.abs(p[j]), 1e-3);
                double[] up = p.clone();
                double[] dn = p.clone();
                up[j] += h;
                dn[j] -= h;
                double numeric = (c.value(t, up) - c.value(t, dn)) / (2 * h);
                double scale = Math.max(Math.abs(numeric), Math.abs(f) / Math.max(Math.abs(p[j]), 1e-3));
                assertEquals(numeric, g[j], 1e-5 * scale, name + " ∂f/∂" + c.parameterNames().get(j) + " at t=" + t);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void describesEveryParameter(String name, GrowthCurve c) {
        assertEquals(TRUTH.get(name).length, c.parameterCount());
        assertEquals(c.parameterCount(), c.parameterMeanings().size());
        assertTrue(c.violations(TRUTH.get(name)).isEmpty(), "the test truth is admissible");
        assertFalse(c.formula().isBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("curves")
    void dataDrivenStartsRecoverTheCurveFromNoisyRevenue(String name, GrowthCurve c) {
        double[] p = TRUTH.get(name);
        int n = 24;
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i + 1;
            y[i] = c.value(t[i], p) * Math.exp(0.01 * Math.sin(12.9898 * (i + 1)));
        }
        assertFalse(c.startCandidates(t, y).isEmpty());
        GrowthFit f = GrowthFitter.fit(GrowthSpec.of(c), t, y);
        assertTrue(f.converged(), f.toString());
        for (int j = 0; j < p.length; j++) {
            double se = f.stdErrors().orElseThrow()[j];
            assertEquals(p[j], f.estimate(j), Math.max(4 * se, 0.05 * Math.abs(p[j])),
                    name + " " + c.parameterNames().get(j) + " (" + f + ")");
        }
        assertEquals(0.01 / Math.sqrt(2), f.sigma(), 0.002, "residual sd on the log scale: the noise RMS");
    }

    @Test
    void aMisspeltNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Curves.byName("logistc"));
        assertEquals("unknown growth curve 'logistc' (valid: linear, exponential, logistic, gompertz, richards,"
                + " monomolecular, bass)", e.getMessage());
        assertEquals("gompertz", Curves.byName("Gompertz").name());
    }

    @Test
    void curvesDoNotOverflowFarFromTheirMidpoint() {
        for (GrowthCurve c : Curves.all()) {
            double[] p = TRUTH.get(c.name());
            double[] g = new double[p.length];
            for (double t : new double[] {-500, 500}) {
                double f = c.gradient(t, p, g);
                if (c.capacityIndex() >= 0 && !c.name().equals("monomolecular") && !c.name().equals("bass")) {
                    assertTrue(Double.isFinite(f), c.name() + " at " + t);
                    for (double v : g) {
                        assertTrue(Double.isFinite(v), c.name() + " gradient at " + t);
                    }
                }
            }
        }
    }
}
