package io.marketcast.forecast.growth;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * {@code σ²·(JᵀJ)⁻¹} from a Householder QR of the column-scaled Jacobian (never forming {@code JᵀJ}), as NIST's
 * certified standard deviations are defined. Singular when a scaled diagonal of R falls below
 * {@value #RANK_TOLERANCE}.
 */
final class Covariance {

    static final double RANK_TOLERANCE = 1e-11;

    private Covariance() {
    }

    /** The covariance, or null when the Jacobian is rank-deficient. */
    static double[][] of(double[][] jac, double sigma2) {
        int n = jac.length;
        int k = jac[0].length;
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (double[] row : jac) {
                s += row[j] * row[j];
            }
            norm[j] = Math.sqrt(s);
            if (!(norm[j] > 0) || !Double.isFinite(norm[j])) {
                return null;
            }
        }
        double[][] scaled = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                scaled[i][j] = jac[i][j] / norm[j];
            }
        }
        RealMatrix r = new QRDecomposition(new Array2DRowRealMatrix(scaled, false)).getR();
        double[][] rinv = new double[k][k];
        for (int j = 0; j < k; j++) {
            if (!(Math.abs(r.getEntry(j, j)) > RANK_TOLERANCE)) {
                return null;
            }
        }
        // Invert the upper-triangular R column by column.
        for (int c = 0; c < k; c++) {
            rinv[c][c] = 1 / r.getEntry(c, c);
            for (int i = c - 1; i >= 0; i--) {
                double s = 0;
                for (int m = i + 1; m <= c; m++) {
                    s += r.getEntry(i, m) * rinv[m][c];
                }
                rinv[i][c] = -s / r.getEntry(i, i);
            }
        }
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int m = Math.max(i, j); m < k; m++) {
                    s += rinv[i][m] * rinv[j][m];
                }
                cov[i][j] = sigma2 * s / (norm[i] * norm[j]);
            }
        }
        return cov;
    }
}
