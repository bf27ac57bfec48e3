package io.marketcast.forecast.eval;

/**
 * Accuracy metrics of one forecast path against the actual values (see the package documentation for definitions
 * and references). Arrays of actuals, forecasts and bounds have equal length {@code h >= 1}; the training series
 * supplies the scale of MASE, RMSSE and MSIS. All values finite; results are {@code NaN} when undefined.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Mean absolute percentage error, percent: {@code mean 100·|y-f|/|y|}; NaN when an actual is 0. */
    public static double mape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] == 0) {
                return Double.NaN;
            }
            s += 100 * Math.abs(actual[i] - forecast[i]) / Math.abs(actual[i]);
        }
        return s / actual.length;
    }

    /**
     * Symmetric MAPE, percent, as in M3/M4: {@code mean 200·|y-f|/(|y|+|f|)}; a step with {@code y = f = 0}
     * scores 0.
     */
    public static double smape(double[] actual, double[] forecast) {
        check(actual, forecast);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = Math.abs(actual[i]) + Math.abs(forecast[i]);
            s += d == 0 ? 0 : 200 * Math.abs(actual[i] - forecast[i]) / d;
        }
        return s / actual.length;
    }

    /**
     * The MASE scale: {@code mean_{j>m} |x_j - x_{j-m}|}, the in-sample mean absolute error of the seasonal naive
     * method with period {@code m}. NaN when the training series has {@code m} or fewer values.
     */
    public static double maseScale(double[] train, int m) {
        if (m < 1) {
            throw new IllegalArgumentException("seasonal period must be at least 1, was " + m);
        }
        if (train.length <= m) {
            return Double.NaN;
        }
        double s = 0;
        for (int j = m; j < train.length; j++) {
            s += Math.abs(train[j] - train[j - m]);
        }
        return s / (train.length - m);
    }

    /** Mean absolute scaled error: {@code mean |y-f| / maseScale(train, m)}; NaN when the scale is 0. */
    public static double mase(double[] train, int m, double[] actual, double[] forecast) {
        check(actual, forecast);
        double scale = maseScale(train, m);
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += Math.abs(actual[i] - forecast[i]);
        }
        return ratio(s / actual.length, scale);
    }

    /**
     * Root mean squared scaled error: {@code sqrt(mean (y-f)² / mean_{j>m} (x_j - x_{j-m})²)}. The M5 competition
     * uses {@code m = 1}.
     */
    public static double rmsse(double[] train, int m, double[] actual, double[] forecast) {
        check(actual, forecast);
        if (m < 1) {
            throw new IllegalArgumentException("seasonal period must be at least 1, was " + m);
        }
        if (train.length <= m) {
            return Double.NaN;
        }
        double scale = 0;
        for (int j = m; j < train.length; j++) {
            double d = train[j] - train[j - m];
            scale += d * d;
        }
        scale /= train.length - m;
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = actual[i] - forecast[i];
            s += e * e;
        }
        return Math.sqrt(ratio(s / actual.length, scale));
    }

    /** The fraction of actuals inside {@code [lower, upper]} (bounds included). */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        check(actual, lower);
        check(actual, upper);
        int in = 0;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
                in++;
            }
        }
        return (double) in / actual.length;
    }

    /**
     * Mean scaled interval score of a {@code level} interval (M4): {@code mean[(U-L) + (2/a)(L-y)·1{y<L} +
     * (2/a)(y-U)·1{y>U}] / maseScale(train, m)} with {@code a = 1 - level}.
     */
    public static double msis(double[] train, int m, double[] actual, double[] lower, double[] upper, double level) {
        check(actual, lower);
        check(actual, upper);
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        double a = 1 - level;
        double s = 0;
        for (int i = 0; i < actual.length; i++) {
            s += upper[i] - lower[i];
            if (actual[i] < lower[i]) {
                s += 2 / a * (lower[i] - actual[i]);
            } else if (actual[i] > upper[i]) {
                s += 2 / a * (actual[i] - upper[i]);
            }
        }
        return ratio(s / actual.length, maseScale(train, m));
    }

    private static double ratio(double num, double den) {
        return den == 0 || Double.isNaN(den) ? Double.NaN : num / den;
    }

    private static void check(double[] a, double[] b) {
        if (a.length == 0 || a.length != b.length) {
            throw new IllegalArgumentException("need equal, non-zero lengths; got " + a.length + " and "
                    + b.length);
        }
    }
}
