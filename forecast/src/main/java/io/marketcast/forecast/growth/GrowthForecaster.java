package io.marketcast.forecast.growth;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;
import java.util.Objects;

/**
 * A growth curve (or {@code auto}: the curve with the smallest AICc) as a {@link Forecaster}. The history is
 * placed at {@code t = 1..n}, the forecast at {@code t = n+1..n+horizon}; the seasonal frequency is ignored (growth
 * curves are not seasonal). Immutable spec: {@link #of(String)} gives the defaults (multiplicative error),
 * {@link #withError} a copy. The forecast's method is the fitted curve's name (for {@code auto}: the chosen one).
 *
 * @param model  a curve name from {@link Curves} or {@value #AUTO}
 * @param error  the error model
 * @param solver the Levenberg–Marquardt implementation ({@link Solver#COMPACT} for many refits)
 */
public record GrowthForecaster(String model, ErrorModel error, Solver solver) implements Forecaster {

    public static final String AUTO = "auto";

    public GrowthForecaster {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(solver, "solver");
        if (!AUTO.equals(model)) {
            model = Curves.byName(model).name();
        }
    }

    /** The curve called {@code model} (or {@value #AUTO}) with multiplicative errors and the default solver. */
    public static GrowthForecaster of(String model) {
        return new GrowthForecaster(model, ErrorModel.MULTIPLICATIVE, Solver.AUTO);
    }

    public GrowthForecaster withError(ErrorModel e) {
        return new GrowthForecaster(model, e, solver);
    }

    public GrowthForecaster withSolver(Solver s) {
        return new GrowthForecaster(model, error, s);
    }

    @Override
    public String name() {
        return AUTO.equals(model) ? "growth-auto" : model;
    }

    /** The fit this forecaster makes of {@code history} (at {@code t = 1..n}). */
    public GrowthFit fit(double[] history) {
        double[] t = times(0, history.length);
        if (AUTO.equals(model)) {
            return GrowthFitter.auto(error, solver, t, history).best();
        }
        return GrowthFitter.fit(GrowthSpec.of(Curves.byName(model)).withError(error).withSolver(solver), t, history);
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        requireHorizon(horizon);
        GrowthFit f = fit(history);
        return GrowthPrediction.forecast(f, times(history.length, horizon), levels);
    }

    /** Sample paths of {@code horizon} steps after {@code history}, for the simulation engine. */
    public GrowthPathModel pathModel(double[] history, int horizon) {
        requireHorizon(horizon);
        return new GrowthPathModel(fit(history), times(history.length, horizon));
    }

    /** {@code from+1, ..., from+count}. */
    static double[] times(int from, int count) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = from + i + 1;
        }
        return t;
    }

    private static void requireHorizon(int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1, was " + horizon);
        }
    }
}
