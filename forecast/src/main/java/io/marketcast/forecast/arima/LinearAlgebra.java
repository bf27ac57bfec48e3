package io.marketcast.forecast.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/** R's {@code solve}: LU with partial pivoting, refused when the reciprocal condition number is below eps. */
final class LinearAlgebra {

    private LinearAlgebra() {
    }

    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] eye = new double[n][n];
        for (int i = 0; i < n; i++) {
            eye[i][i] = 1;
        }
        return solve(a, eye);
    }

    /** Solves {@code a x = b}. */
    static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        if (n == 0) {
            return new double[0][0];
        }
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new ArimaEstimator.ArimaException("non-finite Hessian");
                }
            }
        }
        RealMatrix m = new Array2DRowRealMatrix(a, false);
        DecompositionSolver s;
        RealMatrix inv;
        try {
            s = new LUDecomposition(m, 0.0).getSolver();
            inv = s.getInverse();
        } catch (SingularMatrixException e) {
            throw new ArimaEstimator.ArimaException("Lapack routine dgesv: system is exactly singular");
        }
        double rcond = 1 / (m.getNorm() * inv.getNorm());
        if (!(rcond >= Math.ulp(1.0))) {
            throw new ArimaEstimator.ArimaException("system is computationally singular: reciprocal condition number = "
                    + rcond);
        }
        return s.solve(new Array2DRowRealMatrix(b, false)).getData();
    }

    /** {@code t(a) %*% b}. */
    static double[][] crossprod(double[][] a, double[][] b) {
        int n = a.length == 0 ? 0 : a[0].length;
        int k = b.length == 0 ? 0 : b[0].length;
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int r = 0; r < a.length; r++) {
                    s += a[r][i] * b[r][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }
}
