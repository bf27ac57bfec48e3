# Reference forecasts from R's forecast package for ReferenceTest.java.
# Run from this folder:  Rscript make_reference.R   (writes r_forecasts.csv)
# Made with R 4.2.2 and forecast 8.20 on M3 series from the project's copy (model resources).
suppressMessages(library(forecast))
d <- "../../../../../../../../model/src/main/resources/io/marketcast/model/m3/"
s <- read.csv(paste0(d, "series.csv"), stringsAsFactors = FALSE)
tr <- read.csv(paste0(d, "train.csv"), stringsAsFactors = FALSE)
ids <- c("N0001", "N0100", "N0700", "N0900", "N1500", "N2000", "N2900")
out <- NULL
for (id in ids) {
  m <- s$frequency[s$id == id]
  y <- ts(tr$value[tr$id == id], frequency = m)
  h <- s$h[s$id == id]
  fs <- list(naive = naive(y, h = h, level = c(80, 95)),
             snaive = snaive(y, h = h, level = c(80, 95)),
             drift = rwf(y, h = h, drift = TRUE, level = c(80, 95)),
             ses = ses(y, h = h, level = c(80, 95)),
             theta = thetaf(y, h = h, level = c(80, 95)))
  for (name in names(fs)) {
    f <- fs[[name]]
    out <- rbind(out, data.frame(id = id, method = name, step = seq_len(h),
                                 mean = as.numeric(f$mean),
                                 lo80 = as.numeric(f$lower[, 1]), hi80 = as.numeric(f$upper[, 1]),
                                 lo95 = as.numeric(f$lower[, 2]), hi95 = as.numeric(f$upper[, 2])))
  }
}
write.csv(out, "r_forecasts.csv", row.names = FALSE, quote = FALSE)  # 15 significant digits
