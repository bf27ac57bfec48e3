package io.marketcast.forecast.ets;

import java.util.Objects;

/**
 * One model AutoETS tried, for diagnostics: its criteria, or why it could not be fitted.
 *
 * @param model  the model
 * @param logLik R's log-likelihood {@code -lik/2}; NaN when not fitted
 * @param aic    AIC; +Inf when not fitted
 * @param aicc   AICc; +Inf when not fitted
 * @param bic    BIC; +Inf when not fitted
 * @param note   empty when fitted, otherwise the reason (too little data, not admissible at the start, ...)
 */
public record EtsCandidate(EtsModel model, double logLik, double aic, double aicc, double bic, String note) {

    public EtsCandidate {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(note, "note");
    }

    static EtsCandidate failed(EtsModel model, String why) {
        return new EtsCandidate(model, Double.NaN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, why);
    }

    /** Whether the model was fitted. */
    public boolean fitted() {
        return note.isEmpty();
    }
}
