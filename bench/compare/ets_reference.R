# R reference values for the ETS tests: forecast::ets on a handful of M3 series, run from the repository root:
#
#   Rscript bench/compare/ets_reference.R
#
# writes forecast/src/test/resources/ets/r_reference.csv (described in forecast/src/test/resources/ets/README.md).
# One row per (series, fit): kind "auto" is ets(y) (AutoETS), kind "fixed" is ets(y, model, damped) for one model.
# Vectors are ';'-separated, numbers with 17 significant digits.
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")

m3 <- read_m3()
ids <- c("N0001", "N0005", "N0100", "N0350", "N0600",            # yearly
         "N0646", "N0660", "N0671", "N0746", "N0760", "N0796",  # quarterly
         "N0921", "N1100", "N1121", "N1171",
         "N1402", "N1500", "N2000")                               # monthly
fixed <- list(yearly = c("ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN"),
              seasonal = c("ANN", "AAdN", "MAdN", "ANA", "AAA", "AAdA", "MNM", "MAM", "MAdM", "MNA", "MAA"))

fmt <- function(v) paste(trimws(formatC(as.numeric(v), digits = 17, format = "g")), collapse = ";")
par_or_na <- function(fit, p) if (is.na(fit$par[p])) NA_real_ else unname(fit$par[p])

rows <- list()
add_row <- function(s, kind, fit) {
  fc <- forecast(fit, h = 8, level = c(80, 95))
  comp <- fit$components
  code <- paste0(comp[1], comp[2], ifelse(comp[4] == "TRUE", "d", ""), comp[3])
  rows[[length(rows) + 1]] <<- data.frame(
    series = s$id, frequency = s$frequency, kind = kind, model = code,
    loglik = trimws(formatC(fit$loglik, digits = 17, format = "g")),
    aic = trimws(formatC(fit$aic, digits = 17, format = "g")),
    aicc = trimws(formatC(fit$aicc, digits = 17, format = "g")),
    bic = trimws(formatC(fit$bic, digits = 17, format = "g")),
    sigma2 = trimws(formatC(fit$sigma2, digits = 17, format = "g")),
    alpha = trimws(formatC(par_or_na(fit, "alpha"), digits = 17, format = "g")),
    beta = trimws(formatC(par_or_na(fit, "beta"), digits = 17, format = "g")),
    gamma = trimws(formatC(par_or_na(fit, "gamma"), digits = 17, format = "g")),
    phi = trimws(formatC(par_or_na(fit, "phi"), digits = 17, format = "g")),
    init_state = fmt(fit$initstate),
    final_state = fmt(fit$states[nrow(fit$states), ]),
    mean = fmt(fc$mean),
    lo80 = fmt(fc$lower[, 1]), hi80 = fmt(fc$upper[, 1]),
    lo95 = fmt(fc$lower[, 2]), hi95 = fmt(fc$upper[, 2]),
    stringsAsFactors = FALSE)
}

for (id in ids) {
  s <- m3[[id]]
  add_row(s, "auto", ets(s$x))
  models <- if (s$frequency == 1) fixed$yearly else fixed$seasonal
  for (code in models) {
    damped <- nchar(code) == 4
    model <- paste0(substr(code, 1, 1), substr(code, 2, 2), substr(code, nchar(code), nchar(code)))
    fit <- tryCatch(ets(s$x, model = model, damped = damped), error = function(e) NULL)
    if (!is.null(fit)) add_row(s, "fixed", fit)
  }
}
out <- do.call(rbind, rows)
dir.create("forecast/src/test/resources/ets", showWarnings = FALSE, recursive = TRUE)
write.csv(out, "forecast/src/test/resources/ets/r_reference.csv", row.names = FALSE)
cat(sprintf("%d rows; forecast %s, %s\n", nrow(out), packageVersion("forecast"), R.version.string))
