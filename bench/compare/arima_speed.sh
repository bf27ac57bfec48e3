#!/bin/sh
# auto.arima speed, R vs ours, one core each (taskset -c CORE), whole processes and per series, side by side.
#
#   bench/compare/arima_speed.sh [PERIOD] [EVERY] [CORE]   (from the repository root, after ./mvnw -q package)
#
# JAR: the benchmarks jar (default bench/target/benchmarks.jar); JAVA_OPTS: extra JVM options for our runs (e.g.
# -XX:TieredStopAtLevel=1, C1 only: less JIT work on one core, somewhat slower code). Takes every EVERY-th M3 series of PERIOD (default QUARTERLY, 8, core 0), runs R's bench/compare/arima_m3.R and our
# io.marketcast.bench.arima.ArimaM3Run on them, one after the other on the same core, each under /usr/bin/time
# (whole process: elapsed, user+system CPU; ours without its warm-up pass, JIT compilation included), then ours once
# more after a warm-up pass for the in-process figures (CPU ms per series of the auto.arima calls) and the ratios. Results go to a temporary directory.
set -e
period=${1:-QUARTERLY}
every=${2:-8}
core=${3:-0}
dir=$(mktemp -d)
awk -F, -v p="\"$period\"" -v e="$every" 'NR > 1 && $2 == p { k++; if ((k - 1) % e == 0) { gsub(/"/, "", $1); print $1 } }' \
  model/src/main/resources/io/marketcast/model/m3/series.csv > "$dir/ids.txt"
echo "$(wc -l < "$dir/ids.txt") $period series, core $core, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "R whole process: elapsed %e s, CPU %U+%S s" taskset -c "$core" \
  Rscript bench/compare/arima_m3.R "$period" "$dir" "$dir/ids.txt" 2>&1 | grep -v -e Warning -e "Having" -e "^[0-9]:" -e "^  " || true
/usr/bin/time -f "ours whole process, no warm-up pass: elapsed %e s, CPU %U+%S s" taskset -c "$core" \
  java -XX:ActiveProcessorCount=1 $JAVA_OPTS -Dwarmup=0 -cp "${JAR:-bench/target/benchmarks.jar}" io.marketcast.bench.arima.ArimaM3Run \
  "$period" "$dir" "$dir/ids.txt" 2>&1 | grep -e "whole" -e "^|" -e "CPU of" || true
echo "ours again after a warm-up pass over the same series (in-process figures: JIT done):"
taskset -c "$core" java -XX:ActiveProcessorCount=1 $JAVA_OPTS -cp "${JAR:-bench/target/benchmarks.jar}" \
  io.marketcast.bench.arima.ArimaM3Run "$period" "$dir" "$dir/ids.txt" 2>&1 | grep -v -e "^different" -e SLF4J
rm -rf "$dir"
