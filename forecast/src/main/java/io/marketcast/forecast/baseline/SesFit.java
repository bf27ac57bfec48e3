package io.marketcast.forecast.baseline;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.internal.Minimizer;

/**
 * A fitted simple exponential smoothing model, ETS(A,N,N): {@code ŷ_{t+1} = ℓ_t},
 * {@code ℓ_t = α·y_t + (1-α)·ℓ_{t-1}}, with {@code α} and the initial level {@code ℓ_0} chosen to minimise the sum
 * of squared one-step errors (equivalently the Gaussian likelihood of R's {@code ses}/{@code ets(y, "ANN")}).
 *
 * <p>For a fixed {@code α} the one-step predictions are linear in {@code ℓ_0}, so the best {@code ℓ_0} has a closed
 * form; {@code α} is then found by {@link Minimizer} on {@code [alphaMin, alphaMax]}. The fit is the global optimum
 * at the grid's resolution, deterministic, and needs no starting values.
 *
 * @param alpha  smoothing parameter
 * @param level0 initial level {@code ℓ_0}
 * @param level  final level {@code ℓ_n}: the point forecast for every step
 * @param sse    sum of squared one-step errors
 * @param sigma2 residual variance {@code sse / (n - 2)} (two estimated parameters, as R's {@code ets}),
 *               {@code sse / n} when {@code n <= 2}
 * @param n      number of observations fitted
 */
public record SesFit(double alpha, double level0, double level, double sse, double sigma2, int n) {

    /** Fits SES to {@code y} with {@code α} in {@code [alphaMin, alphaMax]}. Needs 2 observations. */
    public static SesFit fit(double[] y, double alphaMin, double alphaMax) {
        int n = y.length;
        if (n < 2) {
            throw new InsufficientDataException("simple exponential smoothing needs at least 2 observations, got "
                    + n);
        }
        double shift = 0;
        for (double v : y) {
            shift += v / n;
        }
        double[] z = new double[n];
        for (int t = 0; t < n; t++) {
            z[t] = y[t] - shift;
        }
        double alpha = alphaMin == alphaMax ? alphaMin
                : Minimizer.minimize(a -> sse(z, a), alphaMin, alphaMax, 40, 1e-7);
        double l0 = bestLevel0(z, alpha);
        double level = l0;
        double sse = 0;
        for (double v : z) {
            double e = v - level;
            sse += e * e;
            level += alpha * e;
        }
        double sigma2 = sse / (n > 2 ? n - 2 : n);
        return new SesFit(alpha, l0 + shift, level + shift, sse, sigma2, n);
    }

    /** The smallest SSE over {@code ℓ_0} for this {@code α}. */
    static double sse(double[] z, double alpha) {
        double a = 0;
        double b = 1;
        double sbb = 0;
        double sbr = 0;
        double srr = 0;
        for (double v : z) {
            double r = v - a;
            sbb += b * b;
            sbr += b * r;
            srr += r * r;
            a += alpha * (v - a);
            b *= 1 - alpha;
        }
        return srr - sbr * sbr / sbb;
    }

    private static double bestLevel0(double[] z, double alpha) {
        double a = 0;
        double b = 1;
        double sbb = 0;
        double sbr = 0;
        for (double v : z) {
            sbb += b * b;
            sbr += b * (v - a);
            a += alpha * (v - a);
            b *= 1 - alpha;
        }
        return sbr / sbb;
    }

    /** One-step predictions {@code ℓ_{t-1}} of {@code y} (the data the model was fitted to), from {@code ℓ_0}. */
    public double[] oneStep(double[] y) {
        double[] f = new double[y.length];
        double level = level0;
        for (int t = 0; t < y.length; t++) {
            f[t] = level;
            level += alpha * (y[t] - level);
        }
        return f;
    }

    /** Standard error of the {@code h}-step forecast: {@code σ·sqrt(1 + (h-1)·α²)}. */
    public double se(int h) {
        return Math.sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
    }
}
