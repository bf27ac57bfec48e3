package io.marketcast.forecast.arima;

import org.apache.commons.math3.analysis.solvers.LaguerreSolver;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/** Roots of the AR and MA polynomials: R's polyroot uses, the stationarity check and MA inversion. */
final class Polynomials {

    private Polynomials() {
    }

    /** The complex roots of {@code c[0] + c[1] z + ... + c[k] z^k}, trailing zeros dropped. */
    static Complex[] roots(double[] c) {
        int k = c.length - 1;
        while (k > 0 && c[k] == 0) {
            k--;
        }
        if (k == 0) {
            return new Complex[0];
        }
        double[] coef = java.util.Arrays.copyOf(c, k + 1);
        if (k == 1) {
            return new Complex[] {new Complex(-coef[0] / coef[1], 0)};
        }
        try {
            return companionEigenvalues(coef);
        } catch (RuntimeException e) {
            return new LaguerreSolver(1e-12, 1e-12).solveAllComplex(coef, 0.0, 100_000);
        }
    }

    /** The roots as the eigenvalues of the companion matrix (balanced QR through Commons Math). */
    private static Complex[] companionEigenvalues(double[] coef) {
        int k = coef.length - 1;
        double[][] c = new double[k][k];
        for (int j = 0; j < k; j++) {
            c[0][j] = -coef[k - 1 - j] / coef[k];
        }
        for (int i = 1; i < k; i++) {
            c[i][i - 1] = 1;
        }
        EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(c, false));
        double[] re = e.getRealEigenvalues();
        double[] im = e.getImagEigenvalues();
        Complex[] out = new Complex[k];
        for (int i = 0; i < k; i++) {
            out[i] = new Complex(re[i], im[i]);
        }
        return out;
    }

    /**
     * Whether every root of {@code c[0] + c[1] z + ... + c[k] z^k} ({@code c[0]} non-zero) lies outside the circle
     * of the given radius — the questions R answers with {@code polyroot}, answered without the roots: the
     * polynomial in w = z / radius is written 1 - φ_1 w - ... - φ_k w^k and stepped down (the inverse
     * Durbin–Levinson recursion, Schur–Cohn's test); its roots are all outside the unit circle exactly when every
     * partial autocorrelation φ_mm so found is below 1 in modulus. O(k²), where the roots cost an eigenvalue
     * problem of the k × k companion matrix; the roots are asked only where the recursion would amplify rounding by
     * more than 1e8 (roots crowding the circle: high degree, all near it).
     */
    static boolean rootsOutside(double[] c, double radius) {
        int k = c.length - 1;
        while (k > 0 && c[k] == 0) {
            k--;
        }
        if (k == 0) {
            return true;
        }
        double[] phi = new double[k + 1];
        double scale = 1;
        for (int j = 1; j <= k; j++) {
            scale *= radius;
            phi[j] = -c[j] * scale / c[0];
        }
        double[] next = new double[k + 1];
        double conditioning = 1;
        for (int m = k; m >= 1; m--) {
            double kappa = phi[m];
            double den = 1 - kappa * kappa;
            conditioning *= Math.abs(den);
            if (!(conditioning > 1e-8)) {
                break;   // the recursion amplifies rounding by 1 / Π(1 - φ_mm²): ask the roots instead
            }
            if (!(Math.abs(kappa) < 1)) {
                return false;
            }
            for (int j = 1; j < m; j++) {
                next[j] = (phi[j] + kappa * phi[m - j]) / den;
            }
            System.arraycopy(next, 1, phi, 1, m - 1);
            if (m == 1) {
                return true;
            }
        }
        for (Complex z : roots(c)) {
            if (!(z.abs() > radius)) {
                return false;
            }
        }
        return true;
    }

    /** R's arCheck: all roots of {@code 1 - ar1 z - ...} outside the unit circle. */
    static boolean arStationary(double[] ar, int from, int len) {
        int p = -1;
        for (int i = 0; i < len; i++) {
            if (ar[from + i] != 0) {
                p = i;
            }
        }
        if (p < 0) {
            return true;
        }
        double[] c = new double[p + 2];
        c[0] = 1;
        for (int i = 0; i <= p; i++) {
            c[i + 1] = -ar[from + i];
        }
        return rootsOutside(c, 1);
    }

    /** R's maInvert: reflects roots of {@code 1 + ma1 z + ...} inside the unit circle to outside. */
    static void maInvert(double[] coef, int from, int q) {
        int q0 = -1;
        for (int i = 0; i < q; i++) {
            if (coef[from + i] != 0) {
                q0 = i;
            }
        }
        q0++;
        if (q0 == 0) {
            return;
        }
        double[] c = new double[q0 + 1];
        c[0] = 1;
        for (int i = 0; i < q0; i++) {
            c[i + 1] = coef[from + i];
        }
        if (rootsOutside(c, 1)) {
            return;   // no root inside the unit circle (R: all(!ind)); the roots only when there is one to reflect
        }
        Complex[] roots = roots(c);
        boolean any = false;
        for (Complex z : roots) {
            any |= z.abs() < 1;
        }
        if (!any) {
            return;
        }
        if (q0 == 1) {
            coef[from] = 1 / coef[from];
            for (int i = 1; i < q; i++) {
                coef[from + i] = 0;
            }
            return;
        }
        Complex[] x = {Complex.ONE};
        for (Complex z : roots) {
            Complex r = z.abs() < 1 ? Complex.ONE.divide(z) : z;
            Complex[] nx = new Complex[x.length + 1];
            for (int i = 0; i < nx.length; i++) {
                Complex left = i < x.length ? x[i] : Complex.ZERO;
                Complex right = i > 0 ? x[i - 1].divide(r) : Complex.ZERO;
                nx[i] = left.subtract(right);
            }
            x = nx;
        }
        for (int i = 0; i < q; i++) {
            coef[from + i] = i < q0 ? x[i + 1].getReal() : 0;
        }
    }
}
