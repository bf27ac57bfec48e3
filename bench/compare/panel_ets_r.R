# R forecast::ets on the series of a long-format CSV (unique_id, ds, y; as 'marketcast data m3 --part train' writes
# it), for the speed comparison of bench/compare/panel_speed.sh.
#
#   Rscript bench/compare/panel_ets_r.R FILE FREQUENCY [H]
#
# Reads the file, then times ets(x) (AutoETS, R's defaults) and forecast(fit, h) on every series, after one
# warm-up fit: prints series, elapsed and CPU seconds of that loop and series per second. Single thread.
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], stringsAsFactors = FALSE)
m <- as.integer(args[2])
h <- if (length(args) > 2) as.integer(args[3]) else 2 * m
ids <- unique(d$unique_id)
xs <- lapply(split(d$y, factor(d$unique_id, levels = ids)), function(y) ts(y, frequency = m))
invisible(ets(xs[[1]]))
c0 <- proc.time()
for (x in xs) {
  f <- forecast(ets(x), h = h, level = c(80, 95))
}
c1 <- proc.time() - c0
cat(sprintf("R ets: %d series, elapsed %.2f s, CPU %.2f s, %.2f series/s (elapsed)\n", length(xs), c1[["elapsed"]],
            c1[["user.self"]] + c1[["sys.self"]], length(xs) / c1[["elapsed"]]))
