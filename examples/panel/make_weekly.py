"""Writes weekly-synthetic.csv: two SYNTHETIC weekly series (made up, not data of anything), four years of
Mondays from 2021-01-04, with a yearly cycle of 52 weeks, a trend and noise from a fixed seed.

    python3 examples/panel/make_weekly.py   # rewrites examples/panel/weekly-synthetic.csv
"""
import datetime
import math
import os
import random

rng = random.Random(20201108)
start = datetime.date(2021, 1, 4)
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "weekly-synthetic.csv"), "w") as f:
    f.write("id,date,value\n")
    for sid, level, trend, amp in (("store-north", 500.0, 0.8, 120.0), ("store-south", 300.0, -0.3, 60.0)):
        for t in range(4 * 52):
            season = amp * math.sin(2 * math.pi * t / 52) + 0.4 * amp * math.cos(4 * math.pi * t / 52)
            y = level + trend * t + season + rng.gauss(0, 12)
            f.write(f"{sid},{start + datetime.timedelta(weeks=t)},{y:.2f}\n")
