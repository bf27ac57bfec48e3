/**
 * Growth curves fitted by nonlinear least squares, with honest uncertainty.
 *
 * <p>The curves ({@link io.marketcast.forecast.growth.Curves}: linear, exponential, logistic, Gompertz, Richards,
 * monomolecular, Bass) are fixed parametrisations with analytic gradients, constraints and data-driven starting
 * values; docs/curves.md lists them. {@link io.marketcast.forecast.growth.GrowthFitter} fits one
 * ({@link io.marketcast.forecast.growth.GrowthSpec}) by Levenberg–Marquardt — Commons Math's MINPACK port
 * (J. J. Moré, "The Levenberg–Marquardt algorithm: implementation and theory", 1978), or the compact
 * primitive-array {@link io.marketcast.forecast.growth.Solver#COMPACT} that reaches the same optimum — or all of
 * them, ranked by AICc (Hurvich &amp; Tsai 1989). {@link io.marketcast.forecast.growth.GrowthPrediction} turns a fit into a
 * {@link io.marketcast.forecast.Forecast} by the delta method (Seber &amp; Wild 1989, §5.1);
 * {@link io.marketcast.forecast.growth.GrowthModel#paths(int)} draws sample paths with the same uncertainty.
 *
 * <p>Units: {@code t} is in the unit of the data (quarters 1..n for a series; the x column of a file); values and
 * capacities are in the unit of the data; rates are per unit of t. Statistics named "on the fitting scale" are in
 * levels for additive errors, natural logs for multiplicative errors.
 *
 * <p>Invariants and NaN policy: inputs must be finite (else {@link java.lang.IllegalArgumentException}); a fit
 * holds only finite numbers; what cannot be computed (standard errors of an unidentified parameter, a fit that
 * did not converge) is absent and explained by a {@link io.marketcast.forecast.growth.Diagnostic}, never NaN.
 * Too few points ({@code parameters + 3}) or non-positive values under multiplicative errors raise
 * {@link io.marketcast.forecast.InsufficientDataException}. Verified against NIST StRD (Misra1a, Rat42) and R's
 * {@code nls}.
 */
package io.marketcast.forecast.growth;
