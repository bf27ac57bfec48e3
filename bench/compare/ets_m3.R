# R forecast::ets on every M3 yearly and quarterly series: accuracy and in-process time.
#
#   Rscript bench/compare/ets_m3.R [periods]        (run from the repository root; default YEARLY,QUARTERLY)
#
# For each series: fit <- ets(x) (AutoETS, R's defaults), fc <- forecast(fit, h). The time recorded per series is
# the elapsed time of ets(x) alone (fit_seconds) and of ets + forecast (fit_forecast_seconds), measured inside R
# with Sys.time() after a warm-up fit, so R's start-up and package loading are excluded. Single thread.
# Writes bench/results/ets_m3_r.csv: id, period, n, h, model, smape, fit_seconds, fit_forecast_seconds, forecasts
# (';'-separated), and prints sMAPE and mean time per series by period.
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")

args <- commandArgs(trailingOnly = TRUE)
periods <- if (length(args) > 0) strsplit(args[1], ",")[[1]] else c("YEARLY", "QUARTERLY")
m3 <- read_m3()
sel <- Filter(function(s) s$period %in% periods, m3)

invisible(ets(sel[[1]]$x))   # warm-up (byte-compilation, lazy loading)
rows <- vector("list", length(sel))
for (i in seq_along(sel)) {
  s <- sel[[i]]
  t0 <- Sys.time()
  fit <- ets(s$x)
  t1 <- Sys.time()
  fc <- forecast(fit, h = s$h, PI = TRUE)
  t2 <- Sys.time()
  comp <- fit$components
  code <- paste0(comp[1], comp[2], ifelse(comp[4] == "TRUE", "d", ""), comp[3])
  f <- as.numeric(fc$mean)
  rows[[i]] <- data.frame(id = s$id, period = s$period, n = length(s$x), h = s$h, model = code,
                          smape = smape(s$xx, f),
                          fit_seconds = as.numeric(difftime(t1, t0, units = "secs")),
                          fit_forecast_seconds = as.numeric(difftime(t2, t0, units = "secs")),
                          forecast = paste(formatC(f, digits = 15, format = "g"), collapse = ";"),
                          stringsAsFactors = FALSE)
}
out <- do.call(rbind, rows)
dir.create("bench/results", showWarnings = FALSE)
write.csv(out, "bench/results/ets_m3_r.csv", row.names = FALSE)
cat(sprintf("R %s, forecast %s\n", paste(R.version$major, R.version$minor, sep = "."), packageVersion("forecast")))
for (p in periods) {
  o <- out[out$period == p, ]
  cat(sprintf("%-10s series %4d  sMAPE %.4f  ets() mean %.2f ms/series (total %.1f s)  ets+forecast %.2f ms/series\n",
              p, nrow(o), mean(o$smape), 1000 * mean(o$fit_seconds), sum(o$fit_seconds),
              1000 * mean(o$fit_forecast_seconds)))
}
