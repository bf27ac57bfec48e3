package io.marketcast.forecast.growth;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.PathModel;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Sample paths from a {@link GrowthFit} for the simulation engine, with the parameter uncertainty of the
 * prediction intervals.
 *
 * <p>Each path draws one parameter deviation {@code δ ~ N(0, Σ)} from {@code rng} (Cholesky factor of the fit's
 * covariance) and moves the fitted curve along its gradient — the linearisation (delta method) that
 * {@link GrowthPrediction} uses for the intervals and that the backtests score — then adds the engine's
 * innovations: level {@code f̂(t) + s·(∇f(t)·δ + σ̂·eps)} (additive) or
 * {@code f̂(t)·exp(s·(∇f(t)·δ / f̂(t) + σ̂·eps))} (multiplicative, in logs). The scale {@code s = 1/sqrt(W)},
 * {@code W ~ χ²_ν/ν} with {@code ν = n − p}, is drawn once per path: σ is estimated, and this makes every step's
 * marginal the Student-t of the prediction intervals (a normal over a shared χ², Seber &amp; Wild §5.1), so the
 * paths' quantiles are the intervals' bounds.
 *
 * <p>Why not draw θ itself and evaluate the curve: for a poorly identified fit (a capacity less certain than itself,
 * a midpoint ± 100 quarters) the curve is far from linear over the draws, and raw draws give paths many times wider
 * than the intervals the method was validated with. The linearised draws keep paths and intervals one model, with
 * the correct correlation between steps. Deterministic in its arguments; immutable and thread-safe.
 */
final class GrowthPathModel implements PathModel {

    private final boolean logs;
    private final double[] center;
    private final double[][] loading;
    private final double sigma;
    private final int k;
    private final double df;

    /**
     * @param times the future values of t, one per step
     * @throws InsufficientDataException when the fit is not usable or the curve cannot be evaluated at a step
     */
    GrowthPathModel(GrowthFit fit, double[] times) {
        double[][] cov = GrowthPrediction.requireUsable(fit);
        GrowthCurve curve = fit.curve();
        double[] est = fit.estimates();
        this.logs = fit.error() == ErrorModel.MULTIPLICATIVE;
        this.sigma = fit.sigma();
        this.k = est.length;
        this.df = fit.n() - est.length;
        double[][] l = cholesky(cov);
        this.center = new double[times.length];
        this.loading = new double[times.length][k];
        double[] g = new double[k];
        for (int h = 0; h < times.length; h++) {
            double f = curve.gradient(times[h], est, g);
            if (!Double.isFinite(f) || (logs && !(f > 0))) {
                throw new InsufficientDataException(curve.name() + " cannot be evaluated at t = " + times[h]
                        + " with the fitted parameters");
            }
            double scale = logs ? 1 / f : 1;
            center[h] = logs ? Math.log(f) : f;
            // loading[h] = (scaled gradient) · L, so that ∇f·δ = loading[h]·z with z standard normal
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int i = j; i < k; i++) {
                    s += g[i] * scale * l[i][j];
                }
                loading[h][j] = s;
            }
        }
    }

    @Override
    public int horizon() {
        return center.length;
    }

    @Override
    public void path(UniformRandomProvider rng, double[] eps, double[] out) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] z = new double[k];
        for (int j = 0; j < k; j++) {
            z[j] = normal.sample();
        }
        double w = AhrensDieterMarsagliaTsangGammaSampler.of(rng, df / 2, 2).sample() / df;
        double s = 1 / Math.sqrt(w);
        for (int h = 0; h < center.length; h++) {
            double[] row = loading[h];
            double dev = sigma * eps[h];
            for (int j = 0; j < k; j++) {
                dev += row[j] * z[j];
            }
            double level = center[h] + s * dev;
            out[h] = logs ? Math.exp(level) : level;
        }
    }

    /** Lower Cholesky factor; tiny negative pivots from rounding are treated as zero. */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    l[i][i] = Math.sqrt(Math.max(s, 0));
                } else {
                    l[i][j] = l[j][j] > 0 ? s / l[j][j] : 0;
                }
            }
        }
        return l;
    }
}
