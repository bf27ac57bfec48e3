package io.marketcast.forecast.eval;

import io.marketcast.forecast.Forecast;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a backtest of one method: one {@link Origin} per origin, in time order, and summaries.
 *
 * @param method  the method's name
 * @param levels  the interval levels scored
 * @param origins per-origin results
 */
public record BacktestResult(String method, double[] levels, List<Origin> origins) {

    public BacktestResult {
        levels = levels.clone();
        origins = List.copyOf(origins);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    /**
     * One origin: the forecast and its scores. Where the method could not forecast, the naive forecast stands in
     * (scored like any other, and counted by {@link BacktestResult#failures()}) and {@code failure} says why; where
     * even the naive method could not, the forecast is empty and the scores NaN.
     *
     * @param origin   observations seen
     * @param actual   the values forecast
     * @param forecast the forecast (the method's, or the naive fallback's); empty when neither could forecast
     * @param failure  the method's message when it failed and the naive forecast stands in, else empty
     * @param smape    sMAPE, percent
     * @param mape     MAPE, percent
     * @param mase     MASE (seasonal naive scale on the history seen)
     * @param rmsse    RMSSE (same scale, squared)
     * @param coverage fraction of actuals inside the interval, per level
     * @param msis     MSIS per level
     */
    public record Origin(int origin, double[] actual, Optional<Forecast> forecast, String failure, double smape,
            double mape, double mase, double rmsse, double[] coverage, double[] msis) {

        public Origin {
            actual = actual.clone();
            coverage = coverage.clone();
            msis = msis.clone();
            failure = failure == null ? "" : failure;
        }

        @Override
        public double[] actual() {
            return actual.clone();
        }

        @Override
        public double[] coverage() {
            return coverage.clone();
        }

        @Override
        public double[] msis() {
            return msis.clone();
        }

        /** An origin where neither the method nor the naive fallback could forecast. */
        static Origin unscored(int origin, double[] actual, String failure, int levels) {
            double[] nan = new double[levels];
            java.util.Arrays.fill(nan, Double.NaN);
            return new Origin(origin, actual, Optional.empty(), failure, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, nan, nan);
        }

        /** Whether the method failed here (the naive forecast stands in, or nothing could forecast). */
        public boolean failed() {
            return !failure.isEmpty();
        }

        /** Whether the origin has scores. */
        public boolean scored() {
            return forecast.isPresent();
        }
    }

    /** Origins with scores: the method's forecast or the naive fallback's. */
    public List<Origin> scored() {
        return origins.stream().filter(Origin::scored).toList();
    }

    /** Origins where the method failed and the naive forecast stood in (or nothing could forecast). */
    public int failures() {
        return (int) origins.stream().filter(Origin::failed).count();
    }

    public double meanSmape() {
        return mean(Origin::smape);
    }

    public double meanMape() {
        return mean(Origin::mape);
    }

    public double meanMase() {
        return mean(Origin::mase);
    }

    public double meanRmsse() {
        return mean(Origin::rmsse);
    }

    /** Mean coverage of the interval at {@code levels[k]}. */
    public double meanCoverage(int k) {
        return mean(o -> o.coverage()[k]);
    }

    /** Mean MSIS of the interval at {@code levels[k]}. */
    public double meanMsis(int k) {
        return mean(o -> o.msis()[k]);
    }

    /** The mean over scored origins, fallbacks included (as a competition scores them); NaN when none was scored. */
    private double mean(ToDoubleFunction<Origin> f) {
        List<Origin> s = scored();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Origin o : s) {
            sum += f.applyAsDouble(o);
        }
        return sum / s.size();
    }
}
