package io.marketcast.forecast.theta;

import io.marketcast.forecast.baseline.Seasonality;
import io.marketcast.forecast.baseline.SesFit;

/**
 * A fitted standard Theta method.
 *
 * @param ses          the SES fit on the (adjusted) data
 * @param slope        least-squares slope of the adjusted data per step; the drift is half of it
 * @param frequency    seasonal period of the history
 * @param indices      multiplicative seasonal index of each observation; empty when not seasonal
 */
public record ThetaFit(SesFit ses, double slope, int frequency, double[] indices) {

    public ThetaFit {
        indices = indices == null ? new double[0] : indices.clone();
    }

    static ThetaFit fit(double[] adjusted, int frequency, double[] indices) {
        return new ThetaFit(SesFit.fit(adjusted, 1e-4, 0.9999), slope(adjusted), frequency, indices);
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

    public boolean seasonal() {
        return indices.length > 0;
    }

    @Override
    public double[] indices() {
        return indices.clone();
    }

    /** Point forecasts of the adjusted data. */
    public double[] adjustedMean(int horizon) {
        double alpha = Math.max(1e-10, ses.alpha());
        double start = (1 - Math.pow(1 - alpha, ses.n())) / alpha;
        double[] out = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            out[h] = ses.level() + slope / 2 * (h + start);
        }
        return out;
    }

    /** Standard errors of the adjusted forecasts. */
    public double[] se(int horizon) {
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = ses.se(h);
        }
        return out;
    }

    /** Seasonal indices of the future steps (all 1 when not seasonal). */
    public double[] futureIndices(int horizon) {
        if (!seasonal()) {
            double[] ones = new double[horizon];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        return Seasonality.futureIndices(indices, frequency, horizon);
    }
}
