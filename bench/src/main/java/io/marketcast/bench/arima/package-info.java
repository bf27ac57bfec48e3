/** ARIMA (auto.arima) on M3 side by side with R's forecast::auto.arima: orders, accuracy and time. */
package io.marketcast.bench.arima;
