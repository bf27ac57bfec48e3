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

    /** The smallest modulus of the roots; +Inf when there are none. */
    static double minModulus(double[] c) {
        double min = Double.POSITIVE_INFINITY;
        for (Complex z : roots(c)) {
            min = Math.min(min, z.abs());
        }
        return min;
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
        for (Complex z : roots(c)) {
            if (!(z.abs() > 1)) {
                return false;
            }
        }
        return true;
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
