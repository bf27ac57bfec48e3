# R forecast::auto.arima on M3 series: chosen orders, accuracy and in-process time.
#
#   Rscript bench/compare/arima_m3.R [periods] [dir] [ids-file]   (run from the repository root; default
#                                                                  YEARLY,QUARTERLY,MONTHLY,OTHER and bench/results)
#
# For each series: fit <- auto.arima(x) (R's defaults), then forecast(fit, h). Timed inside R after one warm-up fit
# (start-up and package loading excluded): the elapsed time of each auto.arima(x) call (fit_seconds), and per period
# the total elapsed and CPU (user + system) time of the loop. Forecasting is not timed. Single thread.
# Writes DIR/arima_m3_r_<periods>.csv (id, period, n, h, p, d, q, P, D, Q, m, constant, drift, aicc, loglik, smape,
# fit_seconds, mase, coverage80, coverage95, msis, forecasts ';'-separated with 15 digits) and
# DIR/arima_m3_r_<periods>_summary.csv (period, series, elapsed_seconds, cpu_seconds, smape, mase, coverage80,
# coverage95, msis). The interval scores are those of calibration_m3.R (and of `marketcast benchmark`): the 80% and
# 95% intervals of forecast(fit, h, level = c(80, 95)), coverage = share of the h actuals inside (bounds included),
# MSIS of the 95% interval over the MASE scale. An optional ids-file (one id a line) restricts the series; its
# file name (without .txt) is added to <periods> in the output names, so that chunks run side by side do not clash.
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")

args <- commandArgs(trailingOnly = TRUE)
periods <- if (length(args) > 0) strsplit(args[1], ",")[[1]] else c("YEARLY", "QUARTERLY", "MONTHLY", "OTHER")
out_dir <- if (length(args) > 1) args[2] else "bench/results"
m3 <- read_m3()
sel <- Filter(function(s) s$period %in% periods, m3)
if (length(args) > 2) {
  ids <- readLines(args[3])
  sel <- Filter(function(s) s$id %in% ids, sel)
}
tag <- tolower(paste(periods, collapse = "_"))
if (length(args) > 2) tag <- paste0(tag, "_", sub("\\.txt$", "", basename(args[3])))

scale_of <- function(x, m) {
  x <- as.numeric(x)
  if (length(x) <= m) m <- 1
  mean(abs(diff(x, lag = m)))
}

invisible(auto.arima(sel[[1]]$x))   # warm-up

fits <- vector("list", length(sel))
secs <- numeric(length(sel))
totals <- list()
for (p in periods) {
  idx <- which(vapply(sel, function(s) s$period == p, logical(1)))
  c0 <- proc.time()
  for (i in idx) {
    t0 <- Sys.time()
    fits[[i]] <- auto.arima(sel[[i]]$x)
    secs[i] <- as.numeric(difftime(Sys.time(), t0, units = "secs"))
  }
  c1 <- proc.time() - c0
  totals[[p]] <- data.frame(period = p, series = length(idx), elapsed_seconds = c1[["elapsed"]],
                            cpu_seconds = c1[["user.self"]] + c1[["sys.self"]])
}

rows <- vector("list", length(sel))
for (i in seq_along(sel)) {
  s <- sel[[i]]
  fit <- fits[[i]]
  o <- arimaorder(fit)
  m <- frequency(s$x)
  ord <- c(o[1:3], if (length(o) >= 6) o[4:6] else c(0, 0, 0))
  fc <- forecast(fit, h = s$h, level = c(80, 95))
  f <- as.numeric(fc$mean)
  y <- s$xx
  lo80 <- as.numeric(fc$lower[, 1]); hi80 <- as.numeric(fc$upper[, 1])
  lo95 <- as.numeric(fc$lower[, 2]); hi95 <- as.numeric(fc$upper[, 2])
  sc <- scale_of(s$x, m)
  is <- (hi95 - lo95) + 40 * (lo95 - y) * (y < lo95) + 40 * (y - hi95) * (y > hi95)
  cn <- names(coef(fit))
  rows[[i]] <- data.frame(id = s$id, period = s$period, n = length(s$x), h = s$h,
                          p = ord[1], d = ord[2], q = ord[3], P = ord[4], D = ord[5], Q = ord[6], m = m,
                          constant = as.integer("intercept" %in% cn), drift = as.integer("drift" %in% cn),
                          aicc = fit$aicc, loglik = fit$loglik,
                          smape = smape(s$xx, f), fit_seconds = secs[i],
                          mase = mean(abs(y - f)) / sc, coverage80 = mean(y >= lo80 & y <= hi80),
                          coverage95 = mean(y >= lo95 & y <= hi95), msis = mean(is) / sc,
                          forecast = paste(formatC(f, digits = 15, format = "g"), collapse = ";"),
                          stringsAsFactors = FALSE)
}
out <- do.call(rbind, rows)
summary <- do.call(rbind, totals)
for (col in c("smape", "mase", "coverage80", "coverage95", "msis")) {
  summary[[col]] <- vapply(summary$period, function(p) mean(out[[col]][out$period == p]), numeric(1))
}
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
write.csv(out, file.path(out_dir, paste0("arima_m3_r_", tag, ".csv")), row.names = FALSE)
write.csv(summary, file.path(out_dir, paste0("arima_m3_r_", tag, "_summary.csv")), row.names = FALSE)
cat(sprintf("R %s, forecast %s\n", paste(R.version$major, R.version$minor, sep = "."), packageVersion("forecast")))
for (i in seq_len(nrow(summary))) {
  o <- summary[i, ]
  cat(sprintf("%-10s series %4d  sMAPE %.4f  auto.arima(): elapsed %.2f ms/series, CPU %.2f ms/series (total %.1f s)\n",
              o$period, o$series, o$smape, 1000 * o$elapsed_seconds / o$series, 1000 * o$cpu_seconds / o$series,
              o$elapsed_seconds))
}
