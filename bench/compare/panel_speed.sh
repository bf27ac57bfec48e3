#!/usr/bin/env bash
# Speed of 'marketcast forecast' beside R forecast::ets and beside 'marketcast benchmark', one core each
# (taskset -c 0), runs alternated ROUNDS times (default 2) so that all see the same load on a shared machine.
# Run from the repository root after ./mvnw -B -q -o package -DskipTests; needs Rscript with forecast.
#
#   bench/compare/panel_speed.sh [ROUNDS] [MONTHLY_SERIES]     (MARKETCAST_JAR=path to time another build)
#
# 1. per series, M3 monthly (the first MONTHLY_SERIES series, default 300, training parts, h = 18): R ets
#    (fit + forecast, in-process loop) against our ets, theta and auto (the 'forecast in' time that forecast
#    prints: fit + forecast with 80/95% intervals; reading excluded on both sides), and the CPU of our whole process
#    minus that of the same command with --methods naive (start-up, reading, writing);
# 2. whole process, M3 quarterly (756 series, h = 8): 'benchmark --period quarterly --methods ets', 'forecast
#    m3-quarterly.csv --methods ets' and 'Rscript panel_ets_r.R' each timed from start to exit, and the same two
#    commands with --methods naive (start-up, reading and writing alone);
# 3. all 3003 series with auto, all cores: 'benchmark --methods auto' against 'forecast' on the four files (wall and
#    CPU = user + sys, summed over the four processes).
set -euo pipefail
rounds="${1:-2}"
monthly="${2:-300}"
jar="${MARKETCAST_JAR:-cli/target/marketcast.jar}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -jar "$jar" data m3 --part train --out "$dir/m3" > /dev/null
awk -F, -v n="$monthly" 'NR == 1 { print; next } { if (!($1 in seen)) { seen[$1] = 1; k++ } if (k <= n) print }' \
  "$dir/m3/m3-monthly.csv" > "$dir/monthly-sub.csv"
one() { taskset -c 0 "$@"; }
secs() { /usr/bin/time -f "%e s wall, %U s user, %S s sys" "$@" 2>&1 >/dev/null | tail -1; }
fit_time() { grep -o 'forecast in [0-9.]* s' | grep -o '[0-9.]*'; }
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  echo "--- round $r (load $(cut -d' ' -f1 /proc/loadavg))"
  echo "monthly $monthly series, per-series loop:"
  one Rscript bench/compare/panel_ets_r.R "$dir/monthly-sub.csv" 12 18
  base=$(one /usr/bin/time -f "CPU %U %S" java -jar "$jar" forecast "$dir/monthly-sub.csv" --h 18 --methods naive \
    --threads 1 --out "$dir/fc.csv" 2>&1 | grep '^CPU' | awk '{ print $2 + $3 }')
  for m in ets theta auto; do
    out=$(one /usr/bin/time -f "CPU %U %S" java -jar "$jar" forecast "$dir/monthly-sub.csv" --h 18 --methods "$m" \
      --threads 1 --out "$dir/fc.csv" 2>&1)
    t=$(echo "$out" | fit_time)
    c=$(echo "$out" | grep '^CPU' | awk '{ print $2 + $3 }')
    awk -v m="$m" -v t="$t" -v n="$monthly" -v c="$c" -v b="$base" 'BEGIN { printf "ours %s: %d series, forecast in %.2f s wall (%.2f series/s); process CPU %.2f s - %.2f s with naive = %.2f s", m, n, t, n / t, c, b, c - b;
      if (c - b > 0.1) printf " (%.1f series per CPU-second)\n", n / (c - b); else print " (below the resolution of this method)" }'
  done
  echo "quarterly 756 series, whole process, one core:"
  echo "  benchmark ets: $(secs taskset -c 0 java -jar "$jar" benchmark --period quarterly --methods ets --threads 1)"
  echo "  forecast ets:  $(secs taskset -c 0 java -jar "$jar" forecast "$dir/m3/m3-quarterly.csv" --h 8 --methods ets --threads 1 --out "$dir/q.csv")"
  echo "  R ets:         $(secs taskset -c 0 Rscript bench/compare/panel_ets_r.R "$dir/m3/m3-quarterly.csv" 4 8)"
  echo "  benchmark naive: $(secs taskset -c 0 java -jar "$jar" benchmark --period quarterly --methods naive --threads 1)"
  echo "  forecast naive:  $(secs taskset -c 0 java -jar "$jar" forecast "$dir/m3/m3-quarterly.csv" --h 8 --methods naive --threads 1 --out "$dir/q.csv")"
  echo "all 3003 series with auto, all cores, whole process:"
  echo "  benchmark auto: $(secs java -jar "$jar" benchmark --methods auto)"
  total=0
  cpu=0
  for p in yearly quarterly monthly other; do
    h=$(case $p in yearly) echo 6;; quarterly) echo 8;; monthly) echo 18;; other) echo 8;; esac)
    t=$(secs java -jar "$jar" forecast "$dir/m3/m3-$p.csv" --h "$h" --methods auto --out "$dir/a-$p.csv")
    total=$(echo "$t" | awk -v a="$total" '{ print a + $1 }')
    cpu=$(echo "$t" | awk -v a="$cpu" '{ print a + $4 + $7 }')
  done
  echo "  forecast auto (4 files, 4 processes): $total s wall, $cpu s CPU (user + sys)"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
