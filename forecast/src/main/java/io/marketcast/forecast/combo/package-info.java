/**
 * Forecast combinations: the mean or median, step by step, of the forecasts of chosen member methods.
 *
 * <p>Point forecasts are the mean (or median) of the members' points. Interval bounds are combined the same way,
 * bound by bound and level by level (the "averaging endpoints" combination of intervals; Gaba, Tsetlin &amp;
 * Winkler 2017, "Combining interval forecasts", Decision Analysis 14:1-20; Lichtendahl, Grushka-Cockayne &amp;
 * Winkler 2013, "Is it better to average probabilities or quantiles?", Management Science 59:1594-1611).
 * The combination forecasts at the levels asked for and passes them to every member.
 *
 * <p>Combining simple methods is among the most reliable ways to gain accuracy (Makridakis &amp; Hibon 2000; the
 * SES-Holt-Damped combination of M3 and M4; Petropoulos &amp; Svetunkov 2020, "A simple combination of univariate
 * models", IJF 36:110-115). A member that cannot forecast a history ({@link
 * io.marketcast.forecast.InsufficientDataException}) is left out for that history; when none can, the combination
 * throws. Members must return finite forecasts.
 */
package io.marketcast.forecast.combo;
