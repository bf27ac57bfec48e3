package io.marketcast.forecast.growth;

/**
 * {@code σ²·(JᵀJ)⁻¹} from a Householder QR of the column-scaled Jacobian (never forming {@code JᵀJ}), as NIST's
 * certified standard deviations are defined (Golub &amp; Van Loan, <i>Matrix Computations</i>, §5.2). Singular when
 * a diagonal of R (columns scaled to unit norm) falls below {@value #RANK_TOLERANCE}.
 */
final class Covariance {

    static final double RANK_TOLERANCE = 1e-11;

    private Covariance() {
    }

    /** The covariance, or null when the Jacobian is rank-deficient. */
    static double[][] of(double[][] jac, double sigma2) {
        int n = jac.length;
        int k = jac[0].length;
        if (n < k) {
            return null;
        }
        // a[j] is column j, scaled to unit norm.
        double[][] a = new double[k][n];
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                a[j][i] = jac[i][j];
                s += jac[i][j] * jac[i][j];
            }
            norm[j] = Math.sqrt(s);
            if (!(norm[j] > 0) || !Double.isFinite(norm[j])) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                a[j][i] /= norm[j];
            }
        }
        double[][] r = new double[k][k];
        for (int j = 0; j < k; j++) {
            double[] v = a[j];
            double s = 0;
            for (int i = j; i < n; i++) {
                s += v[i] * v[i];
            }
            double alpha = v[j] > 0 ? -Math.sqrt(s) : Math.sqrt(s);
            r[j][j] = alpha;
            if (!(Math.abs(alpha) > RANK_TOLERANCE)) {
                return null;
            }
            // Householder vector u = v - alpha·e_j over rows j..n-1; reflect the remaining columns.
            v[j] -= alpha;
            double uu = s - 2 * alpha * (v[j] + alpha) + alpha * alpha;
            for (int c = j + 1; c < k; c++) {
                double[] w = a[c];
                double d = 0;
                for (int i = j; i < n; i++) {
                    d += v[i] * w[i];
                }
                double f = 2 * d / uu;
                for (int i = j; i < n; i++) {
                    w[i] -= f * v[i];
                }
                r[j][c] = w[j];
            }
        }
        double[][] rinv = new double[k][k];
        for (int c = 0; c < k; c++) {
            rinv[c][c] = 1 / r[c][c];
            for (int i = c - 1; i >= 0; i--) {
                double s = 0;
                for (int m = i + 1; m <= c; m++) {
                    s += r[i][m] * rinv[m][c];
                }
                rinv[i][c] = -s / r[i][i];
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
