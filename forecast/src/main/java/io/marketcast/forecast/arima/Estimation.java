package io.marketcast.forecast.arima;

/** How the coefficients are estimated, as R's {@code arima(method = ...)}. */
public enum Estimation {
    /** Conditional sum of squares for the start, then exact maximum likelihood (R's default). */
    CSS_ML,
    /** Conditional sum of squares only (auto.arima's approximation for long or high-frequency series). */
    CSS
}
