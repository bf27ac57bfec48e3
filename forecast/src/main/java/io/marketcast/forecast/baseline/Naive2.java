package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.Seasonality;
import java.util.Optional;

/**
 * Naive2, the M3 and M4 benchmark: the naive method applied to data deseasonalised by classical multiplicative
 * decomposition when the series passes the seasonality test at {@code confidence} (see {@link Seasonality}), the
 * forecasts then multiplied by the last cycle of seasonal indices. Non-seasonal series get the plain naive forecast.
 *
 * <p>Intervals and sample paths: those of the naive method on the adjusted data, multiplied by the same indices.
 * Needs 2 observations.
 *
 * @param confidence confidence of the seasonality test, in (0, 1); 0.90 in the M3/M4 benchmarks
 */
public record Naive2(double confidence) implements Method {

    public static final String NAME = "naive2";

    public Naive2 {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
    }

    /** The benchmark spec: seasonality test at 90%. */
    public Naive2() {
        this(0.90);
    }

    public Naive2 withConfidence(double c) {
        return new Naive2(c);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(NAME, history, period, 2);
        Optional<double[]> indices = Seasonality.indicesIfSeasonal(history, period, confidence);
        if (indices.isEmpty()) {
            return new Naive.Fit(NAME, history, period, null, history);
        }
        double[] si = indices.get();
        double[] adjusted = new double[history.length];
        for (int t = 0; t < adjusted.length; t++) {
            adjusted[t] = history[t] / si[t];
        }
        return new Naive.Fit(NAME, history, period, si, adjusted);
    }
}
