package io.marketcast.forecast.eval;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.InsufficientDataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy", IJF 16:437-450): from
 * each origin the method sees only what was known then ({@link Vintages}), forecasts {@code horizon} steps and is
 * scored on the final values of those steps.
 */
public final class Backtest {

    private Backtest() {
    }

    /** The origins {@code spec} selects for a series of {@code length} values, oldest first. */
    public static int[] origins(BacktestSpec spec, int length) {
        int last = length - spec.horizon();
        int first = spec.minTrain();
        if (last < first) {
            return new int[0];
        }
        if (spec.origins() > 0) {
            first = Math.max(first, last - spec.origins() + 1);
        }
        int[] out = new int[last - first + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i;
        }
        return out;
    }

    /** Backtests {@code method} on a series that was never revised. */
    public static BacktestResult run(BacktestSpec spec, Method method, double[] series, int frequency) {
        return run(spec, method, series, Vintages.prefixes(series), frequency);
    }

    /**
     * Backtests {@code method} on {@code series} (the final values), handing it at each origin what
     * {@code vintages} says was known then.
     *
     * @param frequency seasonal period of the series (4 quarterly); also the MASE/RMSSE/MSIS scale period when the
     *                  history is long enough, else 1
     */
    public static BacktestResult run(BacktestSpec spec, Method method, double[] series, Vintages vintages,
            int frequency) {
        double[] levels = spec.levels();
        List<BacktestResult.Origin> out = new ArrayList<>();
        for (int o : origins(spec, series.length)) {
            double[] actual = Arrays.copyOfRange(series, o, o + spec.horizon());
            double[] history;
            try {
                history = vintages.knownAt(o);
            } catch (InsufficientDataException e) {
                out.add(BacktestResult.Origin.unscored(o, actual, "nothing usable known: " + e.getMessage(),
                        levels.length));
                continue;
            }
            Forecast f;
            String failure = "";
            try {
                f = method.forecast(history, frequency, spec.horizon(), levels);
                for (double v : f.mean()) {
                    if (!Double.isFinite(v)) {
                        throw new InsufficientDataException("non-finite forecast " + v);
                    }
                }
            } catch (RuntimeException e) {
                failure = Fallbacks.reason(e);
                try {
                    f = Fallbacks.naive(history, frequency, spec.horizon(), levels);
                } catch (RuntimeException naiveToo) {
                    out.add(BacktestResult.Origin.unscored(o, actual, failure + "; naive: "
                            + Fallbacks.reason(naiveToo), levels.length));
                    continue;
                }
            }
            double[] mean = f.mean();
            int m = history.length > frequency ? frequency : 1;
            double[] cov = new double[levels.length];
            double[] msis = new double[levels.length];
            for (int k = 0; k < levels.length; k++) {
                cov[k] = Metrics.coverage(actual, f.lower(levels[k]), f.upper(levels[k]));
                msis[k] = Metrics.msis(history, m, actual, f.lower(levels[k]), f.upper(levels[k]), levels[k]);
            }
            out.add(new BacktestResult.Origin(o, actual, Optional.of(f), failure, Metrics.smape(actual, mean),
                    Metrics.mape(actual, mean), Metrics.mase(history, m, actual, mean),
                    Metrics.rmsse(history, m, actual, mean), cov, msis));
        }
        return new BacktestResult(method.name(), levels, out);
    }
}
