/**
 * Forecast combinations: the mean or median, step by step, of the forecasts of chosen member methods.
 *
 * <p>Point forecasts are the mean (or median) of the members' points. Intervals are the quantiles of the
 * combination's own sample paths: each member draws its path from the same innovations, the operator combines the
 * paths step by step, and the bounds are the quantiles of {@value Combination#INTERVAL_PATHS} such paths drawn from a
 * fixed seed (deterministic). This is the distribution of the combined forecast under the members' own models; it is
 * narrower than averaging the members' bounds ("averaging endpoints"; Lichtendahl, Grushka-Cockayne &amp; Winkler
 * 2013, "Is it better to average probabilities or quantiles?", Management Science 59:1594-1611), which earlier
 * versions did, wherever the members respond differently to a shock.
 *
 * <p>Combining simple methods is among the most reliable ways to gain accuracy (Makridakis &amp; Hibon 2000; the
 * SES-Holt-Damped combination of M3 and M4; Petropoulos &amp; Svetunkov 2020, "A simple combination of univariate
 * models", IJF 36:110-115). A member that cannot forecast a history ({@link
 * io.marketcast.forecast.InsufficientDataException}) is left out for that history; when none can, the combination
 * throws. Members must return finite forecasts.
 */
package io.marketcast.forecast.combo;
