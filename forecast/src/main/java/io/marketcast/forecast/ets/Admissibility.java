package io.marketcast.forecast.ets;

/**
 * The admissible (forecastable) region of ETS parameters, as R forecast's {@code admissible()} (Hyndman, Akram &
 * Archibald 2008; Hyndman et al. 2008, ch. 10): closed-form conditions for non-seasonal models; for seasonal models
 * the easy necessary conditions and then the roots of the characteristic polynomial
 * {@code z^(m+1) + (alpha+beta-phi) z^m + (alpha+beta-alpha phi) (z^(m-1) + ... + z^2)
 * + (alpha+beta-alpha phi+gamma-1) z + phi (1-alpha-gamma)}, all of modulus at most {@code 1 + 1e-10}.
 *
 * <p>R finds the roots with {@code polyroot}; here the same question is answered without roots by the Schur–Cohn
 * step-down test on the polynomial scaled to radius {@code 1 + 1e-10}, which is exact up to rounding. Without a
 * trend and damping the polynomial has the exact root {@code z = 1}, which is divided out first. Close to the
 * boundary (roots within about 1e-9 of the unit circle) both R's root finder and this test are at the mercy of
 * rounding and may disagree.
 */
final class Admissibility {

    static final double ROOT_TOLERANCE = 1e-10;

    private Admissibility() {
    }

    /**
     * Whether the parameters are admissible.
     *
     * @param beta        0 without a trend
     * @param gamma       ignored unless {@code seasonal}
     * @param phi         1 when undamped
     * @param hasBeta     whether the model has a trend (beta estimated or given)
     * @param seasonal    whether the model has a season (gamma estimated or given)
     * @param m           seasonal period (used only when seasonal)
     */
    static boolean admissible(double alpha, double beta, double gamma, double phi, boolean hasBeta,
            boolean seasonal, int m) {
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (!seasonal) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            if (hasBeta && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha))) {
                return false;
            }
            return true;
        }
        if (m <= 1) {
            return true;
        }
        double b = hasBeta ? beta : 0.0;
        double d = 1 - 1 / phi - alpha;
        if (gamma < Math.max(d, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (b < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        // coefficients from the highest power down: c[0] z^(m+1) + ... + c[m+1]
        double[] c = new double[m + 2];
        c[0] = 1;
        c[1] = alpha + b - phi;
        for (int i = 0; i < m - 2; i++) {
            c[2 + i] = alpha + b - alpha * phi;
        }
        c[m] = alpha + b - alpha * phi + gamma - 1;
        c[m + 1] = phi * (1 - alpha - gamma);
        if (b == 0 && phi == 1) {
            // then z = 1 is an exact root (P(1) = m beta); divide it out so that rounding near the unit circle
            // does not decide the test
            double[] q = new double[m + 1];
            q[0] = c[0];
            for (int i = 1; i <= m; i++) {
                q[i] = c[i] + q[i - 1];
            }
            return rootsWithin(q, 1 + ROOT_TOLERANCE);
        }
        return rootsWithin(c, 1 + ROOT_TOLERANCE);
    }

    /**
     * Whether every root of {@code c[0] z^n + c[1] z^(n-1) + ... + c[n]} has modulus below {@code radius}
     * (Schur–Cohn step-down on {@code p(radius w)}). {@code c[0]} must be non-zero. The array is not modified.
     */
    static boolean rootsWithin(double[] c, double radius) {
        int n = c.length - 1;
        double[] a = new double[n + 1];
        // p(r w) = sum_k c[k] r^(n-k) w^(n-k); normalise so the leading coefficient is 1
        double scale = 1.0;
        for (int k = n; k >= 0; k--) {
            a[k] = c[k] * scale / (c[0] * Math.pow(radius, n));
            scale *= radius;
        }
        for (int deg = n; deg >= 1; deg--) {
            double k = a[deg] / a[0];
            if (!(Math.abs(k) < 1)) {
                return false;
            }
            double denom = 1 - k * k;
            double[] next = new double[deg];
            for (int i = 0; i < deg; i++) {
                next[i] = (a[i] - k * a[deg - i]) / denom;
            }
            a = next;
        }
        return true;
    }
}
