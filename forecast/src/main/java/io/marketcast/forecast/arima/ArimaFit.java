package io.marketcast.forecast.arima;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.internal.NormalIntervals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One fitted ARIMA model with the numbers R's {@code forecast::Arima} reports: coefficients in R's order
 * ({@code ar1.., ma1.., sar1.., sma1.., intercept|drift}), their covariance from the Hessian, the log-likelihood,
 * AIC, AICc and BIC, and {@code sigma2} as forecast reports it (the sum of squared standardised innovations over
 * {@code n - d - D·m - k}, k the number of estimated coefficients), the standardised innovations as residuals, and
 * the Kalman state after the last observation, from which it forecasts as R's {@code KalmanForecast}.
 */
public final class ArimaFit {

    /** The deterministic term. */
    public enum Constant {
        /** none */
        NONE,
        /** a mean (no differences) */
        MEAN,
        /** a drift: a linear trend in the undifferenced series (one difference) */
        DRIFT
    }

    private final ArimaOrder order;
    private final Constant constant;
    private final double[] coef;
    private final boolean[] mask;
    private final java.util.function.Supplier<double[][]> var;
    private final double sigma2Ml;
    private final double loglik;
    private final double aic;
    private final int nUsed;
    private final double[] residuals;
    private final Kernels.StateSpace state;
    private final int n;
    private final int convergence;
    private final Estimation method;
    private final double sigma2;
    private final int npar;
    private final int nstar;

    ArimaFit(ArimaOrder order, Constant constant, double[] coef, boolean[] mask, java.util.function.Supplier<double[][]> var, double sigma2Ml,
            double loglik, double aic, int nUsed, double[] residuals, Kernels.StateSpace state, int n,
            int convergence, Estimation method) {
        this.order = order;
        this.constant = constant;
        this.coef = coef;
        this.mask = mask;
        this.var = var;
        this.sigma2Ml = sigma2Ml;
        this.loglik = loglik;
        this.aic = aic;
        this.nUsed = nUsed;
        this.residuals = residuals;
        this.state = state;
        this.n = n;
        this.convergence = convergence;
        this.method = method;
        int k = 0;
        for (boolean b : mask) {
            k += b ? 1 : 0;
        }
        this.npar = k + 1;
        this.nstar = n - order.d() - order.sd() * order.period();
        double ss = 0;
        for (double e : residuals) {
            if (!Double.isNaN(e)) {
                ss += e * e;
            }
        }
        this.sigma2 = ss / (nstar - npar + 1);
    }

    public ArimaOrder order() {
        return order;
    }

    public Constant constant() {
        return constant;
    }

    /** The coefficients in R's order; the constant last. */
    public double[] coefficients() {
        return coef.clone();
    }

    /** R's names of {@link #coefficients()}. */
    public List<String> names() {
        List<String> nm = new ArrayList<>();
        for (int i = 1; i <= order.p(); i++) {
            nm.add("ar" + i);
        }
        for (int i = 1; i <= order.q(); i++) {
            nm.add("ma" + i);
        }
        for (int i = 1; i <= order.sp(); i++) {
            nm.add("sar" + i);
        }
        for (int i = 1; i <= order.sq(); i++) {
            nm.add("sma" + i);
        }
        if (constant != Constant.NONE) {
            nm.add(constant == Constant.MEAN ? "intercept" : "drift");
        }
        return nm;
    }

    /** Standard errors of the coefficients (NaN for fixed ones or where the Hessian gives a negative variance). */
    public double[] standardErrors() {
        double[] se = new double[coef.length];
        double[][] v = var.get();
        int k = 0;
        for (int i = 0; i < coef.length; i++) {
            se[i] = mask[i] ? Math.sqrt(v[k][k++]) : Double.NaN;
        }
        return se;
    }

