#!/usr/bin/env bash
# Kind briefs against free briefs (issue 11): the same market closes written two ways, N of each.
#   kind: a CSV of N market-close rows, `newsbrief import csv --kind market-close` (the prose is
#         written by kinds/market-close from data:);
#   free: the same N closes as free briefs whose editor wrote headline, lede and a point with
#         {placeholders} for the same four figures.
# Then clean builds of each, alternating kind/free, --runs times (median by wall time), and `render`
# of one brief of each kind, 21 times each (median). Prints wall and CPU (user + system) per step.
#
#   bench/kinds.sh N [--cli PATH/newsbrief] [--runs R]
#
# Everything goes to bench/work/kinds-N/ (gitignored). Needs GNU time (apt-get install -y time).
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
N=$1; shift
CLI="" RUNS=3
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) CLI=$(realpath "$2"); shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK="$ROOT/bench/work/kinds-$N"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ -z "$CLI" ]; then
  echo "== publishing src/NewsBrief.Cli (Release; native on linux-x64) into bench/work/cli" >&2
  rm -rf "$ROOT/bench/work/cli"
  dotnet publish "$ROOT/src/NewsBrief.Cli" -c Release -o "$ROOT/bench/work/cli" -v q -nologo >/dev/null
  CLI="$ROOT/bench/work/cli/newsbrief"
fi
rm -rf "$WORK"; mkdir -p "$WORK/kind" "$WORK/free"

# N sessions from 2 Jan 2001, one per day; the index walks up and down deterministically (no RNG:
# the same N gives the same bytes), the rupiah too.
echo "== writing $N market closes as a CSV and as free briefs" >&2
awk -v n="$N" -v csv="$WORK/closes.csv" -v free="$WORK/free" 'BEGIN {
  print "date,index,close,previous,rupiah_close,rupiah_previous" > csv
  close_ = 7000.00; rp = 16000
  for (i = 0; i < n; i++) {
    t = 978393600 + 86400 * (i + 1)                       # 2001-01-02 UTC, then day by day
    cmd = "date -u -d @" t " +%F"; cmd | getline d; close(cmd)
    prev = close_; step = ((i * 7919) % 201 - 100) / 10.0;  if (i % 9 == 4) step = 0
    close_ = prev + step; prp = rp; rp = prp + ((i * 104729) % 41 - 20)
    printf "%s,jci,%.2f,%.2f,%d,%d\n", d, close_, prev, rp, prp > csv
    f = free "/ihsg-close-" d ".yml"
    printf "date: %s\ntags: [markets]\nsource: { name: Bursa Efek Indonesia, date: %s, url: \"https://www.idx.co.id/\" }\n", d, d > f
    printf "figures:\n  close: { value: %.2f, label: { id: Penutupan, en: Close } }\n  previous: { value: %.2f, label: { id: Penutupan sebelumnya, en: Previous close } }\n", close_, prev > f
    printf "  rupiah_close: { amount: %d, currency: IDR, per: USD, label: { id: Rupiah, en: Rupiah } }\n  rupiah_previous: { amount: %d, currency: IDR, per: USD, label: { id: Rupiah sebelumnya, en: Previous rupiah close } }\n", rp, prp > f
    printf "headline:\n  id: IHSG Ditutup di Level {close}\n  en: Jakarta Composite Index Closes at {close}\n" > f
    printf "lede:\n  id: Indeks Harga Saham Gabungan (IHSG) ditutup di level {close}, dari level {previous} pada penutupan sebelumnya.\n  en: The Jakarta Composite Index closed at {close}, from {previous} at the previous close.\n" > f
    printf "points:\n  - id: Nilai tukar rupiah ditutup di {rupiah_close}, dari {rupiah_previous}.\n    en: The rupiah closed at {rupiah_close}, from {rupiah_previous}.\n" > f
    close(f)
  }
}'
"$CLI" import csv --kind market-close "$WORK/closes.csv" --out "$WORK/kind" --source "Bursa Efek Indonesia" >/dev/null
"$CLI" check --strict "$WORK/kind" >&2
"$CLI" check --strict "$WORK/free" >&2

RESULTS="$WORK/results.tsv"
printf 'what\twall_s\tcpu_s\tpeak_mb\n' >"$RESULTS"
measure() { # WHAT CMD...: one row of wall, CPU and peak RSS
  local what=$1; shift; local tv="$WORK/time.txt" start end
  start=$(date +%s%N); /usr/bin/time -v -o "$tv" "$@" >/dev/null 2>"$WORK/err.txt"; end=$(date +%s%N)
  awk -F': ' -v w="$what" -v ns=$((end - start)) '/User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {r=$2}
    END {printf "%s\t%.3f\t%.2f\t%.0f\n", w, ns / 1e9, u + s, r / 1024}' "$tv" >>"$RESULTS"
}
for ((r = 1; r <= RUNS; r++)); do
  echo "== clean builds $r/$RUNS: kind, then free" >&2
  measure "build kind" "$CLI" build "$WORK/kind" --out "$WORK/site-kind-$r" --base-url https://bench.example/
  measure "build free" "$CLI" build "$WORK/free" --out "$WORK/site-free-$r" --base-url https://bench.example/
done
KIND1=$(ls "$WORK/kind" | LC_ALL=C sort | sed -n 1p); FREE1=$(ls "$WORK/free" | LC_ALL=C sort | sed -n 1p)
echo "== render of one brief, 21 times each, alternating" >&2
for ((r = 1; r <= 21; r++)); do
  measure "render kind" "$CLI" render "$WORK/kind/$KIND1" --locale id
  measure "render free" "$CLI" render "$WORK/free/$FREE1" --locale id
done

echo
echo "N=$N runs=$RUNS nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
awk -F'\t' 'NR > 1 { n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3; m[$1, n[$1]] = $4 }
  END {
    printf "%-12s %10s %10s %10s   (median of runs by wall time)\n", "step", "wall s", "CPU s", "peak MB"
    split("build kind,build free,render kind,render free", order, ",")
    for (k = 1; k <= 4; k++) { s = order[k]; cnt = n[s]
      for (i = 1; i <= cnt; i++) idx[i] = i
      for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (w[s, idx[j]] < w[s, idx[i]]) { t = idx[i]; idx[i] = idx[j]; idx[j] = t }
      mid = idx[int((cnt + 1) / 2)]; wall[s] = w[s, mid]; cpu[s] = c[s, mid]
      printf "%-12s %10.3f %10.2f %10d\n", s, w[s, mid], c[s, mid], m[s, mid] }
    printf "kind/free: build wall %.2f, build CPU %.2f; render wall %.2f\n", wall["build kind"] / wall["build free"], cpu["build kind"] / cpu["build free"], wall["render kind"] / wall["render free"]
  }' "$RESULTS"
