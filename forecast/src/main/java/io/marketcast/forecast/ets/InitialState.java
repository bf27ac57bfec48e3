package io.marketcast.forecast.ets;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Starting values of the free initial states, R forecast's {@code initstate} heuristic (Hyndman et al. 2008,
 * sec. 2.6.1): seasonal indices from a classical decomposition (or, with fewer than three seasons of data, from a
 * regression on a trend and one Fourier pair), then level and growth from a straight line through the first
 * {@code max(10, 2m)} seasonally adjusted values.
 *
 * <p>Returns {@code (l, [b], [s_0..s_{m-2}])} where {@code s_0} is the seasonal of observation {@code m} and
 * {@code s_{m-2}} that of observation 2; the seasonal of observation 1 is implied by the normalisation.
 */
final class InitialState {

    private InitialState() {
    }

    static double[] of(double[] y, Component trend, Component season, int m) {
        int n = y.length;
        double[] seasonalIdx = null;
        double[] ysa;
        int mm = 1;
        if (season != Component.NONE) {
            mm = m;
            if (n < 4) {
                throw new IllegalArgumentException("not enough data for a seasonal model: " + n + " values");
            }
            double[] seas;
            if (n < 3 * m) {
                seas = fourierSeasonal(y, m, season == Component.MULTIPLICATIVE);
            } else {
                seas = decompose(y, m, season == Component.MULTIPLICATIVE);
            }
            seasonalIdx = new double[m - 1];
            for (int i = 0; i < m - 1; i++) {
                seasonalIdx[i] = seas[m - 1 - i]; // rev(seasonal[2:m])
            }
            ysa = new double[n];
            if (season == Component.ADDITIVE) {
                for (int t = 0; t < n; t++) {
                    ysa[t] = y[t] - seas[t];
                }
            } else {
                double sum = 0;
                for (int i = 0; i < m - 1; i++) {
                    seasonalIdx[i] = Math.max(seasonalIdx[i], 1e-2);
                    sum += seasonalIdx[i];
                }
                if (sum > m) {
                    double denom = sum + 1e-2 * (m - 1);
                    for (int i = 0; i < m - 1; i++) {
                        seasonalIdx[i] /= denom;
                    }
                }
                for (int t = 0; t < n; t++) {
                    ysa[t] = y[t] / Math.max(seas[t], 1e-2);
                }
            }
        } else {
            ysa = y;
        }
        int maxn = Math.min(Math.max(10, 2 * mm), n);
        double l0;
        double b0 = Double.NaN;
        if (trend == Component.NONE) {
            double s = 0;
            for (int t = 0; t < maxn; t++) {
                s += ysa[t];
            }
            l0 = s / maxn;
        } else {
            double[] ab = line(ysa, maxn);
            if (trend == Component.ADDITIVE) {
                l0 = ab[0];
                b0 = ab[1];
                if (Math.abs(l0 + b0) < 1e-8) {
                    l0 = l0 * (1 + 1e-3);
                    b0 = b0 * (1 - 1e-3);
                }
            } else {
                l0 = ab[0] + ab[1];
                if (Math.abs(l0) < 1e-8) {
                    l0 = 1e-7;
                }
                b0 = (ab[0] + 2 * ab[1]) / l0;
                l0 = l0 / b0;
                if (Math.abs(b0) > 1e10) {
                    b0 = Math.signum(b0) * 1e10;
                }
                if (l0 < 1e-8 || b0 < 1e-8) {
                    l0 = Math.max(ysa[0], 1e-3);
                    b0 = Math.max(ysa[1] / ysa[0], 1e-3);
                }
            }
        }
        int k = 1 + (trend != Component.NONE ? 1 : 0) + (seasonalIdx == null ? 0 : seasonalIdx.length);
        double[] out = new double[k];
        out[0] = l0;
        int j = 1;
        if (trend != Component.NONE) {
            out[j++] = b0;
        }
        if (seasonalIdx != null) {
            System.arraycopy(seasonalIdx, 0, out, j, seasonalIdx.length);
        }
        return out;
    }

