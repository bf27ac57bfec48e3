# Reference fits of forecast::Arima (fixed orders, CSS-ML, R's defaults) on M3 series, for ArimaRReferenceTest.
#
#   Rscript bench/compare/arima_reference.R   (from the repository root)
#
# Writes forecast/src/test/resources/arima/r_reference.csv, one row per case: id (M3 series), the orders
# p,d,q,P,D,Q and period m, constant (1: Arima(include.constant = TRUE), a mean when d + D = 0 and a drift when
# d + D = 1; 0: none), then R's results: coefficient names, estimates and standard errors (';'-separated, R's order),
# loglik, aic, aicc, bic, sigma2 (as forecast reports it), and the 8-step forecast mean and 80%/95% bounds
# (';'-separated); error: R's message when Arima fails (the other columns empty). All numbers with 17 significant digits.
suppressMessages(library(forecast))
source("bench/compare/m3_read.R")
m3 <- read_m3()
cases <- read.table(header = TRUE, text = "
id    p d q P D Q constant
N0001 0 1 1 0 0 0 1
N0001 1 1 0 0 0 0 0
N0010 2 0 0 0 0 0 1
N0100 1 1 1 0 0 0 1
N0200 0 2 2 0 0 0 0
N0300 1 0 1 0 0 0 1
N0500 2 1 2 0 0 0 1
N0700 1 0 0 0 1 1 1
N0700 0 1 1 0 1 1 0
N0800 2 1 0 1 0 0 1
N0900 1 0 1 1 0 1 1
N1200 0 1 1 0 1 1 0
N1402 0 1 1 0 1 1 0
N1500 1 0 0 0 1 1 1
N1600 2 1 0 1 1 0 0
N1700 1 0 1 1 0 0 1
N2000 0 1 1 1 0 1 1
N2500 3 0 0 0 1 1 1
N2800 1 1 1 0 0 1 1
N3000 2 0 0 0 0 0 1
N3000 0 1 1 0 0 0 1
")
fmt <- function(v) paste(formatC(v, digits = 17, format = "g"), collapse = ";")
rows <- list()
for (i in seq_len(nrow(cases))) {
  c <- cases[i, ]
  s <- m3[[c$id]]
  fit <- tryCatch(Arima(s$x, order = c(c$p, c$d, c$q), seasonal = c(c$P, c$D, c$Q),
                        include.constant = c$constant == 1), error = function(e) conditionMessage(e))
  if (is.character(fit)) {
    rows[[i]] <- data.frame(id = c$id, p = c$p, d = c$d, q = c$q, P = c$P, D = c$D, Q = c$Q, m = frequency(s$x),
      constant = c$constant, names = "", coef = "", se = "", loglik = "", aic = "", aicc = "", bic = "",
      sigma2 = "", mean = "", lo80 = "", hi80 = "", lo95 = "", hi95 = "", error = fit, stringsAsFactors = FALSE)
    next
  }
  fc <- forecast(fit, h = 8, level = c(80, 95))
  rows[[i]] <- data.frame(id = c$id, p = c$p, d = c$d, q = c$q, P = c$P, D = c$D, Q = c$Q, m = frequency(s$x),
    constant = c$constant, names = paste(names(coef(fit)), collapse = ";"), coef = fmt(coef(fit)),
    se = fmt(sqrt(diag(fit$var.coef))), loglik = fmt(fit$loglik), aic = fmt(fit$aic), aicc = fmt(fit$aicc),
    bic = fmt(fit$bic), sigma2 = fmt(fit$sigma2), mean = fmt(fc$mean), lo80 = fmt(fc$lower[, 1]),
    hi80 = fmt(fc$upper[, 1]), lo95 = fmt(fc$lower[, 2]), hi95 = fmt(fc$upper[, 2]), error = "", stringsAsFactors = FALSE)
}
out <- do.call(rbind, rows)
write.csv(out, "forecast/src/test/resources/arima/r_reference.csv", row.names = FALSE)
cat(sprintf("R %s, forecast %s: %d cases\n", paste(R.version$major, R.version$minor, sep = "."),
            packageVersion("forecast"), nrow(out)))
