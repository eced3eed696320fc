#!/usr/bin/env bash
# Parse-scaling benchmark: `newsbrief check` time per KB of hostile facts files, which must stay flat
# (linear parsing) from 10 KB to 250 KB (the facts-file cap is 256 KiB). Not a unit test: timings
# belong here and in docs/benchmark.md, never in the test suite.
#
#   bench/parse-scaling.sh [--cli PATH/NewsBrief.Cli.dll | PATH/newsbrief] [--sizes "10 25 50 100 250"] [--kinds "..."] [--timeout S]
#
#   --cli      CLI to measure: a .dll (run with dotnet) or the native executable of a plain publish (default: build src/NewsBrief.Cli in Release into bench/work/parse-cli)
#   --sizes    file sizes in KB (1 KB = 1,000 bytes of facts text; default 10 25 50 100 250)
#   --kinds    which inputs (default: all):
#                braces        one headline of `}` characters (every one an error, until the cap of 100)
#                placeholders  one lede of `{c} ` placeholders of one figure
#                literals      one lede of numbers written literally (each a figure-check warning)
#                long-line     one lede of plain words on a single line
#                many-lines    a folded lede of many short lines
#                escapes       one double-quoted lede of `\x41` escapes
#   --timeout  seconds after which one check is stopped and reported as such (default 120)
#
# Prints one row per kind and size: wall seconds of `check`, the same minus the start-up time of a
# check of a minimal file (measured first), and net milliseconds per KB. Files go to
# bench/work/parse-scaling/ (gitignored).
set -euo pipefail

usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
CLI="" SIZES="10 25 50 100 250" KINDS="braces placeholders literals long-line many-lines escapes" LIMIT=120
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) CLI=$(realpath "$2"); shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --kinds) KINDS=$2; shift 2 ;;
    --timeout) LIMIT=$2; shift 2 ;;
    *) usage ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK="$ROOT/bench/work/parse-scaling"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ -z "$CLI" ]; then
  echo "== building src/NewsBrief.Cli (Release) into bench/work/parse-cli" >&2
  dotnet build "$ROOT/src/NewsBrief.Cli" -c Release -o "$ROOT/bench/work/parse-cli" -v q -nologo >/dev/null
  CLI="$ROOT/bench/work/parse-cli/NewsBrief.Cli.dll"
fi
# The command that runs the CLI: a .dll through dotnet, an executable (the native publish) as it is.
case "$CLI" in *.dll) RUN=(dotnet "$CLI") ;; *) RUN=("$CLI") ;; esac
rm -rf "$WORK"
mkdir -p "$WORK"

# repeat TEXT BYTES: TEXT repeated up to BYTES bytes (cut at a whole repetition).
repeat() { awk -v t="$1" -v n="$2" 'BEGIN { k = int(n / length(t)); s = ""; for (i = 0; i < k; i++) s = s t; printf "%s", s }'; }

# facts KIND BYTES: a facts file whose hostile part is about BYTES bytes.
facts() {
  local kind=$1 bytes=$2 head='date: 2025-09-18
source: { name: Nature, url: https://www.nature.com/ }
figures:
  c: { amount: 294000, currency: USD }
headline: { id: "Biaya {c}", en: "Cost {c}" }
'
  printf '%s' "$head"
  case "$kind" in
    braces)       printf 'lede: { id: "Biaya {c}", en: "'; repeat '}' "$bytes"; printf '" }\n' ;;
    placeholders) printf 'lede:\n  id: "Biaya {c}"\n  en: "'; repeat '{c} ' "$bytes"; printf '"\n' ;;
    literals)     printf 'lede:\n  id: "Biaya {c}"\n  en: "{c} '; repeat 'US$7 ' "$bytes"; printf '"\n' ;;
    long-line)    printf 'lede:\n  id: "Biaya {c}"\n  en: {c} '; repeat 'word ' "$bytes"; printf '\n' ;;
    many-lines)   printf 'lede:\n  id: "Biaya {c}"\n  en: >-\n    {c}\n'; repeat '    words on a line\n' "$bytes" | sed 's/\\n/\n/g' ;;
    escapes)      printf 'lede:\n  id: "Biaya {c}"\n  en: "{c} '; repeat '\x41' "$bytes"; printf '"\n' ;;
    minimal)      printf 'lede: { id: "Biaya {c}", en: "Cost {c}" }\n' ;;
    *) echo "unknown kind $kind" >&2; exit 2 ;;
  esac
}

# seconds CMD...: wall seconds (3 decimals) of CMD, or "timeout".
seconds() {
  local start end
  start=$(date +%s.%N)
  if timeout "$LIMIT" "$@" >/dev/null 2>&1 || [ $? -ne 124 ]; then
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
  else
    printf 'timeout'
  fi
}

facts minimal 0 >"$WORK/minimal.yml"
"${RUN[@]}" check "$WORK/minimal.yml" >/dev/null 2>&1 || true   # warm the disk cache
BASE=$(seconds "${RUN[@]}" check "$WORK/minimal.yml")
echo "start-up (check of a minimal file): $BASE s"
printf '%-13s %6s %9s %9s %10s\n' kind KB wall_s net_s net_ms/KB
for kind in $KINDS; do
  for kb in $SIZES; do
    file="$WORK/$kind-$kb.yml"
    facts "$kind" $((kb * 1000)) >"$file"
    s=$(seconds "${RUN[@]}" check "$file")
    if [ "$s" = timeout ]; then
      printf '%-13s %6s %9s %9s %10s\n' "$kind" "$kb" ">$LIMIT" - -
    else
      awk -v k="$kind" -v kb="$kb" -v s="$s" -v b="$BASE" 'BEGIN { n = s - b; if (n < 0) n = 0; printf "%-13s %6d %9.3f %9.3f %10.2f\n", k, kb, s, n, 1000 * n / kb }'
    fi
  done
done
