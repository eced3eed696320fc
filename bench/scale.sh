#!/usr/bin/env bash
# Archive scale and rebuilds (issue 13, points 2 and 4): for each N, generates N seeded stories with the
# bench generator, then measures with GNU time (wall, user, system, peak RSS):
#   clean   a clean build into a new folder
#   edit1   the first one-file-edit rebuild after it (one more sentence in the first story's English lede)
#   edit2   a second one-file-edit rebuild (another sentence)
# and prints one row per step, with the rebuilds' share of the clean build and the site's size.
#
#   bench/scale.sh --cli PATH/newsbrief [--work DIR] [--jobs J] [--keep] N...
#
#   --cli   the newsbrief to measure: an executable, or a NewsBrief.Cli.dll (run with dotnet)
#   --work  where corpora and sites go (default: a new folder under ${TMPDIR:-/tmp}); never the repository
#   --jobs  passed to `newsbrief build --jobs`
#   --keep  keep each N's corpus and sites (default: deleted after that N is measured)
# Peak RSS does not depend on other work on the machine; the times do (say what else ran).
set -euo pipefail
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
CLI="" WORK="" JOBS="" KEEP=0 SIZES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) CLI=$(realpath "$2"); shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    ''|*[!0-9]*) usage ;;
    *) SIZES+=("$1"); shift ;;
  esac
done
[ -n "$CLI" ] && [ ${#SIZES[@]} -gt 0 ] || usage
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ -n "$WORK" ] || WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsbrief-scale.XXXXXX")
mkdir -p "$WORK"
case "$CLI" in *.dll) NB=(dotnet "$CLI") ;; *) NB=("$CLI") ;; esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
GEN="$WORK/gen/NewsBrief.Bench.Generate.dll"
[ -f "$GEN" ] || dotnet build "$ROOT/bench/NewsBrief.Bench.Generate" -c Release -v q -nologo -o "$WORK/gen" >/dev/null

edit_lede() { sed -i -e "/^lede:/,/^  en:/ s/^\(  en: \".*\)\"\$/\1 $2\"/" "$1"; }

# measure N STEP SITE: one build under GNU time; prints a row.
measure() {
  local n=$1 step=$2 site=$3 tv="$WORK/$1/time.$2.txt" start end
  local args=(build "$WORK/$n/facts" --out "$site" --base-url https://bench.example/)
  [ -n "$JOBS" ] && args+=(--jobs "$JOBS")
  start=$(date +%s%N)
  /usr/bin/time -v -o "$tv" "${NB[@]}" "${args[@]}" >"$WORK/$n/out.$step.log" 2>&1 || { tail -n 20 "$WORK/$n/out.$step.log" >&2; exit 1; }
  end=$(date +%s%N)
  awk -F': ' -v n="$n" -v s="$step" -v ns=$((end - start)) -v out="$(tail -n 1 "$WORK/$n/out.$step.log")" '
    /User time/ { u = $2 } /System time/ { y = $2 } /Maximum resident set size/ { r = $2 }
    END { printf "%s\t%s\t%.2f\t%.2f\t%.2f\t%.0f\t%s\n", n, s, ns / 1e9, u, y, r / 1024, out }' "$tv" | tee -a "$WORK/results.tsv"
}

printf 'N\tstep\twall_s\tuser_s\tsys_s\tpeak_rss_mb\tsummary\n' | tee -a "$WORK/results.tsv"
for n in "${SIZES[@]}"; do
  mkdir -p "$WORK/$n"
  [ -d "$WORK/$n/facts" ] || dotnet "$GEN" --count "$n" --seed 1 --facts "$WORK/$n/facts" >/dev/null
  first=$(cd "$WORK/$n/facts" && ls -1 | LC_ALL=C sort | sed -n 1p)
  measure "$n" clean "$WORK/$n/site"
  printf '%s\tsite size\t%s\n' "$n" "$(du -sh "$WORK/$n/site" | cut -f1)" | tee -a "$WORK/results.tsv"
  edit_lede "$WORK/$n/facts/$first" "This brief was updated."
  measure "$n" edit1 "$WORK/$n/site"
  edit_lede "$WORK/$n/facts/$first" "It was updated again."
  measure "$n" edit2 "$WORK/$n/site"
  [ "$KEEP" = 1 ] || rm -rf "$WORK/$n"
done
echo "results: $WORK/results.tsv" >&2
