# R forecast::ets on every M3 yearly and quarterly series: accuracy and in-process time.
#
#   Rscript bench/compare/ets_m3.R [periods] [dir]   (run from the repository root; default YEARLY,QUARTERLY and
#                                                    bench/results)
#
# For each series: fit <- ets(x) (AutoETS, R's defaults), then forecast(fit, h). Timed inside R, after one warm-up
# fit, so R's start-up and package loading are excluded: the elapsed time of each ets(x) call (fit_seconds), and per
# period the total elapsed and CPU (user + system) time of the loop of ets(x) calls. Forecasting is not timed.
# Single thread. Writes DIR/ets_m3_r.csv (id, period, n, h, model, smape, fit_seconds, forecasts ';'-separated) and
# DIR/ets_m3_r_summary.csv (period, series, elapsed_seconds, cpu_seconds, smape), and prints sMAPE and time per
# series by period.
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")

args <- commandArgs(trailingOnly = TRUE)
periods <- if (length(args) > 0) strsplit(args[1], ",")[[1]] else c("YEARLY", "QUARTERLY")
out_dir <- if (length(args) > 1) args[2] else "bench/results"
m3 <- read_m3()
sel <- Filter(function(s) s$period %in% periods, m3)

invisible(ets(sel[[1]]$x))   # warm-up (byte-compilation, lazy loading)

# Timed pass: ets(x) only, per series (elapsed) and per period in total (elapsed and CPU, user + system).
fits <- vector("list", length(sel))
secs <- numeric(length(sel))
totals <- list()
for (p in periods) {
  idx <- which(vapply(sel, function(s) s$period == p, logical(1)))
  c0 <- proc.time()
  for (i in idx) {
    t0 <- Sys.time()
    fits[[i]] <- ets(sel[[i]]$x)
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
  fc <- forecast(fit, h = s$h, PI = TRUE)
  comp <- fit$components
  code <- paste0(comp[1], comp[2], ifelse(comp[4] == "TRUE", "d", ""), comp[3])
  f <- as.numeric(fc$mean)
  rows[[i]] <- data.frame(id = s$id, period = s$period, n = length(s$x), h = s$h, model = code,
                          smape = smape(s$xx, f), fit_seconds = secs[i],
                          forecast = paste(formatC(f, digits = 15, format = "g"), collapse = ";"),
                          stringsAsFactors = FALSE)
}
out <- do.call(rbind, rows)
summary <- do.call(rbind, totals)
summary$smape <- vapply(summary$period, function(p) mean(out$smape[out$period == p]), numeric(1))
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
write.csv(out, file.path(out_dir, "ets_m3_r.csv"), row.names = FALSE)
write.csv(summary, file.path(out_dir, "ets_m3_r_summary.csv"), row.names = FALSE)
cat(sprintf("R %s, forecast %s\n", paste(R.version$major, R.version$minor, sep = "."), packageVersion("forecast")))
for (i in seq_len(nrow(summary))) {
  o <- summary[i, ]
  cat(sprintf("%-10s series %4d  sMAPE %.4f  ets(): elapsed %.2f ms/series, CPU %.2f ms/series (total %.1f s)\n",
              o$period, o$series, o$smape, 1000 * o$elapsed_seconds / o$series, 1000 * o$cpu_seconds / o$series,
              o$elapsed_seconds))
}
