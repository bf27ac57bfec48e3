#!/usr/bin/env python3
"""Writes the SYNTHETIC example market of docs/scenarios.md ("Your own market: a walk-through").

Every company, number and market total here is made up: four fictional makers of battery-electric cars in Europe,
2018Q1-2024Q4, revenue in EUR millions (one maker reports in USD), a market total in EUR billions and the makers'
shares. Growth slows with scale, Q4 is the strong quarter, and each value carries a little noise (fixed seed, so the
files are the same on every run). The USD per EUR rates are close to the ECB's quarterly averages but were not
checked against them; they are for illustration only.

Run from this folder: python3 generate.py   (writes segments.csv, market.csv, fx.csv)
"""
import csv
import math
import random

random.seed(20240101)
QUARTERS = [f"{y}Q{q}" for y in range(2018, 2025) for q in range(1, 5)]
SEASON = {1: 0.96, 2: 1.00, 3: 0.98, 4: 1.06}
NOTE = "SYNTHETIC: made up for the example market of docs/scenarios.md; not a real company"

# USD per EUR, quarterly average (approximate; illustration only)
USD_PER_EUR = [1.229, 1.191, 1.163, 1.141, 1.136, 1.124, 1.112, 1.107, 1.103, 1.101, 1.169, 1.193,
               1.205, 1.206, 1.179, 1.144, 1.122, 1.065, 1.007, 1.021, 1.073, 1.089, 1.088, 1.075,
               1.086, 1.077, 1.098, 1.068]


def path(start, first, g0, tau, floor):
    """Revenue per quarter from quarter index `first`: growth g0*exp(-t/tau)+floor a quarter, seasonal, noisy."""
    out = {}
    level = start
    for t, q in enumerate(QUARTERS[first:]):
        if t > 0:
            level *= 1 + g0 * math.exp(-t / tau) + floor
        season = SEASON[int(q[-1])]
        out[q] = level * season * math.exp(random.gauss(0, 0.025))
    return out


makers = [
    # company, segment, label, currency, revenue path, margin(revenue) or None, income metric
    ("Voltra", "Cars", "Voltra", "EUR", path(800, 0, 0.11, 18, 0.02),
     lambda r: 0.07 + 0.01 * math.log(r / 800), "operating income"),
    ("Nordlicht Motors", "Cars", "Nordlicht", "EUR", path(150, 0, 0.16, 16, 0.025),
     lambda r: -0.40 + 0.18 * math.log(r / 150), "operating income"),
    ("Cielo Auto", "Cars", "Cielo", "EUR", path(30, 4, 0.30, 20, 0.045), None, ""),
    ("Pacifica Motors", "Cars", "Pacifica (reports in USD)", "USD", path(300, 0, 0.08, 20, 0.02), None, ""),
]
others = path(2000, 0, 0.10, 20, 0.02)

with open("segments.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["company", "segment", "label", "definition", "calendar_quarter", "currency", "revenue_millions",
                "operating_income_millions", "income_metric", "status", "source_note"])
    for company, segment, label, currency, rev, margin, metric in makers:
        for q, r in rev.items():
            income = "" if margin is None else f"{(margin(r) + random.gauss(0, 0.015)) * r:.0f}"
            w.writerow([company, segment, label, company.split()[0] + "-cars", q, currency, f"{r:.0f}", income, metric,
                        "reported", NOTE])

with open("fx.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["calendar_quarter", "currency", "per", "average_rate", "source_note"])
    for q, rate in zip(QUARTERS, USD_PER_EUR):
        w.writerow([q, "USD", "EUR", f"{rate:.3f}", "approximate quarterly average USD per EUR (close to the ECB's, "
                    "not checked); for the SYNTHETIC example only"])

with open("market.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "calendar_quarter", "currency", "total_billions", "vendor", "share_pct", "status", "market",
                "source_note"])
    for i, q in enumerate(QUARTERS):
        eur = {}
        for company, _, _, currency, rev, _, _ in makers:
            if q in rev:
                eur[company] = round(rev[q]) / (USD_PER_EUR[i] if currency == "USD" else 1)
        total = (sum(eur.values()) + others[q]) / 1000
        for company, value in eur.items():
            w.writerow(["EV Europe (synthetic)", q, "EUR", f"{total:.2f}", company, f"{100 * value / (total * 1000):.1f}",
                        "estimate", "battery-electric passenger cars, Europe (SYNTHETIC example)",
                        "SYNTHETIC: made-up market total and shares for the example of docs/scenarios.md"])
