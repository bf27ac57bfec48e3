# R forecast::ets (AutoETS) time on chosen M3 series, for the per-series JMH benchmark io.marketcast.bench.ets.EtsBenchmark:
#
#   Rscript bench/compare/ets_time_series.R [ids]        (run from the repository root; default N0671,N0921,N1100)
#
# For each series: one warm-up fit, then REPS fits timed together (elapsed, inside R); prints ms per fit.
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")
args <- commandArgs(trailingOnly = TRUE)
ids <- if (length(args) > 0) strsplit(args[1], ",")[[1]] else c("N0671", "N0921", "N1100")
reps <- 20
m3 <- read_m3()
for (id in ids) {
  x <- m3[[id]]$x
  fit <- ets(x)
  t0 <- proc.time()
  for (i in seq_len(reps)) fit <- ets(x)
  t <- proc.time() - t0
  cat(sprintf("%s %s elapsed %.1f ms/fit, CPU %.1f ms/fit\n", id, fit$method, 1000 * t[["elapsed"]] / reps,
              1000 * (t[["user.self"]] + t[["sys.self"]]) / reps))
}
