# R's forecast::thetaf on the whole M3, scored as docs/m3.md defines (sMAPE, mean over series), to compare
# side by side with `marketcast benchmark --methods theta` (docs/BENCHMARKS.md, "M3 accuracy").
# Run from the repository root:  Rscript bench/compare/m3_thetaf.R
# Needs R with the forecast package (Debian: apt-get install -y r-base-core r-cran-forecast).
suppressMessages(library(forecast))
d <- "model/src/main/resources/io/marketcast/model/m3/"
s <- read.csv(paste0(d, "series.csv"), stringsAsFactors = FALSE)
tr <- read.csv(paste0(d, "train.csv"), stringsAsFactors = FALSE)
te <- read.csv(paste0(d, "test.csv"), stringsAsFactors = FALSE)
trs <- split(tr$value, tr$id)
tes <- split(te$value, te$id)
res <- data.frame(id = s$id, period = s$period, smape = NA_real_, mase = NA_real_, secs = NA_real_)
for (i in seq_len(nrow(s))) {
  m <- s$frequency[i]
  x <- trs[[s$id[i]]]
  a <- tes[[s$id[i]]]
  t0 <- proc.time()[["elapsed"]]
  f <- as.numeric(thetaf(ts(x, frequency = m), h = s$h[i])$mean)
  res$secs[i] <- proc.time()[["elapsed"]] - t0
  res$smape[i] <- mean(200 * abs(a - f) / (abs(a) + abs(f)))
  res$mase[i] <- mean(abs(a - f)) / mean(abs(diff(x, lag = m)))
}
out <- rbind(aggregate(cbind(smape, mase) ~ period, res, mean),
             data.frame(period = "ALL", smape = mean(res$smape), mase = mean(res$mase)))
cat(sprintf("thetaf,%s,%.4f,%.4f\n", out$period, out$smape, out$mase), sep = "")
# time per series, in-process (start-up and reading excluded): thetaf alone, one thread
tm <- aggregate(secs ~ period, res, function(v) 1000 * mean(v))
cat(sprintf("# thetaf ms per series, %s: %.3f\n", tm$period, tm$secs), sep = "")
cat(sprintf("# R %s, forecast %s\n", getRversion(), packageVersion("forecast")))
