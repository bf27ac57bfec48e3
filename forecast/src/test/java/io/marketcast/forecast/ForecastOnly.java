package io.marketcast.forecast;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A test method defined by its forecast function alone: its sample paths are its point forecast, its fitted values
 * and residuals NaN. For tests of what uses methods (combinations, backtests, benchmarks).
 */
public record ForecastOnly(String name, ForecastFunction function) implements Method {

    /** What the method forecasts from a history. */
    @FunctionalInterface
    public interface ForecastFunction {
        Forecast forecast(double[] history, int period, int horizon, double[] levels);
    }

    @Override
    public Fitted fit(double[] history, int period) {
        double[] y = history.clone();
        return new Fitted() {
            @Override
            public String method() {
                return name;
            }

            @Override
            public int n() {
                return y.length;
            }

            @Override
            public int period() {
                return period;
            }

            @Override
            public Forecast forecast(int horizon, double... levels) {
                return function.forecast(y.clone(), period, horizon,
                        levels.length == 0 ? Forecast.DEFAULT_LEVELS.clone() : levels);
            }

            @Override
            public PathModel paths(int horizon) {
                double[] mean = forecast(horizon).mean();
                return new PathModel() {
                    @Override
                    public int horizon() {
                        return horizon;
                    }

                    @Override
                    public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                        System.arraycopy(mean, 0, out, 0, horizon);
                    }
                };
            }

            @Override
            public double[] fitted() {
                double[] f = new double[y.length];
                Arrays.fill(f, Double.NaN);
                return f;
            }

            @Override
            public double[] residuals() {
                return fitted();
            }

            @Override
            public List<Parameter> parameters() {
                return List.of();
            }

            @Override
            public String summary() {
                return name;
            }
        };
    }
}
