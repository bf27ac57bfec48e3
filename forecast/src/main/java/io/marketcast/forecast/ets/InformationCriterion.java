package io.marketcast.forecast.ets;

/**
 * The criterion AutoETS minimises. With {@code L} the likelihood as R's {@code ets} computes it (see
 * {@link EtsFit#logLik()}), {@code k} the number of estimated parameters plus one (for the innovation variance) and
 * {@code n} the number of observations: AIC {@code = -2L + 2k}, AICc {@code = AIC + 2k(k+1)/(n-k-1)},
 * BIC {@code = -2L + k log n}.
 */
public enum InformationCriterion {
    /** Bias-corrected Akaike information criterion, R's default. */
    AICC,
    /** Akaike information criterion. */
    AIC,
    /** Bayesian (Schwarz) information criterion. */
    BIC;

    double of(EtsFit fit) {
        return switch (this) {
            case AICC -> fit.aicc();
            case AIC -> fit.aic();
            case BIC -> fit.bic();
        };
    }
}
