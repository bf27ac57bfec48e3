#!/usr/bin/env Rscript
# Reference fits with R's nls (Gauss-Newton) for the growth-curve tests.
#
# Run from the repository root:
#   Rscript bench/compare/growth_nls_reference.R
# It reads the inputs from forecast/src/test/resources/io/marketcast/forecast/growth/ and writes
#   forecast/src/test/resources/io/marketcast/forecast/growth/nls/nls_reference.csv
# which NlsReferenceTest compares with our Levenberg-Marquardt fits (relative tolerance stated there).
#
# Problems, all in Marketcast's parametrisations (docs/curves.md):
#   misra1a  monomolecular K*(1-exp(-r*t)), additive errors, NIST start 1
#   rat42    logistic K/(1+exp(-r*(t-t0))), additive errors, NIST start 2 mapped to (K, r, t0)
#            (nls stops on a singular gradient from NIST start 1 in this parametrisation; LM does not)
#   aws      logistic and gompertz, multiplicative errors (least squares on log y), AWS revenue
#            (USD millions, comparable stretch 2014Q1..2020Q3 as of 2020Q3, t = 1..27)

res <- "forecast/src/test/resources/io/marketcast/forecast/growth"
# tol is nls's relative-offset criterion; 1e-7 is the tightest Misra1a (tiny residuals) reaches.
ctl <- nls.control(maxiter = 500, tol = 1e-7, minFactor = 1e-12)

rows <- list()
add <- function(problem, model, error, fit) {
  s <- summary(fit)
  co <- s$coefficients
  for (i in seq_len(nrow(co))) {
    rows[[length(rows) + 1]] <<- data.frame(
      problem = problem, model = model, error = error, parameter = rownames(co)[i],
      estimate = sprintf("%.17g", co[i, "Estimate"]), std_error = sprintf("%.17g", co[i, "Std. Error"]),
      rss = sprintf("%.17g", deviance(fit)), sigma = sprintf("%.17g", s$sigma),
      iterations = fit$convInfo$finIter)
  }
}

misra <- read.csv(file.path(res, "strd/Misra1a.csv"))
add("misra1a", "monomolecular", "additive",
    nls(y ~ K * (1 - exp(-r * x)), data = misra, start = list(K = 500, r = 1e-4), control = ctl))

rat <- read.csv(file.path(res, "strd/Rat42.csv"))
add("rat42", "logistic", "additive",
    nls(y ~ K / (1 + exp(-r * (x - t0))), data = rat, start = list(K = 75, r = 0.07, t0 = 2.5 / 0.07), control = ctl))

aws <- read.csv(file.path(res, "nls/aws_2020Q3.csv"))
add("aws", "logistic", "multiplicative",
    nls(log(y) ~ log(K / (1 + exp(-r * (t - t0)))), data = aws,
        start = list(K = 20000, r = 0.1, t0 = 25), control = ctl))
add("aws", "gompertz", "multiplicative",
    nls(log(y) ~ log(K) - exp(-r * (t - t0)), data = aws,
        start = list(K = 60000, r = 0.03, t0 = 40), control = ctl))

out <- do.call(rbind, rows)
write.csv(out, file.path(res, "nls/nls_reference.csv"), row.names = FALSE, quote = FALSE)
cat(sprintf("R %s.%s, %d rows written to %s\n", R.version$major, R.version$minor, nrow(out),
            file.path(res, "nls/nls_reference.csv")))
