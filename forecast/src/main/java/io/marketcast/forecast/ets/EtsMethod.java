package io.marketcast.forecast.ets;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ETS as a {@link Method}: {@code ets} is AutoETS with R's defaults, {@code ets:MODEL} one model or pattern of
 * {@link EtsSpec}'s grammar (e.g. {@code ets:AAdN}, {@code ets:MNM}, {@code ets:ZZN}).
 *
 * @param ets the spec
 */
public record EtsMethod(Ets ets) implements Method {

    public static final String NAME = "ets";

    /** AutoETS. */
    public static EtsMethod auto() {
        return new EtsMethod(Ets.auto());
    }

    /** The method of {@code ets:ARGS}: {@code null} for AutoETS, else a model pattern. */
    public static EtsMethod parse(String args) {
        if (args == null) {
            return auto();
        }
        return new EtsMethod(Ets.of(canonical(args)));
    }

    /** A model code with its letters upper-case and the damping mark {@code d} lower-case: {@code aadn -> AAdN}. */
    static String canonical(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            sb.append(ch == 'D' && i == 2 ? 'd' : ch);
        }
        return sb.toString();
    }

    @Override
    public String name() {
        return ets.spec().isAuto() ? NAME : NAME + ":" + ets.spec().model();
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(name(), history, period, 0);
        return new Model(name(), period, ets.fit(history, period));
    }

    /** A fitted ETS model as a {@link Fitted}; {@link #fit()} has everything R's {@code ets} reports. */
    public static final class Model implements Fitted {
        private final String method;
        private final int period;
        private final EtsFit fit;

        Model(String method, int period, EtsFit fit) {
            this.method = method;
            this.period = period;
            this.fit = fit;
        }

        public EtsFit fit() {
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
            try {
                return fit.forecast(horizon, Checks.levels(levels)).renamed(method);
            } catch (IllegalStateException e) {
                throw new InsufficientDataException(method + ": " + e.getMessage());
            }
        }

        @Override
        public PathModel paths(int horizon) {
            Checks.horizon(method, horizon);
            return fit.pathModel(horizon);
        }

        @Override
        public double[] fitted() {
            return fit.fitted();
        }

        @Override
        public double[] residuals() {
            return fit.residuals();
        }

        /** Smoothing parameters, initial states and sigma; no standard errors (R gives none). */
        @Override
        public List<Parameter> parameters() {
            List<Parameter> out = new ArrayList<>();
            EtsModel m = fit.model();
            out.add(Parameter.of("alpha", fit.alpha()));
            if (m.hasTrend()) {
                out.add(Parameter.of("beta", fit.beta()));
            }
            if (m.hasSeason()) {
                out.add(Parameter.of("gamma", fit.gamma()));
            }
            if (m.damped()) {
                out.add(Parameter.of("phi", fit.phi()));
            }
            double[] x0 = fit.initialState();
            out.add(Parameter.of("l0", x0[0]));
            int s = 1;
            if (m.hasTrend()) {
                out.add(Parameter.of("b0", x0[1]));
                s = 2;
            }
            for (int i = s; i < x0.length; i++) {
                out.add(Parameter.of("s" + (i - s), x0[i]));
            }
            out.add(Parameter.of("sigma", Math.sqrt(fit.sigma2())));
            return out;
        }

        @Override
        public String summary() {
            EtsModel m = fit.model();
            StringBuilder sb = new StringBuilder(m.toString()).append(String.format(Locale.ROOT, " alpha=%.4f",
                    fit.alpha()));
            if (m.hasTrend()) {
                sb.append(String.format(Locale.ROOT, " beta=%.4f", fit.beta()));
            }
            if (m.hasSeason()) {
                sb.append(String.format(Locale.ROOT, " gamma=%.4f", fit.gamma()));
            }
            if (m.damped()) {
                sb.append(String.format(Locale.ROOT, " phi=%.4f", fit.phi()));
            }
            return sb.append(String.format(Locale.ROOT, "; sigma %.4g; AICc %.2f", Math.sqrt(fit.sigma2()),
                    fit.aicc())).toString();
        }
    }
}
