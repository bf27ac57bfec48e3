package io.marketcast.forecast.growth;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A growth curve fitted to a time series at {@code t = 1..n}, as a {@link Fitted} model: forecasts at
 * {@code t = n+1, n+2, ...} with delta-method intervals ({@link GrowthPrediction}) and sample paths with the same
 * parameter uncertainty and Student-t scale ({@code GrowthPathModel}). {@link #fit()} is the regression itself.
 */
public final class GrowthModel implements Fitted {

    private final String method;
    private final int period;
    private final GrowthFit fit;

    GrowthModel(String method, int period, GrowthFit fit) {
        this.method = method;
        this.period = period;
        this.fit = fit;
    }

    /** The curve fit: estimates, covariance, criteria, diagnostics. */
    public GrowthFit fit() {
        return fit;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public int n() {
        return fit.n();
    }

    @Override
    public int period() {
        return period;
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        Checks.horizon(method, horizon);
        Forecast f = GrowthPrediction.forecast(fit, GrowthMethod.times(fit.n(), horizon), Checks.levels(levels));
        return f.method().equals(method) ? f : f.renamed(method);
    }

    @Override
    public PathModel paths(int horizon) {
        Checks.horizon(method, horizon);
        return new GrowthPathModel(fit, GrowthMethod.times(fit.n(), horizon));
    }

    /** The fitted curve at each observation's time (for the multiplicative model: the median). */
    @Override
    public double[] fitted() {
        double[] t = fit.t();
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            out[i] = fit.fitted(t[i]);
        }
        return out;
    }

    /** Residuals on the fitting scale: {@code y − f(t)}, or {@code log y − log f(t)} when fitted in logs. */
    @Override
    public double[] residuals() {
        double[] y = fit.y();
        double[] f = fitted();
        double[] r = new double[y.length];
        boolean logs = fit.error() == ErrorModel.MULTIPLICATIVE;
        for (int i = 0; i < y.length; i++) {
            r[i] = logs ? Math.log(y[i] / f[i]) : y[i] - f[i];
        }
        return r;
    }

    @Override
    public List<Parameter> parameters() {
        double[] est = fit.estimates();
        double[] se = fit.stdErrors().orElse(null);
        List<Parameter> out = new ArrayList<>();
        for (int i = 0; i < est.length; i++) {
            out.add(new Parameter(fit.curve().parameterNames().get(i), est[i], se == null ? Double.NaN : se[i]));
        }
        out.add(Parameter.of("sigma", fit.sigma()));
        return out;
    }

    /**
     * The fit's non-fatal diagnostics (a capacity far beyond the data or less certain than itself, a capacity below
     * the data); without those, every other parameter but the time location {@code t0} whose standard error exceeds
     * its size.
     */
    @Override
    public List<String> cautions() {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : fit.diagnostics()) {
            out.add(fit.curve().name() + " " + d.message());
        }
        double[] est = fit.estimates();
        double[] se = fit.stdErrors().orElse(null);
        // a rate is as uncertain as an unidentified capacity it is estimated with: say the capacity only
        if (se != null && fit.diagnostics().isEmpty()) {
            for (int i = 0; i < est.length; i++) {
                String name = fit.curve().parameterNames().get(i);
                if (i != fit.curve().capacityIndex() && !name.equals("t0") && se[i] > Math.abs(est[i])) {
                    out.add(String.format(Locale.ROOT, "%s %s = %.4g has a standard error of %.2g: not identified"
                            + " by these %d points", fit.curve().name(), name, est[i], se[i], fit.n()));
                }
            }
        }
        return out;
    }

    /** E.g. {@code gompertz K=1.526e+04 ± 7.3e+03, r=0.04681 ± 0.0073, t0=32.82 ± 7.1; sigma 5.21%; AICc 188.84}. */
    @Override
    public String summary() {
        StringBuilder sb = new StringBuilder(fit.curve().name()).append(' ');
        double[] est = fit.estimates();
        double[] se = fit.stdErrors().orElse(new double[est.length]);
        for (int i = 0; i < est.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(fit.curve().parameterNames().get(i)).append('=')
                    .append(String.format(Locale.ROOT, "%.4g ± %.2g", est[i], se[i]));
        }
        if (fit.curve() instanceof FixedCapacityCurve f) {
            sb.append(String.format(Locale.ROOT, ", capacity fixed at %.6g", f.capacity()));
        }
        boolean logs = fit.error() == ErrorModel.MULTIPLICATIVE;
        sb.append(logs ? String.format(Locale.ROOT, "; sigma %.2f%%", 100 * fit.sigma())
                : String.format(Locale.ROOT, "; sigma %.4g", fit.sigma()));
        sb.append(String.format(Locale.ROOT, "; AICc %.2f", fit.aicc()));
        return sb.toString();
    }
}
