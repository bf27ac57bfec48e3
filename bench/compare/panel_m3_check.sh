#!/usr/bin/env bash
# The whole M3 in long format through 'marketcast cv --windows 1' (CSV, and Parquet with --parquet) against
# 'marketcast benchmark' on the same methods: prints sMAPE per period from both and the largest difference.
# Run from the repository root after ./mvnw -B -q -o package -DskipTests.
#
#   bench/compare/panel_m3_check.sh [METHODS] [--parquet]
set -euo pipefail
methods="${1:-naive2,theta,ets,auto}"
ext=csv
fmt=csv
if [ "${2:-}" = "--parquet" ]; then ext=parquet; fmt=parquet; fi
jar=cli/target/marketcast.jar
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -jar "$jar" data m3 --out "$dir/m3" --format "$fmt" > /dev/null
for p in yearly quarterly monthly other; do
  h=$(case $p in yearly) echo 6;; quarterly) echo 8;; monthly) echo 18;; other) echo 8;; esac)
  java -jar "$jar" cv "$dir/m3/m3-$p.$ext" --h "$h" --windows 1 --methods "$methods" \
    --accuracy "$dir/cv-$p.csv" > /dev/null 2> "$dir/cv-$p.err"
  awk -F, -v p="$(echo $p | tr a-z A-Z)" 'NR > 1 { print p "," $1 "," $7 }' "$dir/cv-$p.csv"
done > "$dir/cv.csv"
java -jar "$jar" benchmark --methods "$methods" --format csv 2> /dev/null \
  | awk -F, '$3 == "marketcast" && $1 != "ALL" { print $1 "," $2 "," $4 }' > "$dir/bench.csv"
echo "period,method,smape_cv,smape_benchmark"
awk -F, 'NR == FNR { b[$1 "," $2] = $3; next } { printf "%s,%s,%.10f,%s\n", $1, $2, $3, b[$1 "," $2];
  d = $3 - b[$1 "," $2]; if (d < 0) d = -d; if (d > m) m = d }
  END { printf "largest |difference| (benchmark prints 4 decimals): %.2g\n", m }' "$dir/bench.csv" "$dir/cv.csv"
