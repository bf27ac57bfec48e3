package io.marketcast.forecast.ets;

/**
 * Which parameter region the estimator searches, as R {@code ets(bounds = ...)}.
 *
 * <ul>
 *   <li>{@link #USUAL}: {@code lower <= alpha <= upper}, {@code lower <= beta <= min(alpha, upper)},
 *       {@code lower <= gamma <= min(1 - alpha, upper)}, {@code lower <= phi <= upper};</li>
 *   <li>{@link #ADMISSIBLE}: the region where the model is forecastable (the discount matrix's eigenvalues lie in
 *       the unit circle; Hyndman et al. 2008, ch. 10);</li>
 *   <li>{@link #BOTH}: the intersection — R's default.</li>
 * </ul>
 */
public enum Bounds {
    USUAL,
    ADMISSIBLE,
    BOTH;

    boolean usual() {
        return this != ADMISSIBLE;
    }

    boolean admissible() {
        return this != USUAL;
    }
}
