#!/usr/bin/env python3
"""Chosen orders of our auto.arima against R's, series by series.

    python3 bench/compare/arima_orders.py OURS.csv R.csv [R2.csv ...]

OURS.csv is what ArimaM3Run writes (arima_m3_java_<periods>.csv: id, period, orders p,d,q,P,D,Q[,c], smape,
fit_seconds, forecast -- the orders field spans several comma-separated columns); R.csv are arima_m3.R's outputs
(arima_m3_r_*.csv). Prints how many of R's series have the same orders and constant, both mean sMAPEs over those
series, and every difference.
"""
import csv
import sys

ours = {}
with open(sys.argv[1]) as f:
    for line in f.read().splitlines()[1:]:
        v = line.split(',')
        ours[v[0]] = {'orders': ','.join(v[2:-3]), 'smape': float(v[-3])}


def r_orders(r):
    o = ','.join(r[k] for k in 'p d q P D Q'.split())
    return o + (',c' if r['constant'] == '1' or r['drift'] == '1' else '')


R = {}
for name in sys.argv[2:]:
    with open(name) as f:
        for r in csv.DictReader(f):
            R[r['id']] = r
ids = [i for i in R if i in ours]
diff = sorted(i for i in ids if ours[i]['orders'] != r_orders(R[i]))
print('compared %d same %d %.2f%%' % (len(ids), len(ids) - len(diff), 100.0 * (len(ids) - len(diff)) / len(ids)))
print('sMAPE ours %.4f R %.4f' % (sum(ours[i]['smape'] for i in ids) / len(ids),
                                 sum(float(R[i]['smape']) for i in ids) / len(ids)))
for i in diff:
    print(i, 'ours', ours[i]['orders'], 'R', r_orders(R[i]),
          'smape ours %.3f R %.3f' % (ours[i]['smape'], float(R[i]['smape'])))
