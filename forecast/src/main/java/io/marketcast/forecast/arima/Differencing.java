package io.marketcast.forecast.arima;

/**
 * How many differences auto.arima takes, as forecast 8.20: {@code ndiffs} with the KPSS test (level
 * stationarity, {@code urca::ur.kpss} with {@code use.lag = trunc(3 sqrt(n) / 13)}, p-value interpolated in the
 * table of Kwiatkowski et al. 1992, difference while p < 0.05, at most 2), and {@code nsdiffs} with the seasonal
 * strength heuristic (one seasonal difference when the strength of the STL seasonal component,
 * {@code max(0, 1 - var(remainder) / var(remainder + seasonal))}, exceeds 0.64; Wang, Smith and Hyndman 2006).
 */
final class Differencing {

    private static final double[] KPSS_CVAL = {0.347, 0.463, 0.574, 0.739};
    private static final double[] KPSS_P = {0.10, 0.05, 0.025, 0.01};

    private Differencing() {
    }

    /** R's forecast::is.constant: all.equal(x, rep(x[1], n)) with tolerance 1.5e-8. */
    static boolean isConstant(double[] x) {
        if (x.length == 0) {
            return true;
        }
        double x0 = x[0];
        double diff = 0;
        double abs = 0;
        int k = 0;
        for (double v : x) {
            if (v != x0) {
                diff += Math.abs(v - x0);
                abs += Math.abs(v);
                k++;
            }
        }
        if (k == 0) {
            return true;
        }
        double xy = diff / k;
        double xn = abs / k;
        if (Double.isFinite(xn) && xn > 1.5e-8) {
            xy /= xn;
        }
        return !(Double.isNaN(xy) || xy > 1.5e-8);
    }

    /** The KPSS statistic for level stationarity with Bartlett weights up to lag trunc(3 sqrt(n) / 13). */
    static double kpss(double[] y) {
        int n = y.length;
        int lmax = (int) (3 * Math.sqrt(n) / 13);
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double[] res = new double[n];
        for (int i = 0; i < n; i++) {
            res[i] = y[i] - mean;
        }
        double s = 0;
        double nominator = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            s += res[i];
            nominator += s * s;
            s2 += res[i] * res[i];
        }
        nominator /= (double) n * n;
        s2 /= n;
        double denominator = s2;
        if (lmax > 0) {
            double sum = 0;
            for (int k = 1; k <= lmax; k++) {
                double cov = 0;
                for (int t = k; t < n; t++) {
                    cov += res[t] * res[t - k];
                }
                sum += (1 - k / (lmax + 1.0)) * cov;
            }
            denominator = s2 + 2.0 / n * sum;
        }
        return nominator / denominator;
    }

    /** The p-value as forecast's urca_pval: linear interpolation in the table, clamped to [0.01, 0.10]. */
    static double kpssPValue(double stat) {
        if (Double.isNaN(stat)) {
            return Double.NaN;
        }
        if (stat <= KPSS_CVAL[0]) {
            return KPSS_P[0];
        }
        for (int i = 1; i < KPSS_CVAL.length; i++) {
            if (stat <= KPSS_CVAL[i]) {
                double f = (stat - KPSS_CVAL[i - 1]) / (KPSS_CVAL[i] - KPSS_CVAL[i - 1]);
                return KPSS_P[i - 1] + f * (KPSS_P[i] - KPSS_P[i - 1]);
            }
        }
        return KPSS_P[KPSS_P.length - 1];
    }

    /** forecast::ndiffs(x, test = "kpss", alpha = 0.05, max.d). */
    static int ndiffs(double[] x, int maxD) {
        int d = 0;
        if (isConstant(x)) {
            return d;
        }
        Boolean dodiff = kpssSaysDiff(x);
        if (dodiff == null) {
            return d;
        }
        double[] y = x;
        while (dodiff && d < maxD) {
            d++;
            y = ArimaEstimator.diff(y, 1, 1);
            if (isConstant(y)) {
                return d;
            }
            dodiff = kpssSaysDiff(y);
            if (dodiff == null) {
                return d - 1;
            }
        }
        return d;
    }

    /** TRUE/FALSE, or null for R's NA (a statistic that cannot be computed). */
    private static Boolean kpssSaysDiff(double[] x) {
        if (x.length < 2) {
            return false;
        }
        double p = kpssPValue(kpss(x));
        return Double.isNaN(p) ? null : p < 0.05;
    }

    /** forecast::nsdiffs(x, test = "seas", max.D = 1) for period m > 1. */
    static int nsdiffs(double[] x, int m) {
        if (isConstant(x) || m >= x.length) {
            return 0;
        }
        double strength = seasonalStrength(x, m);
        return strength > 0.64 ? 1 : 0;
    }

    /** forecast's seas.heuristic: the strength of the STL seasonal component; NaN without two full periods. */
    static double seasonalStrength(double[] x, int m) {
        if (!(m < x.length / 2.0) || x.length <= 2 * m) {
            return Double.NaN;
        }
        Stl.Decomposition dec = Stl.mstl(x, m);
        int n = x.length;
        double[] rem = new double[n];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            rem[i] = x[i] - dec.seasonal()[i] - dec.trend()[i];
            rs[i] = rem[i] + dec.seasonal()[i];
        }
        double s = 1 - variance(rem) / variance(rs);
        return Math.max(0, Math.min(1, s));
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }
}
