package io.marketcast.forecast.theta;

import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.internal.GaussianFit;
import io.marketcast.forecast.internal.Minimizer;
import io.marketcast.forecast.internal.Seasonality;
import java.util.List;
import java.util.Locale;

/**
 * A fitted (D)OTM model (see {@link Dotm}), on the seasonally adjusted data when the test found seasonality.
 *
 * <p>Estimation: for a fixed {@code α} the one-step predictions are linear in {@code ℓ_0} and in
 * {@code c = 1 - 1/θ} (the trend states depend on the data only), so the least-squares {@code (ℓ_0, c)} solve a
 * 2×2 system, with {@code c} clamped to {@code [0, 1 - 1/thetaMax]}. {@code α} is then chosen by
 * {@link Minimizer}. In the dynamic model the first observation only initialises the states
 * ({@code A_1 = y_1, B_1 = 0}) and the errors are summed from {@code t = 2}, as in {@code forecTheta}.
 *
 * <p>The residual variance is {@code sse / (errors - 3)} (three estimated parameters, as SES's {@code n - 2}), or
 * {@code sse / errors} for very short series. Intervals {@code σ·sqrt(1 + (h-1)α²)} and the sample paths are those
 * of SES around the (D)OTM point forecast — an approximation that ignores the uncertainty of the trend.
 */
public final class DotmFit extends GaussianFit {

    private final double alpha;
    private final double theta;
    private final double level0;
    private final double level;
    private final double a;
    private final double b;
    private final int n;
    private final double sse;
    private final double sigma2;
    private final boolean dynamic;
    private final double[] adjusted;
    private final double[] indices;

    private DotmFit(String name, double[] history, int period, double[] adjusted, boolean dynamic, double alpha,
            double theta, double level0, double level, double a, double b, double sse, double sigma2,
            double[] indices) {
        super(name, history, period);
        this.alpha = alpha;
        this.theta = theta;
        this.level0 = level0;
        this.level = level;
        this.a = a;
        this.b = b;
        this.n = adjusted.length;
        this.sse = sse;
        this.sigma2 = sigma2;
        this.dynamic = dynamic;
        this.adjusted = adjusted.clone();
        this.indices = indices == null ? new double[0] : indices.clone();
    }

    public double alpha() {
        return alpha;
    }

    public double theta() {
        return theta;
    }

    /** Initial level {@code ℓ_0}. */
    public double level0() {
        return level0;
    }

    /** Final level {@code ℓ_n}. */
    public double level() {
        return level;
    }

    /** Final trend intercept {@code A_n}. */
    public double a() {
        return a;
    }

    /** Final trend slope {@code B_n} per step. */
    public double b() {
        return b;
    }

    /** Sum of squared one-step errors. */
    public double sse() {
        return sse;
    }

    /** Residual variance. */
    public double sigma2() {
        return sigma2;
    }

    /** Multiplicative seasonal index of each observation; empty when not seasonal. */
    public double[] indices() {
        return indices.clone();
    }

    public boolean seasonal() {
        return indices.length > 0;
    }

    static DotmFit fit(double[] history, double[] y, Dotm spec, int frequency, double[] indices) {
        int n = y.length;
        double[] aPrev = new double[n];
        double[] bPrev = new double[n];
        double[] trend = trendStates(y, spec.dynamic(), aPrev, bPrev);
        int first = spec.dynamic() ? 1 : 0;
        double cMax = 1 - 1 / spec.thetaMax();
        double alpha = spec.alphaMin() == spec.alphaMax() ? spec.alphaMin()
                : Minimizer.minimize(al -> solve(y, aPrev, bPrev, first, al, cMax)[2], spec.alphaMin(),
                        spec.alphaMax(), 40, 1e-7);
        double[] s = solve(y, aPrev, bPrev, first, alpha, cMax);
        double l0 = s[0];
        double c = s[1];
        double level = l0;
        for (double v : y) {
            level = alpha * v + (1 - alpha) * level;
        }
        int errors = n - first;
        double sigma2 = s[2] / (errors > 3 ? errors - 3 : errors);
        return new DotmFit(spec.name(), history, frequency, y, spec.dynamic(), alpha, 1 / (1 - c), l0, level, trend[0],
                trend[1], s[2], sigma2, indices);
    }

