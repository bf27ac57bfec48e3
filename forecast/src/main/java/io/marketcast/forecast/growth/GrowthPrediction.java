package io.marketcast.forecast.growth;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Point path and prediction intervals from a {@link GrowthFit} by the delta method.
 *
 * <p>On the fitting scale (levels, or logs for the multiplicative model) the prediction variance at {@code t} is
 * {@code g(t)ᵀ·Σ·g(t) + σ²}: parameter uncertainty through the gradient {@code g} of the (log) curve at the
 * estimates, plus residual noise. The interval at level {@code L} is the point ± the Student-t quantile with
 * {@code n - p} degrees of freedom times its square root, mapped back by {@code exp} for the multiplicative model
 * (so those intervals are skewed and the point is the median). See Seber &amp; Wild, <i>Nonlinear Regression</i>
 * (1989), §5.1.
 */
public final class GrowthPrediction {

    private GrowthPrediction() {
    }

    /**
     * The forecast at each of {@code times}.
     *
     * @param levels interval levels in (0, 1), ascending; none for {@link Forecast#DEFAULT_LEVELS}
     * @throws InsufficientDataException when the fit is not usable (its diagnostics say why)
     */
    public static Forecast forecast(GrowthFit fit, double[] times, double... levels) {
        double[][] cov = requireUsable(fit);
        double[] lv = levels.length == 0 ? Forecast.DEFAULT_LEVELS : levels;
        GrowthCurve curve = fit.curve();
        double[] est = fit.estimates();
        boolean logs = fit.error() == ErrorModel.MULTIPLICATIVE;
        TDistribution student = new TDistribution(null, fit.n() - est.length);
        double[] quantile = new double[lv.length];
        for (int k = 0; k < lv.length; k++) {
            quantile[k] = student.inverseCumulativeProbability(0.5 + lv[k] / 2);
        }
        int h = times.length;
        double[] mean = new double[h];
        double[][] lower = new double[lv.length][h];
        double[][] upper = new double[lv.length][h];
        double[] g = new double[est.length];
        double s2 = fit.sigma() * fit.sigma();
        for (int i = 0; i < h; i++) {
            double f = curve.gradient(times[i], est, g);
            if (!Double.isFinite(f) || (logs && !(f > 0))) {
                throw new InsufficientDataException(curve.name() + " cannot be evaluated at t = " + times[i]
                        + " with the fitted parameters");
            }
            double center = logs ? Math.log(f) : f;
            double scale = logs ? 1 / f : 1;
            double var = s2;
            for (int a = 0; a < g.length; a++) {
                for (int b = 0; b < g.length; b++) {
                    var += g[a] * scale * cov[a][b] * g[b] * scale;
                }
            }
            double sd = Math.sqrt(var);
            mean[i] = f;
            for (int k = 0; k < lv.length; k++) {
                double lo = center - quantile[k] * sd;
                double hi = center + quantile[k] * sd;
                lower[k][i] = logs ? Math.exp(lo) : lo;
                upper[k][i] = logs ? Math.exp(hi) : hi;
            }
        }
        return new Forecast(fit.curve().name(), mean, lv, lower, upper);
    }

    static double[][] requireUsable(GrowthFit fit) {
        if (!fit.usable()) {
            throw new InsufficientDataException("no forecast from the " + fit.curve().name() + " fit: "
                    + String.join("; ", fit.diagnostics().stream().filter(d -> d.kind().fatal())
                            .map(Diagnostic::message).toList()));
        }
        return fit.covariance().orElseThrow();
    }
}
