package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;
import java.util.Optional;

/**
 * Naive2, the M3 and M4 benchmark: the naive method applied to data deseasonalised by classical multiplicative
 * decomposition when the series passes the seasonality test at {@code confidence} (see {@link Seasonality}), the
 * forecasts then multiplied by the last cycle of seasonal indices. Non-seasonal series get the plain naive forecast.
 *
 * <p>Intervals: the naive intervals of the adjusted data, multiplied by the same indices. Needs 2 observations.
 *
 * @param confidence confidence of the seasonality test, in (0, 1); 0.90 in the M3/M4 benchmarks
 */
public record Naive2(double confidence) implements Forecaster {

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
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        double[] lv = Histories.check(NAME, history, frequency, horizon, 2, levels);
        Optional<double[]> indices = Seasonality.indicesIfSeasonal(history, frequency, confidence);
        if (indices.isEmpty()) {
            return Naive.forecast(NAME, history, horizon, lv);
        }
        double[] si = indices.get();
        double[] adjusted = new double[history.length];
        for (int t = 0; t < adjusted.length; t++) {
            adjusted[t] = history[t] / si[t];
        }
        return Reseasonalize.apply(Naive.forecast(NAME, adjusted, horizon, lv),
                Seasonality.futureIndices(si, frequency, horizon));
    }
}