    /** R's checkarima: a variance of the covariance diagonal is negative (NaN standard error). */
    boolean hasNanStandardError() {
        double[][] v = var.get();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(Math.sqrt(v[i][i]))) {
                return true;
            }
        }
        return false;
    }

    /** The expanded AR polynomial coefficients (phi of length p + m·P). */
    double[] phi() {
        return state.phi.clone();
    }

    /** The expanded MA polynomial coefficients (theta of length q + m·Q). */
    double[] theta() {
        return state.theta.clone();
    }

    public double logLikelihood() {
        return loglik;
    }

    /** AIC; NaN for a CSS fit (R's NA). */
    public double aic() {
        return aic;
    }

    /** Number of estimated coefficients plus one (the variance), as forecast's npar. */
    public int npar() {
        return npar;
    }

    /** n - d - D·m: the observations the information criteria count. */
    public int nstar() {
        return nstar;
    }

    public double aicc() {
        return aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1);
    }

    public double bic() {
        return aic + npar * (Math.log(nstar) - 2);
    }

    /** The innovation variance as forecast reports it (and uses for intervals). */
    public double sigma2() {
        return sigma2;
    }

    /** The innovation variance as stats::arima reports it: ssq / n.used (ML) or the CSS mean square. */
    public double sigma2Arima() {
        return sigma2Ml;
    }

    /** Observations used: n minus the number of differences. */
    public int nobs() {
        return nUsed;
    }

    /** The standardised innovations (R's residuals), one per observation. */
    public double[] residuals() {
        return residuals.clone();
    }

    public int n() {
        return n;
    }

    /** optim's convergence code of the final optimisation (0 converged, 1 iteration limit). */
    public int convergence() {
        return convergence;
    }

    public Estimation method() {
        return method;
    }

    /** The deterministic part at step t (1-based; t > n is the future). */
    double regression(int t) {
        return switch (constant) {
            case NONE -> 0;
            case MEAN -> coef[coef.length - 1];
            case DRIFT -> coef[coef.length - 1] * t;
        };
    }

    /**
     * R's KalmanForecast from the state after the last observation, plus the constant: {mean, variance factor}
     * for steps 1..h; the forecast variance is {@code factor · sigma2()}.
     */
    double[][] kalmanForecast(int h) {
        int rd = state.rd;
        double[] t = state.t();
        double[] v = state.v();
        double[] z = state.z();
        double[] a = state.a.clone();
        double[] p = state.p.clone();
        double[] anew = new double[rd];
        double[] mm = new double[rd * rd];
        double[] mean = new double[h];
        double[] se = new double[h];
        for (int l = 0; l < h; l++) {
            double fc = 0.0;
            for (int i = 0; i < rd; i++) {
                double tmp = 0.0;
                for (int k = 0; k < rd; k++) {
                    tmp += t[i + rd * k] * a[k];
                }
                anew[i] = tmp;
                fc += tmp * z[i];
            }
            System.arraycopy(anew, 0, a, 0, rd);
            mean[l] = fc + regression(n + l + 1);
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    double tmp = 0.0;
                    for (int k = 0; k < rd; k++) {
                        tmp += t[i + rd * k] * p[k + rd * j];
                    }
                    mm[i + rd * j] = tmp;
                }
            }
            double tmp2 = 0;
            double[] pnew = new double[rd * rd];
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    double tmp = v[i + rd * j];
                    for (int k = 0; k < rd; k++) {
                        tmp += mm[i + rd * k] * t[j + rd * k];
                    }
                    pnew[i + rd * j] = tmp;
                }
            }
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    p[i + j * rd] = pnew[i + j * rd];
                    tmp2 += z[i] * z[j] * p[i + j * rd];
                }
            }
            se[l] = tmp2;
        }
        return new double[][] {mean, se};
    }

    /**
     * The covariance factors of the forecast errors of steps 1..h (h × h; times {@code sigma2()} the covariance):
     * entry (i, j), i ≤ j, is Z' T^(j-i) P_i Z with P_i the state covariance of step i.
     */
    double[][] forecastErrorCovariance(int h) {
        int rd = state.rd;
        double[] t = state.t();
        double[] v = state.v();
        double[] z = state.z();
        double[] p = state.p.clone();
        double[][] cov = new double[h][h];
        double[] mm = new double[rd * rd];
        for (int l = 0; l < h; l++) {
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    double tmp = 0.0;
                    for (int k = 0; k < rd; k++) {
                        tmp += t[i + rd * k] * p[k + rd * j];
                    }
                    mm[i + rd * j] = tmp;
                }
            }
            double[] pnew = new double[rd * rd];
            for (int i = 0; i < rd; i++) {
                for (int j = 0; j < rd; j++) {
                    double tmp = v[i + rd * j];
                    for (int k = 0; k < rd; k++) {
                        tmp += mm[i + rd * k] * t[j + rd * k];
                    }
                    pnew[i + rd * j] = tmp;
                }
            }
            p = pnew;
            double[] u = new double[rd];
            for (int i = 0; i < rd; i++) {
                double s = 0;
                for (int j = 0; j < rd; j++) {
                    s += p[i + rd * j] * z[j];
                }
                u[i] = s;
            }
            for (int j = l; j < h; j++) {
                double c = 0;
                for (int i = 0; i < rd; i++) {
                    c += z[i] * u[i];
                }
                cov[l][j] = c;
                cov[j][l] = c;
                double[] un = new double[rd];
                for (int i = 0; i < rd; i++) {
                    double s = 0;
                    for (int k = 0; k < rd; k++) {
                        s += t[i + rd * k] * u[k];
                    }
                    un[i] = s;
                }
                u = un;
            }
        }
        return cov;
    }

    /**
     * Point forecasts and normal prediction intervals for steps 1..h, as R's {@code forecast(fit, h, level)}:
     * the Kalman forecast plus the constant, {@code ± z · sqrt(v_h · sigma2)}.
     *
     * @param levels interval levels in (0, 1), ascending; none for 80% and 95%
     */
    public Forecast forecast(String method, int h, double... levels) {
        double[][] fc = kalmanForecast(h);
        double[] se = new double[h];
        for (int i = 0; i < h; i++) {
            se[i] = Math.sqrt(fc[1][i] * sigma2);
        }
        return NormalIntervals.of(method, fc[0], se, levels.length == 0 ? Forecast.DEFAULT_LEVELS : levels);
    }

    /** As R's arima.string: {@code ARIMA(0,1,1)(0,1,1)[12]}, {@code with drift}, {@code with non-zero mean}. */
    public String label() {
        String s = order.toString();
        return switch (constant) {
            case MEAN -> s + " with non-zero mean";
            case DRIFT -> s + " with drift";
            case NONE -> order.differences() == 0 ? s + " with zero mean" : s;
        };
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(label());
        List<String> nm = names();
        double[] se = standardErrors();
        for (int i = 0; i < coef.length; i++) {
            b.append(i == 0 ? " " : ", ").append(nm.get(i))
                    .append(String.format(Locale.ROOT, "=%.4g", coef[i]));
            if (!Double.isNaN(se[i])) {
                b.append(String.format(Locale.ROOT, " ± %.2g", se[i]));
            }
        }
        b.append(coef.length > 0 ? ";" : "").append(String.format(Locale.ROOT, " sigma^2 %.4g; AICc %.2f", sigma2,
                aicc()));
        return b.toString();
    }
}
