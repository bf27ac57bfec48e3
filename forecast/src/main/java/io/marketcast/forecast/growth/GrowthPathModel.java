package io.marketcast.forecast.growth;

import io.marketcast.forecast.PathModel;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Sample paths from a {@link GrowthFit} for the simulation engine.
 *
 * <p>Each path draws one parameter vector {@code θ ~ N(θ̂, Σ)} from {@code rng} (Cholesky factor of the fit's
 * covariance), redrawing up to {@value #MAX_REDRAWS} times while θ breaks the curve's constraints or the curve
 * cannot be evaluated (then the estimates are used), and adds the engine's innovations: level
 * {@code f(t; θ) + σ·eps} (additive) or {@code f(t; θ)·exp(σ·eps)} (multiplicative). σ is held at its estimate.
 * Deterministic in its arguments; immutable and thread-safe.
 */
public final class GrowthPathModel implements PathModel {

    static final int MAX_REDRAWS = 20;

    private final GrowthCurve curve;
    private final boolean logs;
    private final double[] estimates;
    private final double[][] cholesky;
    private final double sigma;
    private final double[] times;

    /**
     * @param times the future values of t, one per step
     * @throws io.marketcast.forecast.InsufficientDataException when the fit is not usable
     */
    public GrowthPathModel(GrowthFit fit, double[] times) {
        double[][] cov = GrowthPrediction.requireUsable(fit);
        this.curve = fit.curve();
        this.logs = fit.error() == ErrorModel.MULTIPLICATIVE;
        this.estimates = fit.estimates();
        this.cholesky = cholesky(cov);
        this.sigma = fit.sigma();
        this.times = times.clone();
    }

    @Override
    public int horizon() {
        return times.length;
    }

    @Override
    public void path(UniformRandomProvider rng, double[] eps, double[] out) {
        double[] theta = draw(rng);
        for (int h = 0; h < times.length; h++) {
            double f = curve.value(times[h], theta);
            out[h] = logs ? f * Math.exp(sigma * eps[h]) : f + sigma * eps[h];
        }
    }

    private double[] draw(UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        int k = estimates.length;
        double[] z = new double[k];
        double[] theta = new double[k];
        for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
            for (int j = 0; j < k; j++) {
                z[j] = normal.sample();
            }
            for (int i = 0; i < k; i++) {
                double s = estimates[i];
                for (int j = 0; j <= i; j++) {
                    s += cholesky[i][j] * z[j];
                }
                theta[i] = s;
            }
            if (acceptable(theta)) {
                return theta;
            }
        }
        return estimates;
    }

    private boolean acceptable(double[] theta) {
        if (!curve.violations(theta).isEmpty()) {
            return false;
        }
        for (double t : times) {
            double f = curve.value(t, theta);
            if (!Double.isFinite(f) || (logs && !(f > 0))) {
                return false;
            }
        }
        return true;
    }

    /** Lower Cholesky factor; tiny negative pivots from rounding are treated as zero. */
    static double[][] cholesky(double[][] a) {
        int k = a.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
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
