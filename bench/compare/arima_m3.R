# R forecast::auto.arima on M3 series: chosen orders, accuracy and in-process time.
#
#   Rscript bench/compare/arima_m3.R [periods] [dir] [ids-file]   (run from the repository root; default
#                                                                  YEARLY,QUARTERLY,MONTHLY,OTHER and bench/results)
#
# For each series: fit <- auto.arima(x) (R's defaults), then forecast(fit, h). Timed inside R after one warm-up fit
# (start-up and package loading excluded): the elapsed time of each auto.arima(x) call (fit_seconds), and per period
# the total elapsed and CPU (user + system) time of the loop. Forecasting is not timed. Single thread.
# Writes DIR/arima_m3_r_<periods>.csv (id, period, n, h, p, d, q, P, D, Q, m, constant, drift, aicc, loglik, smape,
# fit_seconds, forecasts ';'-separated with 15 digits) and DIR/arima_m3_r_<periods>_summary.csv (period, series,
# elapsed_seconds, cpu_seconds, smape). An optional ids-file (one id a line) restricts the series.
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
  fc <- forecast(fit, h = s$h)
  f <- as.numeric(fc$mean)
  cn <- names(coef(fit))
  rows[[i]] <- data.frame(id = s$id, period = s$period, n = length(s$x), h = s$h,
                          p = ord[1], d = ord[2], q = ord[3], P = ord[4], D = ord[5], Q = ord[6], m = m,
                          constant = as.integer("intercept" %in% cn), drift = as.integer("drift" %in% cn),
                          aicc = fit$aicc, loglik = fit$loglik,
                          smape = smape(s$xx, f), fit_seconds = secs[i],
                          forecast = paste(formatC(f, digits = 15, format = "g"), collapse = ";"),
                          stringsAsFactors = FALSE)
}
out <- do.call(rbind, rows)
summary <- do.call(rbind, totals)
summary$smape <- vapply(summary$period, function(p) mean(out$smape[out$period == p]), numeric(1))
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
