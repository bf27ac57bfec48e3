package io.marketcast.forecast.ets;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Forecast means and variances of ETS models (Hyndman et al. 2008, ch. 6; R forecast's {@code class1},
 * {@code class2}, {@code class3}, {@code pegelsfcast.C}):
 *
 * <ul>
 *   <li>class 1, additive errors with N/A/Ad trend and N/A season: linear, exact Gaussian variances
 *       {@code sigma^2 (1 + sum_{j<h} c_j^2)}, {@code c_j = w' F^(j-1) g};</li>
 *   <li>class 2, multiplicative errors with N/A/Ad trend and N/A season: exact variance of the non-linear model
 *       {@code (1 + sigma^2) theta_h - mu_h^2};</li>
 *   <li>class 3, multiplicative errors and season with N/A/Ad trend: exact mean and variance through the
 *       Kronecker-product recursions;</li>
 *   <li>anything else (multiplicative trend): simulated paths, empirical quantiles (R's type 8).</li>
 * </ul>
 *
 * <p>Analytic intervals are {@code mean ± z sqrt(var)}, as R's {@code forecast.ets}.
 *
 * <p>One deliberate difference from R forecast 8.20: its {@code class1} puts gamma in the third row of the
 * persistence vector even when the model has no trend, i.e. against the second seasonal state of ETS(A,N,A) and
 * ETS(M,N,A); here it is placed against the first seasonal state as the model defines, so interval widths of those
 * two models differ from R's for steps of at least {@code m - 1}.
 */
final class Intervals {

    /** Means and either variances (analytic) or quantiles (simulated). */
    record Moments(double[] mean, double[] variance, double[][] lower, double[][] upper) {
    }

    private Intervals() {
    }

    static Moments of(EtsFit fit, int h, double[] levels) {
        EtsModel model = fit.model();
        double[] x = fit.finalState();
        boolean linearTrend = model.trend() != Component.MULTIPLICATIVE;
        if (linearTrend && model.season() != Component.MULTIPLICATIVE) {
            Class1 c1 = class1(fit, x, h);
            if (model.error() == Component.ADDITIVE) {
                return withNormal(c1.mu, c1.var, levels);
            }
            return withNormal(c1.mu, class2(c1, fit.sigma2()), levels);
        }
        if (linearTrend && model.error() == Component.MULTIPLICATIVE) {
            return class3(fit, x, h, levels);
        }
        return simulated(fit, h, levels);
    }

    private static Moments withNormal(double[] mu, double[] var, double[] levels) {
        double[][] lo = new double[levels.length][mu.length];
        double[][] hi = new double[levels.length][mu.length];
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        for (int k = 0; k < levels.length; k++) {
            double q = Math.abs(z.inverseCumulativeProbability((1 - levels[k]) / 2));
            for (int i = 0; i < mu.length; i++) {
                double me = Math.sqrt(var[i]) * q;
                lo[k][i] = mu[i] - me;
                hi[k][i] = mu[i] + me;
            }
        }
        return new Moments(mu, var, lo, hi);
    }

    private record Class1(double[] mu, double[] var, double[] cj) {
    }

    private static Class1 class1(EtsFit fit, double[] x, int h) {
        EtsModel model = fit.model();
        int p = x.length;
        int m = model.hasSeason() ? fit.frequency() : 1;
        double phi = model.damped() ? fit.phi() : 1.0;
        double[] w = new double[p];
        w[0] = 1;
        double[][] f = new double[p][p];
        f[0][0] = 1;
        double[] g = new double[p];
        g[0] = fit.alpha();
        if (model.hasTrend()) {
            w[1] = phi;
            f[0][1] = phi;
            f[1][1] = phi;
            g[1] = fit.beta();
        }
        if (model.hasSeason()) {
            w[p - 1] = 1;
            f[p - m][p - 1] = 1;
            for (int i = 1; i < m; i++) {
                f[p - m + i][p - m + i - 1] = 1;
            }
            g[p - m] = fit.gamma();
        }
        double[] mu = new double[h];
        double[] cj = new double[Math.max(h - 1, 0)];
        double[] var = new double[h];
        // row vector wF^j, updated in place
        double[] row = w.clone();
        double cum = 0;
        for (int i = 0; i < h; i++) {
            mu[i] = dot(row, x);
            var[i] = fit.sigma2() * (1 + cum);
            if (i < h - 1) {
                cj[i] = dot(row, g);
                cum += cj[i] * cj[i];
                row = rowTimes(row, f);
            }
        }
        return new Class1(mu, var, cj);
    }

    private static double[] class2(Class1 c1, double sigma2) {
        int h = c1.mu.length;
        double[] theta = new double[h];
        theta[0] = c1.mu[0] * c1.mu[0];
        for (int j = 1; j < h; j++) {
            double s = 0;
            for (int i = 0; i < j; i++) {
                s += c1.cj[i] * c1.cj[i] * theta[j - 1 - i];
            }
            theta[j] = c1.mu[j] * c1.mu[j] + sigma2 * s;
        }
        double[] var = new double[h];
        for (int j = 0; j < h; j++) {
            var[j] = (1 + sigma2) * theta[j] - c1.mu[j] * c1.mu[j];
        }
        return var;
    }

    private static Moments class3(EtsFit fit, double[] x, int h, double[] levels) {
        EtsModel model = fit.model();
        int m = fit.frequency();
        int p = x.length;
        int q = p - m;
        double s2 = fit.sigma2();
        double alpha = fit.alpha();
        double[][] h1 = new double[1][q];
        Arrays.fill(h1[0], 1.0);
        double[][] h2 = new double[1][m];
        h2[0][m - 1] = 1;
        double[][] f1;
        double[][] g1;
        if (!model.hasTrend()) {
            f1 = new double[][] {{1}};
            g1 = new double[][] {{alpha}};
        } else {
            double phi = model.damped() ? fit.phi() : 1.0;
            f1 = new double[][] {{1, 1}, {0, phi}};
            g1 = new double[][] {{alpha, alpha}, {fit.beta(), fit.beta()}};
        }
        double[][] f2 = new double[m][m];
        f2[0][m - 1] = 1;
        for (int i = 1; i < m; i++) {
            f2[i][i - 1] = 1;
        }
        double[][] g2 = new double[m][m];
        g2[0][m - 1] = fit.gamma();
        double[][] mh = new double[q][m];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < m; j++) {
                mh[i][j] = x[i] * x[q + j];
            }
        }
        int qm = q * m;
        double[][] vh = new double[qm][qm];
        double[][] h21 = kron(h2, h1);
        double[][] f21 = kron(f2, f1);
        double[][] g21 = kron(g2, g1);
        double[][] k = add(kron(g2, f1), kron(f2, g1));
        double[][] f21t = transpose(f21);
        double[][] g21t = transpose(g21);
        double[][] kt = transpose(k);
        double[] mu = new double[h];
        double[] var = new double[h];
        for (int i = 0; i < h; i++) {
            mu[i] = mul(mul(h1, mh), transpose(h2))[0][0];
            var[i] = (1 + s2) * mul(mul(h21, vh), transpose(h21))[0][0] + s2 * mu[i] * mu[i];
            double[] vec = new double[qm];
            for (int c = 0; c < m; c++) {
                for (int r = 0; r < q; r++) {
                    vec[c * q + r] = mh[r][c]; // column-major vec
                }
            }
            double[][] vv = outer(vec);
            double[][] term = add(mul(mul(f21, vh), g21t), mul(mul(g21, vh), f21t));
            term = add(term, mul(mul(k, add(vh, vv)), kt));
            term = add(term, scale(mul(mul(g21, add(scale(vh, 3), scale(vv, 2))), g21t), s2));
            vh = add(mul(mul(f21, vh), f21t), scale(term, s2));
            mh = add(mul(mul(f1, mh), transpose(f2)), scale(mul(mul(g1, mh), transpose(g2)), s2));
        }
        return withNormal(mu, var, levels);
    }

    private static Moments simulated(EtsFit fit, int h, double[] levels) {
        EtsModel model = fit.model();
        int m = model.hasSeason() ? fit.frequency() : 1;
        double phi = model.damped() ? fit.phi() : 1.0;
        double[] x = fit.finalState();
        double[] mean = Recursion.pointForecast(x, m, model.trend().code(), model.season().code(), phi, h);
        if (Double.isNaN(mean[0])) {
            throw new IllegalStateException("multiplicative trend turned negative; no forecast");
        }
        int npaths = fit.spec().simulationPaths();
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(fit.spec().seed());
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        double sigma = Math.sqrt(fit.sigma2());
        double[][] paths = new double[h][npaths];
        double[] e = new double[h];
        double[] out = new double[h];
        int good = 0;
        for (int k = 0; k < npaths; k++) {
            for (int i = 0; i < h; i++) {
                e[i] = sigma * z.sample();
                if (model.error() == Component.MULTIPLICATIVE) {
                    e[i] = Math.max(-1, e[i]);
                }
            }
            if (Recursion.simulate(x, m, model.error().code(), model.trend().code(), model.season().code(),
                    fit.alpha(), model.hasTrend() ? fit.beta() : 0, model.hasSeason() ? fit.gamma() : 0, phi, e,
                    out) == h) {
                for (int i = 0; i < h; i++) {
                    paths[i][good] = out[i];
                }
                good++;
            }
        }
        if (good == 0) {
            throw new IllegalStateException("every simulated path failed (multiplicative trend turned negative)");
        }
        double[][] lo = new double[levels.length][h];
        double[][] hi = new double[levels.length][h];
        for (int i = 0; i < h; i++) {
            double[] col = Arrays.copyOf(paths[i], good);
            Arrays.sort(col);
            for (int k = 0; k < levels.length; k++) {
                lo[k][i] = quantileType8(col, 0.5 - levels[k] / 2);
                hi[k][i] = quantileType8(col, 0.5 + levels[k] / 2);
            }
        }
        return new Moments(mean, null, lo, hi);
    }

    /** R's {@code quantile(type = 8)} of sorted data: median-unbiased, {@code (p + 1/3) / (n + 1/3)} plotting. */
    static double quantileType8(double[] sorted, double prob) {
        int n = sorted.length;
        double a = 1.0 / 3;
        double nppm = a + prob * (n + 1 - 2 * a);
        double fuzz = 4 * Math.ulp(1.0);
        int j = (int) Math.floor(nppm + fuzz);
        double g = nppm - j;
        if (Math.abs(g) < fuzz) {
            g = 0;
        }
        double xj = sorted[Math.min(Math.max(j, 1), n) - 1];
        double xj1 = sorted[Math.min(Math.max(j + 1, 1), n) - 1];
        return g == 0 ? xj : (1 - g) * xj + g * xj1;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] rowTimes(double[] row, double[][] f) {
        int p = row.length;
        double[] out = new double[p];
        for (int i = 0; i < p; i++) {
            double ri = row[i];
            if (ri != 0) {
                for (int j = 0; j < p; j++) {
                    out[j] += ri * f[i][j];
                }
            }
        }
        return out;
    }

    static double[][] kron(double[][] a, double[][] b) {
        int ar = a.length;
        int ac = a[0].length;
        int br = b.length;
        int bc = b[0].length;
        double[][] out = new double[ar * br][ac * bc];
        for (int i = 0; i < ar; i++) {
            for (int j = 0; j < ac; j++) {
                for (int k = 0; k < br; k++) {
                    for (int l = 0; l < bc; l++) {
                        out[i * br + k][j * bc + l] = a[i][j] * b[k][l];
                    }
                }
            }
        }
        return out;
    }

    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length;
        int k = b.length;
        int p = b[0].length;
        double[][] out = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double v = a[i][l];
                if (v != 0) {
                    for (int j = 0; j < p; j++) {
                        out[i][j] += v * b[l][j];
                    }
                }
            }
        }
        return out;
    }

    private static double[][] add(double[][] a, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] + b[i][j];
            }
        }
        return out;
    }

    private static double[][] scale(double[][] a, double s) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = a[i][j] * s;
            }
        }
        return out;
    }

    private static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    private static double[][] outer(double[] v) {
        double[][] out = new double[v.length][v.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i][j] = v[i] * v[j];
            }
        }
        return out;
    }
}
