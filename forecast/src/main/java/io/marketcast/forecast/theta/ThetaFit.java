package io.marketcast.forecast.theta;

import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.baseline.SesFit;
import io.marketcast.forecast.internal.GaussianFit;
import io.marketcast.forecast.internal.Seasonality;
import java.util.List;
import java.util.Locale;

/**
 * A fitted standard Theta method: SES on the (seasonally adjusted) data plus half the least-squares slope.
 * Intervals and sample paths are those of the SES model, ETS(A,N,N), around the Theta point forecast, multiplied by
 * the seasonal indices when the data were adjusted.
 */
public final class ThetaFit extends GaussianFit {

    private final SesFit ses;
    private final double slope;
    private final double[] adjusted;
    private final double[] indices;

    ThetaFit(String name, double[] history, int period, double[] adjusted, double[] indices) {
        super(name, history, period);
        this.adjusted = adjusted.clone();
        this.indices = indices == null ? new double[0] : indices.clone();
        this.ses = SesFit.fit(adjusted, 1e-4, 0.9999);
        this.slope = slope(adjusted);
    }

    /** Least-squares slope of {@code x} on {@code 0..n-1}. */
    static double slope(double[] x) {
        int n = x.length;
        double tm = (n - 1) / 2.0;
        double xm = 0;
        for (double v : x) {
            xm += v / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - tm) * (x[t] - xm);
            sxx += (t - tm) * (t - tm);
        }
        return sxy / sxx;
    }

    /** The SES fit on the adjusted data. */
    public SesFit ses() {
        return ses;
    }

    /** Least-squares slope of the adjusted data per step; the drift is half of it. */
    public double slope() {
        return slope;
    }

    /** Whether the data were seasonally adjusted. */
    public boolean seasonal() {
        return indices.length > 0;
    }

    /** Multiplicative seasonal index of each observation; empty when not seasonal. */
    public double[] indices() {
        return indices.clone();
    }

    /** Point forecasts of the adjusted data. */
    @Override
    protected double[] adjustedMean(int horizon) {
        double alpha = Math.max(1e-10, ses.alpha());
        double start = (1 - Math.pow(1 - alpha, ses.n())) / alpha;
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = ses.level() + slope / 2 * (h + start);
        }
        return out;
    }

    /** Standard errors of the adjusted forecasts. */
    @Override
    protected double[] se(int horizon) {
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = ses.se(h);
        }
        return out;
    }

    @Override
    protected double sigma() {
        return Math.sqrt(ses.sigma2());
    }

    @Override
    protected double psi(int j) {
        return j == 0 ? 1 : ses.alpha();
    }

    /** Seasonal indices of the future steps; null when not seasonal. */
    @Override
    protected double[] futureIndices(int horizon) {
        return seasonal() ? Seasonality.futureIndices(indices, period(), horizon) : null;
    }

    /** One-step predictions: the SES level plus the drift accumulated so far, times the seasonal index. */
    @Override
    protected double[] computeFitted() {
        double[] level = ses.oneStep(adjusted);
        double alpha = Math.max(1e-10, ses.alpha());
        double[] f = new double[adjusted.length];
        for (int t = 0; t < f.length; t++) {
            double v = level[t] + slope / 2 * (1 - Math.pow(1 - alpha, t)) / alpha;
            f[t] = seasonal() ? v * indices[t] : v;
        }
        return f;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(Parameter.of("alpha", ses.alpha()), Parameter.of("l0", ses.level0()),
                Parameter.of("slope", slope), Parameter.of("sigma", sigma()));
    }

    @Override
    public String summary() {
        return String.format(Locale.ROOT, "%s: alpha %.4f, drift %.6g per step, sigma %.4g%s", method(), ses.alpha(),
                slope / 2, sigma(), seasonal() ? " (seasonally adjusted, m = " + period() + ")" : "");
    }
}
