package io.marketcast.forecast;

import java.util.List;

/**
 * A fitted model: what every {@link Method} returns. The benchmark, backtests, the scenario engine and a library
 * caller use only this type; they never ask which model it is.
 *
 * <p>Scales: {@link #fitted()} and forecasts are in the unit of the data. {@link #residuals()} are the model's
 * innovations on its own scale — {@code y − ŷ} for additive models, relative errors {@code (y − ŷ)/ŷ} for
 * multiplicative-error ETS, log differences for models fitted in logs — as R's {@code residuals(fit)}.
 *
 * <p>Sample paths and intervals are one model: for a method whose intervals are exact for the model, the quantiles
 * of {@link #paths(int)} converge to the bounds of {@link #forecast(int, double...)} (tested for every method). One
 * kind is approximate: multiplicative-error ETS, whose analytic intervals are R's normal approximation (the paths
 * are the exact model). The {@code mean:}/{@code median:} combinations such as {@code auto} take their intervals
 * from their own paths (Monte Carlo, fixed seed).
 *
 * <p>The point forecast is the method's: the mean for additive models (where it is also the median), the median for
 * models fitted in logs (growth curves, log-drift), the mean for multiplicative-error ETS (as R).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Fitted {

    /** The name of the method that made it, as {@link Method#name()}. */
    String method();

    /** Number of observations fitted. */
    int n();

    /** Seasonal period of the data. */
    int period();

    /**
     * Point forecasts and prediction intervals for steps {@code 1..horizon} after the last observation.
     *
     * @param horizon steps ahead, at least 1
     * @param levels  interval levels in (0, 1), ascending; none for {@link Forecast#DEFAULT_LEVELS}
     * @throws IllegalArgumentException for a horizon below 1 or bad levels
     */
    Forecast forecast(int horizon, double... levels);

    /**
     * A model of sample paths over {@code horizon} steps, for the simulation engine: innovations come from the
     * engine (so that series can be correlated), parameter uncertainty from the path's random stream.
     *
     * @throws IllegalArgumentException for a horizon below 1
     */
    PathModel paths(int horizon);

    /** One-step fitted values, one per observation (NaN where the model has none, e.g. the first for naive). */
    double[] fitted();

    /** Residuals on the model's scale (see the class documentation), one per observation, NaN where none. */
    double[] residuals();

    /** The estimated parameters, with standard errors where the method has them. */
    List<Parameter> parameters();

    /** One line for tables, logs and manifests, e.g. {@code ETS(M,A,N) alpha=0.9 beta=0.1; AICc 412.3}. */
    String summary();

    /**
     * What a user should know before trusting this fit's band, each in words with its numbers, e.g. a growth
     * curve's capacity or rate that is less certain than itself ("not identified by these data"). Empty for a fit
     * with nothing to say; a fit that cannot be used at all throws instead of fitting.
     */
    default List<String> cautions() {
        return List.of();
    }
}
