package io.marketcast.forecast.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seasonality test and the classical multiplicative decomposition of the M3/M4 benchmarks.
 *
 * <p>Test: with {@code r_k} the sample autocorrelation at lag {@code k}, a series of frequency {@code m > 1} is
 * seasonal when {@code |r_m| > z · sqrt((1 + 2·Σ_{k<m} r_k²) / n)}, {@code z} the two-sided normal quantile of the
 * confidence ({@code 1.645} at 90%): Bartlett's standard error of {@code r_m} under the hypothesis that the
 * autocorrelations beyond lag {@code m-1} are zero. It needs {@code n >= 3m} observations (as in the M4 benchmark
 * code) and a non-constant series; otherwise the answer is "not seasonal".
 *
 * <p>Decomposition: the classical multiplicative decomposition of R's {@code decompose}: a centred moving average
 * of order {@code m} (2×m for even {@code m}) as trend, the ratios {@code y/trend} averaged by position in the
 * cycle (counted from the first observation), normalised to mean 1.
 */
public final class Seasonality {

    private Seasonality() {
    }

    /** Sample autocorrelations {@code r_1..r_maxLag} (index 0 is lag 1); all zero for a constant series. */
    public static double[] acf(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag];
        if (c0 == 0) {
            return r;
        }
        for (int k = 1; k <= maxLag; k++) {
            double c = 0;
            for (int t = 0; t + k < n; t++) {
                c += (y[t] - mean) * (y[t + k] - mean);
            }
            r[k - 1] = c / c0;
        }
        return r;
    }

    /**
     * Whether {@code y} is seasonal with period {@code m} at the given confidence (0.90 in the M3/M4 benchmarks).
     */
    public static boolean isSeasonal(double[] y, int m, double confidence) {
        if (m <= 1 || y.length < 3 * m) {
            return false;
        }
        double[] r = acf(y, m);
        double s = 1;
        for (int k = 1; k < m; k++) {
            s += 2 * r[k - 1] * r[k - 1];
        }
        if (s == 1 && r[m - 1] == 0) {
            return false;
        }
        double limit = NormalIntervals.quantile(0.5 + confidence / 2) * Math.sqrt(s / y.length);
        return Math.abs(r[m - 1]) > limit;
    }

    /**
     * The multiplicative seasonal index of each observation (length {@code n}) from the classical decomposition.
     *
     * @throws IllegalArgumentException when {@code y.length < 2m} or a value is not positive
     */
    public static double[] multiplicativeIndices(double[] y, int m) {
        int n = y.length;
        if (n < 2 * m) {
            throw new IllegalArgumentException("classical decomposition needs two full cycles (" + 2 * m
                    + " values), got " + n);
        }
        for (double v : y) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("multiplicative decomposition needs positive values, found " + v);
            }
        }
        double[] w = new double[m % 2 == 0 ? m + 1 : m];
        Arrays.fill(w, 1.0 / m);
        if (m % 2 == 0) {
            w[0] = 0.5 / m;
            w[m] = 0.5 / m;
        }
        int half = w.length / 2;
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = half; t < n - half; t++) {
            double trend = 0;
            for (int j = 0; j < w.length; j++) {
                trend += w[j] * y[t - half + j];
            }
            sum[t % m] += y[t] / trend;
            count[t % m]++;
        }
        double[] figure = new double[m];
        double mean = 0;
        for (int i = 0; i < m; i++) {
            figure[i] = sum[i] / count[i];
            mean += figure[i] / m;
        }
        double[] out = new double[n];
        for (int t = 0; t < n; t++) {
            out[t] = figure[t % m] / mean;
        }
        return out;
    }

    /** The indices of the {@code horizon} steps after the data: the last cycle of {@code indices}, repeated. */
    public static double[] futureIndices(double[] indices, int m, int horizon) {
        int n = indices.length;
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = indices[n - m + h % m];
        }
        return out;
    }

    /**
     * The seasonal adjustment the M3 benchmarks apply: the multiplicative indices when {@code y} passes the test at
     * {@code confidence} (and is positive, with no index near zero), else empty: not seasonal.
     */
    public static Optional<double[]> indicesIfSeasonal(double[] y, int m, double confidence) {
        if (!isSeasonal(y, m, confidence)) {
            return Optional.empty();
        }
        for (double v : y) {
            if (!(v > 0)) {
                return Optional.empty();
            }
        }
        double[] idx = multiplicativeIndices(y, m);
        for (double v : idx) {
            if (Math.abs(v) < 1e-4) {
                return Optional.empty();
            }
        }
        return Optional.of(idx);
    }
}
