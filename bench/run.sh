#!/usr/bin/env bash
# Runs the JMH benchmarks of the hot paths and keeps the JSON results under bench/results/.
#   bench/run.sh --quick [PATTERN]   overview in about two minutes: 1 fork, 1 s warm-up, 2 × 1 s measurements, and
#                                    one value of the wide parameters (ETS series N0671 with AutoETS, M3 quarterly,
#                                    40 points)
#   bench/run.sh --full  [PATTERN]   the figures we publish: each benchmark's own warm-up/measurement/forks
# PATTERN is a JMH regular expression over benchmark names (e.g. 'growth', 'PathSimulation.engine1M').
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
mode=quick
pattern='.*'
for a in "$@"; do
  case "$a" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    -*) echo "bench/run.sh: unknown option $a (use --quick or --full)" >&2; exit 2 ;;
    *) pattern="$a" ;;
  esac
done
jar="$here/bench/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "bench/run.sh: $jar is missing; building it (./mvnw -B -q package -DskipTests)" >&2
  (cd "$here" && ./mvnw -B -q package -DskipTests)
fi
mkdir -p "$here/bench/results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$here/bench/results/$stamp-$mode.json"
if [ "$mode" = quick ]; then
  opts=(-f 1 -wi 1 -w 1s -i 2 -r 1s -p series=N0671 -p model=auto -p period=QUARTERLY -p points=40)
else
  opts=()
fi
echo "bench/run.sh: $mode run of '$pattern' on $(nproc) cores; results -> ${out#$here/}" >&2
java -jar "$jar" "$pattern" "${opts[@]}" -rf json -rff "$out"
