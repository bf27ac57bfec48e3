/**
 * Conformal prediction intervals for any method: {@link io.marketcast.forecast.conformal.Conformal} wraps a method
 * and replaces its intervals by the empirical distribution of its own out-of-sample errors on the history
 * (rolling-origin, split-conformal; as statsforecast's {@code ConformalIntervals}, "conformal_distribution").
 * Written {@code NAME:conformal} or {@code NAME:conformal=N} in the method grammar (docs/methods.md).
 */
package io.marketcast.forecast.conformal;
