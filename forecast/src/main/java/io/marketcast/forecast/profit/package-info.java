/**
 * Profitability timing: when does a loss-making unit turn profitable? A {@link io.marketcast.forecast.profit.ProfitModel}
 * (margin as a function of log revenue, or operating leverage with fixed costs growing at their own rate; chosen by
 * AICc) is fitted on the unit's margins known at the as-of quarter ({@link io.marketcast.forecast.profit.ProfitHistory},
 * quarterly points plus fiscal-year totals where quarters were not disclosed) and simulated on every revenue path
 * ({@link io.marketcast.forecast.profit.ProfitSeries}); the engine's events then give P(first profitable quarter ≤ q).
 *
 * <p>Money in millions of one currency (a scenario's; USD by default); margins as fractions inside the model, percent
 * in reported series.
 */
package io.marketcast.forecast.profit;
