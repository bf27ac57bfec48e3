# Reads the project's M3 copy (model/src/main/resources/io/marketcast/model/m3) into a list of ts objects.
# Sourced by ets_reference.R and ets_m3.R; run those from the repository root.
m3_dir <- "model/src/main/resources/io/marketcast/model/m3"

read_m3 <- function(dir = m3_dir) {
  series <- read.csv(file.path(dir, "series.csv"), stringsAsFactors = FALSE)
  train <- read.csv(file.path(dir, "train.csv"), stringsAsFactors = FALSE)
  test <- read.csv(file.path(dir, "test.csv"), stringsAsFactors = FALSE)
  tr <- split(train, train$id)
  te <- split(test, test$id)
  out <- vector("list", nrow(series))
  names(out) <- series$id
  for (i in seq_len(nrow(series))) {
    s <- series[i, ]
    x <- tr[[s$id]]
    x <- x$value[order(x$t)]
    xx <- te[[s$id]]
    xx <- xx$value[order(xx$t)]
    out[[i]] <- list(id = s$id, period = s$period, frequency = s$frequency, h = s$h,
                     x = ts(x, frequency = s$frequency, start = c(s$start_year, s$start_period)),
                     xx = xx)
  }
  out
}

smape <- function(y, f) mean(200 * abs(y - f) / (abs(y) + abs(f)))
