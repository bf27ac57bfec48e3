# R forecast's ets (AutoETS, R's defaults) and thetaf on every M3 series, scored for point accuracy and interval
# calibration the way `marketcast benchmark` scores ours (docs/methods.md, "Competition benchmark"):
#   smape      mean over the horizon of 200|y-f|/(|y|+|f|)
#   mase       mean |y-f| over the in-sample seasonal naive MAE (lag m = frequency, or 1 when the training part
#              has no more than m values)
#   coverage80 share of the h actuals inside the 80% interval (bounds included); coverage95 likewise
#   msis       M4's MSIS of the 95% interval: mean[(U-L) + 40(L-y)1{y<L} + 40(y-U)1{y>U}] over the MASE scale
# then the plain mean over series per period and over all series.
#
#   nice Rscript bench/compare/calibration_m3.R [methods] [dir] [periods]
#        (from the repository root; default ets,thetaf, bench/results and every period; periods e.g.
#         YEARLY,QUARTERLY,OTHER)
# Writes DIR/calibration_m3_r.csv (id, period, method, smape, mase, coverage80, coverage95, msis) and
# DIR/calibration_m3_r_summary.csv (method, period, series, smape, mase, coverage80, coverage95, msis).
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")

args <- commandArgs(trailingOnly = TRUE)
methods <- if (length(args) > 0) strsplit(args[1], ",")[[1]] else c("ets", "thetaf")
out_dir <- if (length(args) > 1) args[2] else "bench/results"
m3 <- read_m3()
if (length(args) > 2) m3 <- Filter(function(s) s$period %in% strsplit(args[3], ",")[[1]], m3)

scale_of <- function(x, m) {
  x <- as.numeric(x)
  if (length(x) <= m) m <- 1
  mean(abs(diff(x, lag = m)))
}

score <- function(s, fc) {
  y <- s$xx
  f <- as.numeric(fc$mean)
  # columns in the order of level = c(80, 95) (ets names them "80%"/"95%", thetaf does not)
  lo80 <- as.numeric(fc$lower[, 1]); hi80 <- as.numeric(fc$upper[, 1])
  lo95 <- as.numeric(fc$lower[, 2]); hi95 <- as.numeric(fc$upper[, 2])
  sc <- scale_of(s$x, s$frequency)
  is <- (hi95 - lo95) + 40 * (lo95 - y) * (y < lo95) + 40 * (y - hi95) * (y > hi95)
  c(smape = smape(y, f), mase = mean(abs(y - f)) / sc,
    coverage80 = mean(y >= lo80 & y <= hi80), coverage95 = mean(y >= lo95 & y <= hi95),
    msis = mean(is) / sc)
}

rows <- list()
for (method in methods) {
  for (s in m3) {
    fc <- switch(method,
                 ets = forecast(ets(s$x), h = s$h, level = c(80, 95)),
                 thetaf = thetaf(s$x, h = s$h, level = c(80, 95)),
                 stop("unknown method ", method))
    rows[[length(rows) + 1]] <- data.frame(id = s$id, period = s$period, method = method, t(score(s, fc)),
                                           stringsAsFactors = FALSE)
  }
}
out <- do.call(rbind, rows)
cols <- c("smape", "mase", "coverage80", "coverage95", "msis")
summ <- list()
for (method in methods) {
  for (p in c(unique(out$period), "ALL")) {
    sel <- out[out$method == method & (p == "ALL" | out$period == p), ]
    summ[[length(summ) + 1]] <- data.frame(method = method, period = p, series = nrow(sel),
                                           t(colMeans(sel[, cols])), stringsAsFactors = FALSE)
  }
}
summary <- do.call(rbind, summ)
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)
write.csv(out, file.path(out_dir, "calibration_m3_r.csv"), row.names = FALSE)
write.csv(summary, file.path(out_dir, "calibration_m3_r_summary.csv"), row.names = FALSE)
cat(sprintf("R %s, forecast %s\n", paste(R.version$major, R.version$minor, sep = "."), packageVersion("forecast")))
print(summary, digits = 5, row.names = FALSE)
