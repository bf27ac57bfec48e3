package io.marketcast.forecast.arima;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A fitted ARIMA as the registry hands it out. Forecasts and intervals are R's ({@code forecast.Arima}); sample
 * paths are the same Gaussian model: the forecast plus {@code L · eps}, L the Cholesky factor of the joint
 * covariance of the forecast errors of steps 1..h (from the Kalman state), so each step's paths have exactly the
 * interval's normal distribution and the engine's innovations enter in time order. Parameter uncertainty is not
 * included, as in R.
 */
final class ArimaFitted implements Fitted {

    private final String method;
    private final double[] history;
    private final int period;
    private final ArimaFit fit;

    ArimaFitted(String method, double[] history, int period, ArimaFit fit) {
        this.method = method;
        this.history = history;
        this.period = period;
        this.fit = fit;
    }

    /** The underlying fit, with R's numbers. */
    ArimaFit fit() {
        return fit;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public int n() {
        return history.length;
    }

    @Override
    public int period() {
        return period;
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        Checks.horizon(method, horizon);
        return fit.forecast(method, horizon, Checks.levels(levels));
    }

    @Override
    public PathModel paths(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, got " + horizon);
        }
        double[] mean = fit.kalmanForecast(horizon)[0];
        double[][] cov = fit.forecastErrorCovariance(horizon);
        double s2 = fit.sigma2();
        double[][] l = cholesky(cov, s2);
        return new PathModel() {
            @Override
            public int horizon() {
                return horizon;
            }

            @Override
            public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                for (int i = 0; i < horizon; i++) {
                    double v = mean[i];
                    double[] row = l[i];
                    for (int k = 0; k <= i; k++) {
                        v += row[k] * eps[k];
                    }
                    out[i] = v;
                }
            }
        };
    }

    /** Lower Cholesky factor of {@code scale · a}; a pivot that rounding makes non-positive is set to zero. */
    static double[][] cholesky(double[][] a, double scale) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j] * scale;
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    l[i][i] = s > 0 ? Math.sqrt(s) : 0;
                } else {
                    l[i][j] = l[j][j] > 0 ? s / l[j][j] : 0;
                }
            }
        }
        return l;
    }

    @Override
    public double[] fitted() {
        double[] r = fit.residuals();
        double[] f = new double[history.length];
        for (int t = 0; t < f.length; t++) {
            f[t] = history[t] - r[t];
        }
        return f;
    }

    @Override
    public double[] residuals() {
        return fit.residuals();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        double[] c = fit.coefficients();
        double[] se = fit.standardErrors();
        List<String> names = fit.names();
        for (int i = 0; i < c.length; i++) {
            out.add(Double.isFinite(se[i]) ? new Parameter(names.get(i), c[i], se[i])
                    : Parameter.of(names.get(i), c[i]));
        }
        out.add(Parameter.of("sigma2", fit.sigma2()));
        return out;
    }

    @Override
    public String summary() {
        return fit.toString();
    }

    @Override
    public String toString() {
        return method + ": " + summary();
    }
}