    /** Intercept and slope of the least-squares line through {@code (t, y[t-1])}, {@code t = 1..k}. */
    static double[] line(double[] y, int k) {
        double mx = (k + 1) / 2.0;
        double my = 0;
        for (int t = 0; t < k; t++) {
            my += y[t];
        }
        my /= k;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < k; t++) {
            double dx = (t + 1) - mx;
            sxy += dx * (y[t] - my);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    /**
     * R's {@code decompose(y, type)$seasonal}: centred moving average of order m (2×m for even m), de-trended
     * values averaged by position within the season (positions counted from the first observation), normalised to
     * sum 0 (additive) or mean 1 (multiplicative), repeated over the series.
     */
    static double[] decompose(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        if (n < 2 * m) {
            throw new IllegalArgumentException("decomposition needs two full seasons, got " + n + " values");
        }
        double[] w;
        if (m % 2 == 0) {
            w = new double[m + 1];
            w[0] = 0.5 / m;
            w[m] = 0.5 / m;
            for (int i = 1; i < m; i++) {
                w[i] = 1.0 / m;
            }
        } else {
            w = new double[m];
            for (int i = 0; i < m; i++) {
                w[i] = 1.0 / m;
            }
        }
        int len = w.length;
        int o = len / 2;
        double[] figure = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < n; t++) {
            int from = t - o;
            if (from < 0 || from + len > n) {
                continue;
            }
            double tr = 0;
            for (int j = 0; j < len; j++) {
                // R's filter(sides = 2): y[i] = sum_j f[j] x[i + o - j]
                tr += w[j] * y[t + o - j];
            }
            double detr = multiplicative ? y[t] / tr : y[t] - tr;
            figure[t % m] += detr;
            count[t % m]++;
        }
        double mean = 0;
        for (int i = 0; i < m; i++) {
            figure[i] /= count[i];
            mean += figure[i];
        }
        mean /= m;
        for (int i = 0; i < m; i++) {
            figure[i] = multiplicative ? figure[i] / mean : figure[i] - mean;
        }
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = figure[t % m];
        }
        return out;
    }

    /**
     * The seasonal guess R uses for short series: {@code y - (a + b t)} (additive) or {@code y / (a + b t)}
     * (multiplicative), with {@code a, b} from the regression {@code y ~ trend + fourier(y, 1)}.
     */
    static double[] fourierSeasonal(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        boolean withSine = m > 2;
        int cols = withSine ? 4 : 3;
        double[][] x = new double[n][cols];
        for (int t = 0; t < n; t++) {
            int tt = t + 1;
            int c = 0;
            x[t][c++] = 1;
            x[t][c++] = tt;
            if (withSine) {
                x[t][c++] = sinpi(2.0 * tt / m);
            }
            x[t][c] = cospi(2.0 * tt / m);
        }
        RealVector coef = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
                .solve(new ArrayRealVector(y, false));
        double a = coef.getEntry(0);
        double b = coef.getEntry(1);
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            double tr = a + b * (t + 1);
            out[t] = multiplicative ? y[t] / tr : y[t] - tr;
        }
        return out;
    }

    private static double sinpi(double x) {
        double r = x % 2.0;
        if (r == 0 || r == 1 || r == -1) {
            return 0.0;
        }
        if (r == 0.5 || r == -1.5) {
            return 1.0;
        }
        if (r == 1.5 || r == -0.5) {
            return -1.0;
        }
        return Math.sin(Math.PI * r);
    }

    private static double cospi(double x) {
        double r = Math.abs(x % 2.0);
        if (r == 0.5 || r == 1.5) {
            return 0.0;
        }
        if (r == 1) {
            return -1.0;
        }
        if (r == 0) {
            return 1.0;
        }
        return Math.cos(Math.PI * r);
    }
}
