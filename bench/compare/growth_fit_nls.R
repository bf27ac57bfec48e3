#!/usr/bin/env Rscript
# Time R's nls on the growth-curve benchmark problems of io.marketcast.bench.growth.
#
# Same inputs as the JMH benchmark (BenchCurve): t = 1..40, y_i = f(t_i; truth) * exp(0.02 * sin(12.9898 * i)),
# additive least squares from the same fixed start. nls as it is usually called (Gauss-Newton, derivatives by
# finite differences from the formula), summary() included for the standard errors. Timed inside this process
# after a warm-up, excluding start-up.
#
# Run: Rscript bench/compare/growth_fit_nls.R
# Prints one line per curve: median and best microseconds per fit over 7 rounds, and the estimates.

t <- 1:40
wiggle <- exp(0.02 * sin(12.9898 * t))
problems <- list(
  logistic = list(f = y ~ K / (1 + exp(-r * (t - t0))),
                  truth = c(K = 10000, r = 0.15, t0 = 20), start = list(K = 15000, r = 0.1, t0 = 15),
                  value = function(p) p[1] / (1 + exp(-p[2] * (t - p[3])))),
  gompertz = list(f = y ~ K * exp(-exp(-r * (t - t0))),
                  truth = c(K = 10000, r = 0.1, t0 = 15), start = list(K = 15000, r = 0.05, t0 = 10),
                  value = function(p) p[1] * exp(-exp(-p[2] * (t - p[3])))))

cat(sprintf("R %s.%s\n", R.version$major, R.version$minor))
for (name in names(problems)) {
  pr <- problems[[name]]
  d <- data.frame(t = t, y = pr$value(pr$truth) * wiggle)
  fit <- function() summary(nls(pr$f, data = d, start = pr$start))
  for (i in 1:200) fit()
  n <- 500
  rounds <- numeric(7)
  for (k in 1:7) {
    t0 <- proc.time()[["elapsed"]]
    for (i in 1:n) s <- fit()
    rounds[k] <- (proc.time()[["elapsed"]] - t0) / n * 1e6
  }
  co <- s$coefficients
  cat(sprintf("%-9s R nls:              median %8.1f us/fit, best %8.1f  estimates %s  se %s\n", name,
              median(rounds), min(rounds), paste(sprintf("%.10g", co[, 1]), collapse = ", "),
              paste(sprintf("%.6g", co[, 2]), collapse = ", ")))
}