    /**
     * Fills {@code aPrev[t]}, {@code bPrev[t]}: the trend states that predict {@code y[t]} (0-based), and returns
     * the final {@code {A_n, B_n}}. Time is counted from 1 at the first observation.
     */
    private static double[] trendStates(double[] y, boolean dynamic, double[] aPrev, double[] bPrev) {
        int n = y.length;
        if (!dynamic) {
            double tm = (n + 1) / 2.0;
            double ym = 0;
            for (double v : y) {
                ym += v / n;
            }
            double sxy = 0;
            double sxx = 0;
            for (int t = 1; t <= n; t++) {
                sxy += (t - tm) * (y[t - 1] - ym);
                sxx += (t - tm) * (t - tm);
            }
            double bn = sxy / sxx;
            double an = ym - bn * tm;
            java.util.Arrays.fill(aPrev, an);
            java.util.Arrays.fill(bPrev, bn);
            return new double[] {an, bn};
        }
        double mean = y[0];
        double a = y[0];
        double b = 0;
        for (int t = 2; t <= n; t++) {
            aPrev[t - 1] = a;
            bPrev[t - 1] = b;
            double v = y[t - 1];
            b = ((t - 2) * b + 6 * (v - mean) / t) / (t + 1);
            mean = ((t - 1) * mean + v) / t;
            a = mean - b * (t + 1) / 2.0;
        }
        return new double[] {a, b};
    }

    /** The least-squares {@code {ℓ_0, c, sse}} for a fixed {@code α}. */
    private static double[] solve(double[] y, double[] aPrev, double[] bPrev, int first, double alpha, double cMax) {
        int n = y.length;
        double q = 1 - alpha;
        double l = 0;
        double qt = 1;
        double suu = 0;
        double sud = 0;
        double sdd = 0;
        double sur = 0;
        double sdr = 0;
        double srr = 0;
        double[] r = new double[n];
        double[] u = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double qNext = qt * q;
            if (i >= first) {
                r[i] = y[i] - l;
                u[i] = qt;
                d[i] = qt * aPrev[i] + (1 - qNext) / alpha * bPrev[i];
                suu += u[i] * u[i];
                sud += u[i] * d[i];
                sdd += d[i] * d[i];
                sur += u[i] * r[i];
                sdr += d[i] * r[i];
                srr += r[i] * r[i];
            }
            l = alpha * y[i] + q * l;
            qt = qNext;
        }
        double det = suu * sdd - sud * sud;
        double l0;
        double c;
        if (det > 1e-12 * suu * sdd) {
            l0 = (sur * sdd - sdr * sud) / det;
            c = (suu * sdr - sud * sur) / det;
        } else {
            l0 = sur / suu;
            c = 0;
        }
        if (c < 0 || c > cMax) {
            c = Math.max(0, Math.min(cMax, c));
            l0 = (sur - c * sud) / suu;
        }
        double sse = 0;
        for (int i = first; i < n; i++) {
            double e = r[i] - l0 * u[i] - c * d[i];
            sse += e * e;
        }
        return new double[] {l0, c, sse};
    }

    /** Point forecasts of the adjusted data. */
    @Override
    protected double[] adjustedMean(int horizon) {
        double c = 1 - 1 / theta;
        double qn = Math.pow(1 - alpha, n);
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = level + c * (qn * a + ((h - 1) + (1 - qn * (1 - alpha)) / alpha) * b);
        }
        return out;
    }

    /** Standard errors {@code σ·sqrt(1 + (h-1)α²)} of the adjusted forecasts. */
    @Override
    protected double[] se(int horizon) {
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = Math.sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
        }
        return out;
    }

    @Override
    protected double sigma() {
        return Math.sqrt(sigma2);
    }

    @Override
    protected double psi(int j) {
        return j == 0 ? 1 : alpha;
    }

    /** Seasonal indices of the future steps; null when not seasonal. */
    @Override
    protected double[] futureIndices(int horizon) {
        return seasonal() ? Seasonality.futureIndices(indices, period(), horizon) : null;
    }

    /** One-step predictions {@code μ_t} of the state-space form, times the seasonal index (NaN for the first in DOTM). */
    @Override
    protected double[] computeFitted() {
        double[] aPrev = new double[n];
        double[] bPrev = new double[n];
        trendStates(adjusted, dynamic, aPrev, bPrev);
        double c = 1 - 1 / theta;
        double q = 1 - alpha;
        double l = level0;
        double qt = 1;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            double qNext = qt * q;
            double mu = l + c * (qt * aPrev[i] + (1 - qNext) / alpha * bPrev[i]);
            f[i] = dynamic && i == 0 ? Double.NaN : seasonal() ? mu * indices[i] : mu;
            l = alpha * adjusted[i] + q * l;
            qt = qNext;
        }
        return f;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.of("alpha", alpha), Parameter.of("theta", theta), Parameter.of("l0", level0),
                Parameter.of("sigma", Math.sqrt(sigma2)));
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "%s: alpha %.4f, theta %.4g, sigma %.4g%s", method(), alpha, theta,
                Math.sqrt(sigma2), seasonal() ? " (seasonally adjusted, m = " + period() + ")" : "");
    }
}
