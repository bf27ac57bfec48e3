/**
 * Market shares on simulated paths: {@link io.marketcast.forecast.share.ShareSeries} (coherent shares from
 * positive levels, Aitchison's additive log-ratio model) and {@link io.marketcast.forecast.share.MarketHistory}
 * (the rest of the market, from an analyst's total). Shares are in percent.
 */
package io.marketcast.forecast.share;
