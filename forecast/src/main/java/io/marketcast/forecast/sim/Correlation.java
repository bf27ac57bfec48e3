package io.marketcast.forecast.sim;

import java.util.Arrays;

/**
 * A correlation matrix of the series' innovations and its Cholesky factor: the common market factor that makes
 * simulated series move together.
 *
 * <p>Invariants: symmetric, unit diagonal, entries in [-1, 1], positive semi-definite (checked by the
 * factorisation, with a tiny ridge for exactly singular matrices such as all-ones).
 */
public final class Correlation {

    private final double[][] matrix;
    private final double[][] cholesky;

    private Correlation(double[][] matrix) {
        int n = matrix.length;
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("correlation matrix must be square, row " + i + " has "
                        + matrix[i].length + " entries for " + n + " series");
            }
            if (matrix[i][i] != 1) {
                throw new IllegalArgumentException("correlation matrix diagonal must be 1, entry " + i + " is "
                        + matrix[i][i]);
            }
            for (int j = 0; j < n; j++) {
                double v = matrix[i][j];
                if (!(v >= -1 && v <= 1)) {
                    throw new IllegalArgumentException("correlation " + v + " at (" + i + "," + j
                            + ") is outside [-1, 1]");
                }
                if (Math.abs(v - matrix[j][i]) > 1e-12) {
                    throw new IllegalArgumentException("correlation matrix must be symmetric: (" + i + "," + j + ")="
                            + v + " but (" + j + "," + i + ")=" + matrix[j][i]);
                }
            }
        }
        this.matrix = copy(matrix);
        this.cholesky = factor(matrix);
    }

    /** Independent series. */
    public static Correlation identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return new Correlation(m);
    }

    /** Every pair correlated by {@code rho}: one common factor with loading sqrt(rho). */
    public static Correlation equal(int n, double rho) {
        if (n > 1 && !(rho >= -1.0 / (n - 1) && rho <= 1)) {
            throw new IllegalArgumentException("equal correlation " + rho + " is not valid for " + n
                    + " series (needs " + (-1.0 / (n - 1)) + " <= rho <= 1)");
        }
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(m[i], rho);
            m[i][i] = 1;
        }
        return new Correlation(m);
    }

    public static Correlation of(double[][] matrix) {
        return new Correlation(matrix);
    }

    /**
     * The sample correlation of residual columns (rows = time, NaN = missing; pairs use the rows both have),
     * shrunk towards the average correlation until it is positive definite.
     *
     * @param minOverlap pairs with fewer common rows get the average of the others
     */
    public static Correlation estimate(double[][] residualsByTime, int minOverlap) {
        int n = residualsByTime.length == 0 ? 0 : residualsByTime[0].length;
        double[][] m = new double[n][n];
        double sum = 0;
        int pairs = 0;
        boolean[][] missing = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < n; j++) {
                double r = pairCorrelation(residualsByTime, i, j, minOverlap);
                if (Double.isNaN(r)) {
                    missing[i][j] = true;
                } else {
                    m[i][j] = m[j][i] = r;
                    sum += r;
                    pairs++;
                }
            }
        }
        double avg = pairs == 0 ? 0 : sum / pairs;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (missing[i][j]) {
                    m[i][j] = m[j][i] = avg;
                }
            }
        }
        for (double w = 0; w <= 1.0001; w += 0.05) {
            double[][] t = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    t[i][j] = i == j ? 1 : (1 - w) * m[i][j] + w * avg;
                }
            }
            try {
                return new Correlation(t);
            } catch (IllegalArgumentException notPositiveDefinite) {
                // shrink further
            }
        }
        return identity(n);
    }

    private static double pairCorrelation(double[][] rows, int i, int j, int minOverlap) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        int k = 0;
        for (double[] r : rows) {
            double x = r[i];
            double y = r[j];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
            k++;
        }
        if (k < Math.max(3, minOverlap)) {
            return Double.NaN;
        }
        double cov = sxy - sx * sy / k;
        double vx = sxx - sx * sx / k;
        double vy = syy - sy * sy / k;
        if (vx <= 0 || vy <= 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
    }

    private static double[][] factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (s < -1e-10) {
                        throw new IllegalArgumentException("correlation matrix is not positive semi-definite");
                    }
                    l[i][i] = Math.sqrt(Math.max(s, 0));
                } else {
                    l[i][j] = l[j][j] > 1e-12 ? s / l[j][j] : 0;
                }
            }
        }
        return l;
    }

    public int size() {
        return matrix.length;
    }

    public double get(int i, int j) {
        return matrix[i][j];
    }

    public double[][] matrix() {
        return copy(matrix);
    }

    /** {@code out = L·z}: independent standard normals in, correlated ones out. */
    void correlate(double[] z, double[] out) {
        int n = cholesky.length;
        for (int i = 0; i < n; i++) {
            double[] row = cholesky[i];
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += row[k] * z[k];
            }
            out[i] = s;
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
