#!/usr/bin/env python3
"""Time scipy's curve_fit on the growth-curve benchmark problems of io.marketcast.bench.growth.

Same inputs as the JMH benchmark (BenchCurve): t = 1..40,
y_i = f(t_i; truth) * exp(0.02 * sin(12.9898 * i)), additive least squares from the same fixed start,
Levenberg-Marquardt (MINPACK lmder via method='lm') with the analytic Jacobian, covariance included
(curve_fit always returns pcov). Timed inside this process after a warm-up, excluding start-up.

Run: python3 bench/compare/growth_fit_scipy.py
Prints one line per curve: median and best microseconds per fit over 7 rounds, and the estimates.
"""
import math
import statistics
import time

import numpy as np
import scipy
from scipy.optimize import curve_fit

T = np.arange(1, 41, dtype=float)
WIGGLE = np.exp(0.02 * np.sin(12.9898 * T))


def logistic(t, k, r, t0):
    return k / (1 + np.exp(-r * (t - t0)))


def logistic_jac(t, k, r, t0):
    s = 1 / (1 + np.exp(-r * (t - t0)))
    return np.column_stack((s, k * (t - t0) * s * (1 - s), -k * r * s * (1 - s)))


def gompertz(t, k, r, t0):
    return k * np.exp(-np.exp(-r * (t - t0)))


def gompertz_jac(t, k, r, t0):
    v = np.exp(-r * (t - t0))
    e = np.exp(-v)
    return np.column_stack((e, k * e * v * (t - t0), -k * e * v * r))


PROBLEMS = {
    "logistic": (logistic, logistic_jac, (10000, 0.15, 20), (15000, 0.1, 15)),
    "gompertz": (gompertz, gompertz_jac, (10000, 0.1, 15), (15000, 0.05, 10)),
}


def main():
    print(f"scipy {scipy.__version__}, numpy {np.__version__}")
    for name, (f, jac, truth, start) in PROBLEMS.items():
        y = f(T, *truth) * WIGGLE
        fit = lambda: curve_fit(f, T, y, p0=start, jac=jac)
        for _ in range(500):
            fit()
        rounds = []
        n = 2000
        for _ in range(7):
            t0 = time.perf_counter()
            for _ in range(n):
                popt, pcov = fit()
            rounds.append((time.perf_counter() - t0) / n * 1e6)
        se = np.sqrt(np.diag(pcov))
        print(f"{name:9s} scipy curve_fit lm: median {statistics.median(rounds):8.1f} us/fit, best {min(rounds):8.1f}"
              f"  estimates {', '.join(f'{v:.10g}' for v in popt)}  se {', '.join(f'{v:.6g}' for v in se)}")


if __name__ == "__main__":
    main()
