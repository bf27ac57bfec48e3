#!/usr/bin/env bash
# Time to read the whole M3 in long format (the four files of 'marketcast data m3', 236,210 rows) with the CLI's
# reader, in a fresh JVM on one core (taskset -c 0), ROUNDS rounds in that JVM (default 3): round 1 is the cold read.
# Also prints the CPU of the whole JVM process. Run from the repository root after
# ./mvnw -B -q -o package -DskipTests.
#
#   bench/compare/panel_read.sh [ROUNDS]
set -euo pipefail
rounds="${1:-3}"
jar=cli/target/marketcast.jar
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
java -jar "$jar" data m3 --out "$dir/m3" > /dev/null 2>&1
javac -d "$dir/classes" -cp "$jar" bench/compare/PanelRead.java
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "process: %e s wall, %U s user, %S s sys" taskset -c 0 java -cp "$jar:$dir/classes" PanelRead "$rounds" \
  "$dir"/m3/m3-yearly.csv "$dir"/m3/m3-quarterly.csv "$dir"/m3/m3-monthly.csv "$dir"/m3/m3-other.csv
