package io.marketcast.bench.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.marketcast.forecast.theta.Theta;
import org.junit.jupiter.api.Test;

class ThetaVariantsTest {

    /** The harness's {@code thetaf} core with the M3 seasonal rule is the registered {@code theta}. */
    @Test
    void thetafVariantReproducesTheta() {
        double[] y = new double[48];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 + 2 * t + 15 * Math.sin(2 * Math.PI * t / 12) + 3 * Math.cos(1.7 * t);
        }
        double[] expected = new Theta().forecast(y, 12, 18).mean();
        double[] got = ThetaVariants.parse("seas=r90,core=thetaf").f(y, 12, 18);
        assertArrayEquals(expected, got, 1e-9);
        double[] yearly = {10, 12, 11, 15, 14, 18, 17, 21, 20, 23, 25, 24, 28, 27};
        assertArrayEquals(new Theta().forecast(yearly, 1, 6).mean(),
                ThetaVariants.parse("core=thetaf").f(yearly, 1, 6), 1e-9);
    }

    /**
     * Theta lines on {@code x_t = t}, {@code t = 1..10}: the θ=0 line is {@code x} itself and so is the θ=2 line
     * ({@code 2x − x}). SES with {@code ℓ_0 = z_1} on a line of slope 1 lags it by {@code (1−α)/α·(1 − (1−α)^{t−1})};
     * the SSE falls as α grows, so the 0.1 grid picks α = 0.9 and the forecast is
     * {@code 0.5·(10 + h) + 0.5·(10 − (0.1/0.9)·(1 − 0.1^9))}.
     */
    @Test
    void thetaLinesOnAStraightLine() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] f = ThetaVariants.parse("core=lines,l0=y1,grid=g0.1").f(x, 1, 3);
        double level = 10 - (0.1 / 0.9) * (1 - Math.pow(0.1, 9));
        for (int h = 1; h <= 3; h++) {
            assertEquals(0.5 * (10 + h) + 0.5 * level, f[h - 1], 1e-12);
        }
    }

    /** θ = 2 line of a hand-computable series: OLS line 2 + 1.1·t, residuals doubled, SES with α = 0.5. */
    @Test
    void thetaTwoLineDoublesTheResiduals() {
        double[] x = {3, 5, 4, 7}; // OLS on t = 1..4: slope 5.5 / 5 = 1.1, intercept 4.75 − 1.1·2.5 = 2
        double[] ab = ThetaVariants.ols(x);
        assertEquals(2.0, ab[0], 1e-12);
        assertEquals(1.1, ab[1], 1e-12);
        // The grid of step 0.5 holds only α = 0.5. θ=2 line z = 2x − (2 + 1.1t) = {2.9, 5.8, 2.7, 7.6};
        // SES with ℓ_0 = z_1: 2.9, 4.35, 3.525, 5.5625.
        double[] f = ThetaVariants.core(x, 2, "lines", "y1", "g0.5");
        assertEquals(0.5 * (2 + 1.1 * 5) + 0.5 * 5.5625, f[0], 1e-12);
        assertEquals(0.5 * (2 + 1.1 * 6) + 0.5 * 5.5625, f[1], 1e-12);
        // The general θ line with θ = 2 is the same construction.
        assertArrayEquals(f, ThetaVariants.core(x, 2, "theta2", "y1", "g0.5"), 1e-12);
    }
}
