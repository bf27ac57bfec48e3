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
     * @param work        scratch of {@link #workSize(int) workSize(m)} elements, or null
     */
    static boolean admissible(double alpha, double beta, double gamma, double phi, boolean hasBeta,
            boolean seasonal, int m, double[] work) {
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
        double[] w = work != null && work.length >= workSize(m) ? work : new double[workSize(m)];
        // coefficients from the highest power down: c[0] z^(m+1) + ... + c[m+1], in w[0 .. m+1]
        double[] c = w;
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
            // synthetic division in place: q[i] = c[i] + q[i-1]
            for (int i = 1; i <= m; i++) {
                c[i] += c[i - 1];
            }
            return rootsWithin(c, m, 1 + ROOT_TOLERANCE, w, m + 2);
        }
        return rootsWithin(c, m + 1, 1 + ROOT_TOLERANCE, w, m + 2);
    }

    /** Scratch size {@link #admissible} needs for period {@code m}. */
    static int workSize(int m) {
        return 2 * (m + 2);
    }

    /**
     * Whether every root of {@code c[0] z^n + c[1] z^(n-1) + ... + c[n]} has modulus below {@code radius}
     * (Schur–Cohn step-down on {@code p(radius w)}). {@code c[0]} must be non-zero. The array is not modified.
     */
    static boolean rootsWithin(double[] c, double radius) {
        int n = c.length - 1;
        double[] w = new double[2 * (n + 1)];
        System.arraycopy(c, 0, w, 0, n + 1);
        return rootsWithin(w, n, radius, w, n + 1);
    }

    /**
     * The same test on the degree-{@code n} polynomial in {@code c[0..n]}, using {@code w[off .. off+n]} as scratch
     * ({@code c} may be {@code w}; {@code c[0..n]} is overwritten).
     */
    private static boolean rootsWithin(double[] c, int n, double radius, double[] w, int off) {
        // p(r w) = sum_k c[k] r^(n-k) w^(n-k)
        double scale = 1.0;
        for (int k = n; k >= 0; k--) {
            c[k] *= scale;
            scale *= radius;
        }
        // Schur transform without divisions: (a0 p - a_deg p*)/z, rescaled by a power of two (exact) each step.
        // All roots lie inside the unit circle iff |a_deg| < |a0| at every step.
        double[] a = c;
        int ao = 0;
        double[] b = w;
        int bo = off;
        for (int deg = n; deg >= 1; deg--) {
            double a0 = a[ao];
            double ad = a[ao + deg];
            if (!(Math.abs(ad) < Math.abs(a0))) {
                return false;
            }
            for (int i = 0; i < deg; i++) {
                b[bo + i] = a0 * a[ao + i] - ad * a[ao + deg - i];
            }
            int e = Math.getExponent(b[bo]);
            if (e > 64 || e < -64) {
                for (int i = 0; i < deg; i++) {
                    b[bo + i] = Math.scalb(b[bo + i], -e);
                }
            }
            double[] ta = a;
            int to = ao;
            a = b;
            ao = bo;
            b = ta;
            bo = to;
        }
        return true;
    }
}
