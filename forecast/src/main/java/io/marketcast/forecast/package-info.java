/**
 * Fitters, forecasts and the simulation engine. A library: no printing, no files, no {@code System.exit}.
 */
package io.marketcast.forecast;
