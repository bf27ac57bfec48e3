#!/usr/bin/env bash
# AutoETS time per M3 quarterly series, ours against R forecast::ets, alternating the two ROUNDS times (default 3)
# so that both see the same load on a shared machine; prints each round and the medians. Run from the repository
# root after `./mvnw -B -q -o package -DskipTests` (needs bench/target/benchmarks.jar and Rscript with forecast).
#
#   bench/compare/ets_speed.sh [ROUNDS]
set -euo pipefail
rounds="${1:-3}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
echo "round | load(1m) | R elapsed ms | R CPU ms | ours elapsed ms | ours CPU ms"
for r in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  rline=$(Rscript bench/compare/ets_m3.R QUARTERLY "$dir" | grep '^QUARTERLY')
  r_el=$(echo "$rline" | sed 's/.*elapsed \([0-9.]*\) ms.*/\1/')
  r_cpu=$(echo "$rline" | sed 's/.*CPU \([0-9.]*\) ms.*/\1/')
  jline=$(java -cp bench/target/benchmarks.jar io.marketcast.bench.ets.EtsM3Run QUARTERLY "$dir" | grep '^| QUARTERLY')
  j_el=$(echo "$jline" | awk -F'|' '{gsub(/ /,"",$8); print $8}')
  j_cpu=$(echo "$jline" | awk -F'|' '{gsub(/ /,"",$11); print $11}')
  echo "$r | $load | $r_el | $r_cpu | $j_el | $j_cpu" | tee -a "$dir/rounds.txt"
done
awk -F'|' '
  { re[NR]=$3; rc[NR]=$4; je[NR]=$5; jc[NR]=$6 }
  function median(a, n,   i, j, t, b) { for (i = 1; i <= n; i++) b[i] = a[i] + 0;
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
    return (n % 2) ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2 }
  END { n = NR; mre = median(re, n); mrc = median(rc, n); mje = median(je, n); mjc = median(jc, n);
    printf "median | | %.2f | %.2f | %.2f | %.2f\n", mre, mrc, mje, mjc;
    printf "ratio R/ours: elapsed %.1fx, CPU %.1fx\n", mre / mje, mrc / mjc }' "$dir/rounds.txt"
