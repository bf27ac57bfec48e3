package io.marketcast.forecast.arima;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact gradient of auto.arima's search objective ({@link ArimaEstimator.SearchLikelihood}: reverse-mode through
 * the Chandrasekhar filter, Q0's first column, the seasonal products, the AR parts' transformation and the
 * constant) against central differences of the objective itself, Richardson-extrapolated from steps 1e-4 and 2e-4
 * (error O(h⁴) ≈ 1e-16 relative; rounding ≈ 1e-12 / 1e-4): every component to 1e-6 of the gradient's largest. On M3
 * series (yearly N0001, quarterly N0700, monthly N1500) at 20 points each: all ARMA coefficients 0 (a derivative
 * at a zero coefficient is not 0), then random ones (seed 20261203, fixed draws),
 * for orders that take each path: r = 1, pure MA (Q0 by R's getQ0), seasonal AR with p > 12 (Q0 by the step-down,
 * its adjoint by the system), mean and drift.
 */
class SearchGradientTest {

    @ParameterizedTest(name = "{0} ({1},{2},{3})({4},{5},{6}){7} constant={8}")
    @CsvSource({
        "N0001, 1, 0, 0, 0, 0, 0, 1, true",
        "N0001, 2, 1, 2, 0, 0, 0, 1, true",
        "N0001, 0, 1, 3, 0, 0, 0, 1, false",
        "N0001, 5, 0, 1, 0, 0, 0, 1, true",
        "N0700, 2, 1, 1, 1, 1, 1, 4, false",
        "N0700, 1, 0, 2, 2, 0, 1, 4, true",
        "N0700, 0, 1, 1, 0, 1, 1, 4, false",
        "N1500, 1, 0, 1, 2, 1, 1, 12, false",
        "N1500, 2, 1, 0, 1, 0, 0, 12, true",
        "N1500, 0, 1, 1, 0, 1, 2, 12, false",
        "N1500, 3, 0, 2, 1, 0, 1, 12, true"})
    void gradientIsTheObjectivesDerivative(String id, int p, int d, int q, int sp, int sd, int sq, int m,
            boolean constant) {
        ArimaOrder o = new ArimaOrder(p, d, q, sp, sd, sq, m);
        double[] x = ArimaRReferenceTest.M3.get(id).train();
        boolean withConstant = constant && d + sd <= 1;
        int narma = o.narma();
        int npar = narma + (withConstant ? 1 : 0);
        double[] xreg = null;
        double scale = 1;
        if (withConstant) {
            xreg = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                xreg[t] = d + sd == 0 ? 1 : t + 1;
            }
            double mean = 0;
            for (double v : x) {
                mean += v;
            }
            scale = Math.abs(mean / x.length) * (d + sd == 0 ? 1 : 0.01);
        }
        boolean[] mask = new boolean[npar];
        java.util.Arrays.fill(mask, true);
        ArimaEstimator.SearchLikelihood f = new ArimaEstimator.SearchLikelihood(x, xreg, o, new double[npar], mask,
                true);
        SplittableRandom rnd = new SplittableRandom(20261203L + id.hashCode() + 31 * o.hashCode());
        int checked = 0;
        for (int trial = 0; trial < 20; trial++) {
            double[] par = new double[npar];
            for (int i = 0; i < narma; i++) {   // the first point all zeros: where the search starts without CSS
                par[i] = trial == 0 ? 0 : rnd.nextDouble(-0.8, 0.8);   // AR parts unconstrained (tanh)
            }
            if (withConstant) {
                par[narma] = scale * rnd.nextDouble(0.5, 1.5);
            }
            double value = f.applyAsDouble(par);
            if (!Double.isFinite(value)) {
                continue;
            }
            double[] g = new double[npar];
            assertTrue(f.gradient(par, g), "the fast filter ran");
            double worst = 0;
            double size = 0;
            for (int i = 0; i < npar; i++) {
                double h = 1e-4 * (i == narma && withConstant ? scale : 1);
                double d1 = central(f, par, i, h);
                double d2 = central(f, par, i, 2 * h);
                double ref = (4 * d1 - d2) / 3;
                worst = Math.max(worst, Math.abs(ref - g[i]) * (i == narma && withConstant ? scale : 1));
                size = Math.max(size, Math.abs(ref) * (i == narma && withConstant ? scale : 1));
            }
            assertEquals(0, worst / Math.max(size, 1e-3), 1e-6, id + " " + o + " at trial " + trial);
            checked++;
        }
        assertTrue(checked >= 15, "points with a finite objective: " + checked);
    }

    private static double central(ArimaEstimator.SearchLikelihood f, double[] par, int i, double h) {
        double[] up = par.clone();
        double[] down = par.clone();
        up[i] += h;
        down[i] -= h;
        return (f.applyAsDouble(up) - f.applyAsDouble(down)) / (2 * h);
    }
}
