package io.marketcast.forecast.walk;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.NormalIntervals;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A growth path the user assumes: year-over-year growth rates in percent, one per year after the last observation
 * (the last rate repeats), with the step-to-step noise of the history. In logs,
 * {@code log y(T+h) = log y(T) + Σ_{j≤h} log(1 + g_j/100)/m + σ·Σ ε_j}, with {@code m} the seasonal period (steps
 * per year; 1 for yearly data), {@code g_j} the rate of the year step j falls in, and σ the standard deviation of
 * the last {@code min(12, n−1)} log growth rates. The point forecast is the median; intervals and sample paths are
 * log-normal with variance {@code h·σ²} (the path is assumed, so there is no parameter uncertainty).
 *
 * <p>Name: {@code fixed-growth:G1,G2,...}, e.g. {@code fixed-growth:30,25,20}. Needs 3 strictly positive values.
 */
public final class FixedGrowth implements Method {

    public static final String NAME = "fixed-growth";

    private final double[] annualPercent;

    /**
     * @param annualPercent growth per year in percent, each above −100
     * @throws IllegalArgumentException for no rates or a rate at or below −100%
     */
    public FixedGrowth(double... annualPercent) {
        if (annualPercent.length == 0) {
            throw new IllegalArgumentException("a fixed growth path needs at least one rate (percent per year)");
        }
        for (double g : annualPercent) {
            if (!(g > -100) || !Double.isFinite(g)) {
                throw new IllegalArgumentException("growth rate " + g + "% is not a finite rate above -100%");
            }
        }
        this.annualPercent = annualPercent.clone();
    }

    /** Parses {@code G1,G2,...} (percent per year). */
    public static FixedGrowth parse(String args) {
        if (args == null || args.isBlank()) {
            throw new IllegalArgumentException(NAME + " needs its rates, e.g. " + NAME + ":30,25,20 (percent per"
                    + " year)");
        }
        String[] parts = args.split(",");
        double[] g = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                g[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NAME + ": '" + parts[i].strip() + "' is not a number (rates are"
                        + " percent per year, e.g. " + NAME + ":30,25,20)");
            }
        }
        return new FixedGrowth(g);
    }

    public double[] annualPercent() {
        return annualPercent.clone();
    }

    @Override
    public String name() {
        StringBuilder sb = new StringBuilder(NAME).append(':');
        for (int i = 0; i < annualPercent.length; i++) {
            double g = annualPercent[i];
            sb.append(i == 0 ? "" : ",").append(g == Math.rint(g) ? String.valueOf((long) g) : String.valueOf(g));
        }
        return sb.toString();
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(name(), history, period, 0);
        LogRandomWalk.Process noise = LogRandomWalk.allHistory().withWindow(Math.max(2, Math.min(12,
                history.length - 1))).process(history);
        return new Fit(name(), history, period, annualPercent, noise);
    }

    private static final class Fit implements Fitted {
        private final String method;
        private final double[] history;
        private final int period;
        private final double[] annual;
        private final double sigma;
        private final double last;

        Fit(String method, double[] history, int period, double[] annual, LogRandomWalk.Process noise) {
            this.method = method;
            this.history = history.clone();
            this.period = period;
            this.annual = annual;
            this.sigma = noise.sigma();
            this.last = noise.last();
        }

        private double[] mu(int horizon) {
            double[] mu = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double g = annual[Math.min(h / period, annual.length - 1)];
                mu[h] = Math.log(1 + g / 100) / period;
            }
            return mu;
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
            double[] lv = Checks.levels(levels);
            double[] mu = mu(horizon);
            double[] mean = new double[horizon];
            double[][] lo = new double[lv.length][horizon];
            double[][] hi = new double[lv.length][horizon];
            double center = Math.log(last);
            for (int h = 0; h < horizon; h++) {
                center += mu[h];
                double sd = sigma * Math.sqrt(h + 1.0);
                mean[h] = Math.exp(center);
                for (int k = 0; k < lv.length; k++) {
                    double z = NormalIntervals.quantile(0.5 + lv[k] / 2);
                    lo[k][h] = Math.exp(center - z * sd);
                    hi[k][h] = Math.exp(center + z * sd);
                }
            }
            return new Forecast(method, mean, lv, lo, hi);
        }

        @Override
        public PathModel paths(int horizon) {
            Checks.horizon(method, horizon);
            double[] mu = mu(horizon);
            return new PathModel() {
                @Override
                public int horizon() {
                    return horizon;
                }

                @Override
                public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                    double level = Math.log(last);
                    for (int h = 0; h < horizon; h++) {
                        level += mu[h] + sigma * eps[h];
                        out[h] = Math.exp(level);
                    }
                }
            };
        }

        /** The assumed path is for the future; in-sample there is none. */
        @Override
        public double[] fitted() {
            double[] f = new double[history.length];
            Arrays.fill(f, Double.NaN);
            return f;
        }

        @Override
        public double[] residuals() {
            return fitted();
        }

        @Override
        public List<Parameter> parameters() {
            List<Parameter> out = new ArrayList<>();
            for (int i = 0; i < annual.length; i++) {
                out.add(Parameter.of("growth_year" + (i + 1) + "_pct", annual[i]));
            }
            out.add(Parameter.of("sigma", sigma));
            return out;
        }

        @Override
        public String summary() {
            return String.format(Locale.ROOT, "fixed growth %s%%/year, sigma %.1f%%/q", Arrays.toString(annual),
                    100 * sigma);
        }
    }
}
