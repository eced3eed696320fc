#!/usr/bin/env bash
# NewsBrief benchmark: generates N seeded synthetic stories, builds them with `newsbrief build` and, when
# Hugo is installed, builds the same stories as a Hugo multilingual site; prints one table.
#
#   bench/run.sh N [--cli PATH/newsbrief] [--seed S] [--runs R] [--jobs J] [--no-check] [--no-hugo] [--no-newsbrief]
#
#   --cli       newsbrief to measure: an executable, or a NewsBrief.Cli.dll (run with dotnet) (default:
#               `dotnet publish src/NewsBrief.Cli -c Release` into bench/work/cli, as the README says, and
#               its executable newsbrief: on linux-x64 the native (Native AOT) build)
#   --seed      generator seed (default 1); same seed and N, same bytes
#   --runs      clean builds per tool; the run with the median wall time is reported (default 1)
#   --jobs      passed to `newsbrief build --jobs` (default: not passed)
#   --no-check  skip `newsbrief check --strict` over the generated facts (not timed either way); without
#               it, any error or warning stops the benchmark: the generator must write clean stories
#   --no-hugo   skip Hugo even when installed
#   --no-newsbrief  skip the newsbrief builds (e.g. to measure Hugo alone)
#   --no-settle skip the wait after deleting a previous run's files (see "File system" in docs/benchmark.md)
#   --no-wait   measure at once instead of waiting (up to 5 minutes per step) for a quiet CPU (a dry run)
#
# Everything is written under bench/work/N/ (gitignored). Results also go to bench/work/N/results.tsv.
# Needs GNU time (`apt-get install -y time`) for CPU time and peak RSS; Hugo via `apt-get install -y hugo`.
set -euo pipefail

usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 2; }  # the comment above
[ $# -ge 1 ] || usage
case "$1" in ''|*[!0-9]*) usage ;; esac
N=$1; shift
CLI="" SEED=1 RUNS=1 JOBS="" CHECK=1 HUGO=1 NB=1 SETTLE=1 WAIT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) CLI=$(realpath "$2"); shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    --no-check) CHECK=0; shift ;;
    --no-hugo) HUGO=0; shift ;;
    --no-newsbrief) NB=0; shift ;;
    --no-settle) SETTLE=0; shift ;;
    --no-wait) WAIT=0; shift ;;
    *) usage ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK="$ROOT/bench/work/$N"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
TIME=/usr/bin/time
if ! "$TIME" -v true >/dev/null 2>&1; then
  echo "GNU time is missing: apt-get install -y time" >&2
  exit 1
fi

log() { printf '== %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------------
log "building the generator (Release)"
dotnet build "$ROOT/bench/NewsBrief.Bench.Generate" -c Release -v q -nologo >/dev/null
GEN="$ROOT/bench/NewsBrief.Bench.Generate/bin/Release/net10.0/NewsBrief.Bench.Generate.dll"
if [ -z "$CLI" ]; then
  # As the README and the publish workflow install it: the plain publish, which on linux-x64 is the
  # native executable (see the CLI's project file). Into a fresh folder: a publish over another kind
  # of publish can leave a broken tool.
  log "publishing src/NewsBrief.Cli (Release; native on linux-x64) into bench/work/cli"
  rm -rf "$ROOT/bench/work/cli"
  dotnet publish "$ROOT/src/NewsBrief.Cli" -c Release -o "$ROOT/bench/work/cli" -v q -nologo >/dev/null
  CLI="$ROOT/bench/work/cli/newsbrief"
fi
# How to run it: a dll through dotnet, anything else (the native executable) directly.
case "$CLI" in
  *.dll) NBCMD=(dotnet "$CLI") ;;
  *) NBCMD=("$CLI") ;;
esac

# --- input -------------------------------------------------------------------------------------------
log "generating $N stories (seed $SEED) into ${WORK#"$ROOT"/}"
DELETED=0
if [ -e "$WORK" ]; then rm -rf "$WORK"; DELETED=1; fi
mkdir -p "$WORK/hugo"
cp -r "$ROOT/bench/hugo/." "$WORK/hugo/"
dotnet "$GEN" --count "$N" --seed "$SEED" --facts "$WORK/facts" --hugo-content "$WORK/hugo/content" >&2
if [ "$CHECK" = 1 ]; then
  log "newsbrief check --strict (not timed)"
  # Explicit rather than through set -e, so that the reason is said. A failure here is a generator bug
  # (or a new check the generator does not satisfy yet): fix bench/NewsBrief.Bench.Generate.
  if ! "${NBCMD[@]}" check --strict "$WORK/facts" >&2; then
    echo "run.sh: the generated stories fail 'newsbrief check --strict' (diagnostics above); the benchmark stops here." >&2
    echo "run.sh: the generator (bench/NewsBrief.Bench.Generate) must write stories with no error or warning: fix it." >&2
    exit 1
  fi
fi
# File system: on ext4 without a journal (this machine's), allocating an inode skips inodes freed in the
# last 60 s (360 s while their table block is unwritten), scanning past them; after a large deletion
# that cost lands on whatever creates files next (measured: a quarter of a clean build's CPU time). So
# no timed step follows a deletion: each clean build writes a new folder, and after deleting a previous
# run's files the script syncs and waits out the longer window before measuring (65 s was not enough
# after deleting a previous run's 400,000 files; --no-settle skips the wait).
if [ "$DELETED" = 1 ] && [ "$SETTLE" = 1 ]; then
  log "deleted the previous run's files: sync and wait 370 s so that no measurement pays for it"
  sync; sleep 370
fi
# The story edited for the one-file rebuild: the first by name. Its English lede gets one more sentence.
EDIT_SLUG=$(cd "$WORK/facts" && ls -1 | LC_ALL=C sort | sed -n 1p)
EDIT_SLUG=${EDIT_SLUG%.yml}

# --- measuring ---------------------------------------------------------------------------------------
RESULTS="$WORK/results.tsv"
ALL="$WORK/results-all.tsv"   # every measured row, in the order measured (results.tsv keeps the medians)
printf 'tool\tstep\twall_s\tcpu_s\tuser_s\tsys_s\tpeak_rss_mb\tpages\tpages_per_s\tbusy_before_pct\n' >"$RESULTS"
cp "$RESULTS" "$ALL"

# wait_quiet: this is a 2-core machine that other work may share. Waits (up to 5 minutes) until the CPU
# is at most 10% busy over one second, so that a measurement does not share the cores; prints the
# busy share seen just before the measurement, which is also recorded in results.tsv.
cpu_busy() { # percent of CPU time not idle over one second
  local a b
  a=($(awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6}' /proc/stat)); sleep 1
  b=($(awk '/^cpu / {print $2+$3+$4+$5+$6+$7+$8+$9, $5+$6}' /proc/stat))
  echo $(( 100 - 100 * (b[1] - a[1]) / (b[0] - a[0] + 1) ))
}
BUSY=0
wait_quiet() {
  local waited=0
  BUSY=$(cpu_busy)
  [ "$WAIT" = 1 ] || return 0
  while [ "$BUSY" -gt 10 ] && [ $waited -lt 300 ]; do
    [ $waited -eq 0 ] && log "the CPU is ${BUSY}% busy with other work: waiting for it to settle"
    sleep 4; waited=$((waited + 5)); BUSY=$(cpu_busy)
  done
  [ "$BUSY" -gt 10 ] && log "WARNING: measuring while the CPU is ${BUSY}% busy with other work"
  return 0
}

# measure TOOL STEP OUTDIR CMD...: runs CMD under GNU time; appends one row to results.tsv.
measure() {
  local tool=$1 step=$2 out=$3; shift 3
  local tv="$WORK/time.$tool.$step.txt" start end rc=0
  wait_quiet
  start=$(date +%s%N)
  "$TIME" -v -o "$tv" "$@" >"$WORK/out.$tool.$step.log" 2>&1 || rc=$?
  end=$(date +%s%N)
  if [ $rc -ne 0 ]; then
    echo "$tool $step failed (exit $rc); see ${WORK#"$ROOT"/}/out.$tool.$step.log" >&2
    tail -n 20 "$WORK/out.$tool.$step.log" >&2
    exit 1
  fi
  local user sys rss pages
  user=$(awk -F': ' '/User time/ {print $2}' "$tv")
  sys=$(awk -F': ' '/System time/ {print $2}' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
  pages=$(find "$out" -name '*.html' -type f | wc -l)
  awk -v t="$tool" -v s="$step" -v ns=$((end - start)) -v u="$user" -v y="$sys" -v r="$rss" -v p="$pages" -v b="$BUSY" 'BEGIN {
    w = ns / 1e9; printf "%s\t%s\t%.3f\t%.2f\t%.2f\t%.2f\t%.0f\t%d\t%.0f\t%d\n", t, s, w, u + y, u, y, r / 1024, p, p / w, b }' | tee -a "$ALL" >>"$RESULTS"
}

# median_of TOOL STEP: keeps only the STEP row with the median wall time (of --runs rows).
median_of() {
  local tool=$1 step=$2 rows keep
  rows=$(awk -F'\t' -v t="$tool" -v s="$step" '$1 == t && $2 == s' "$RESULTS" | sort -t$'\t' -k3,3g)
  keep=$(printf '%s\n' "$rows" | sed -n "$(( ($(printf '%s\n' "$rows" | wc -l) + 1) / 2 ))p")
  awk -F'\t' -v t="$tool" -v s="$step" '!($1 == t && $2 == s)' "$RESULTS" >"$RESULTS.tmp"
  printf '%s\n' "$keep" >>"$RESULTS.tmp"
  mv "$RESULTS.tmp" "$RESULTS"
}

edit_lede() { # FILE: appends a sentence to the English lede (facts: "  en:" under lede:; Hugo: lede:)
  sed -i -e '/^lede:/,/^  en:/ s/^\(  en: ".*\)"$/\1 This brief was updated."/' -e 's/^\(lede: ".*\)"$/\1 This brief was updated."/' "$1"
}

# newsbrief
SITE="$WORK/site"  # the last clean build's folder; the rebuilds use it
if [ "$NB" = 0 ]; then
  NB_MODE=skipped
elif "${NBCMD[@]}" --help 2>/dev/null | grep -E '^ +build( |$)' >/dev/null; then
  NB_MODE=build
  nb_build() {
    local args=(build "$WORK/facts" --out "$2" --base-url https://bench.example/)
    [ -n "$JOBS" ] && args+=(--jobs "$JOBS")
    measure newsbrief "$1" "$2" "${NBCMD[@]}" "${args[@]}"
  }
else
  # Stand-in until `newsbrief build` exists: one `render --format html` process per story and locale.
  # It only exercises this script; its figures say nothing about `build`.
  NB_MODE=render-stand-in
  log "this CLI has no 'build' command: using 'render' per file as a stand-in (figures are NOT comparable)"
  cat >"$WORK/stand-in.sh" <<'EOF'
#!/usr/bin/env bash
# stand-in.sh CLI FACTS SITE [FILE]: renders every facts file (or only FILE) with `render` into SITE.
set -euo pipefail
cli=$1 facts=$2 site=$3 only=${4:-}
render() { local f=$1 slug; slug=$(basename "$f" .yml)
  for l in id en; do mkdir -p "$site/$l/$slug"
    dotnet "$cli" render "$f" --locale "$l" --format html >"$site/$l/$slug/index.html"
    dotnet "$cli" render "$f" --locale "$l" >"$site/$l/$slug.md"; done; }
export -f render; export cli site
if [ -n "$only" ]; then render "$only"; else
  find "$facts" -name '*.yml' -print0 | xargs -0 -P "$(nproc)" -I{} bash -c 'render "$1"' _ {}; fi
EOF
  chmod +x "$WORK/stand-in.sh"
  nb_build() {
    if [ "$1" = full ]; then measure newsbrief "$1" "$SITE" "$WORK/stand-in.sh" "$CLI" "$WORK/facts" "$SITE"
    else measure newsbrief "$1" "$SITE" "$WORK/stand-in.sh" "$CLI" "$WORK/facts" "$SITE" "$WORK/facts/$EDIT_SLUG.yml"; fi
  }
fi

# Hugo
HUGO_VERSION="not installed"
HAVE_HUGO=0
if [ "$HUGO" = 1 ] && command -v hugo >/dev/null 2>&1; then
  HUGO_VERSION=$(hugo version | awk '{print $2}')
  HAVE_HUGO=1
elif [ "$HUGO" = 1 ]; then
  log "hugo is not installed (apt-get install -y hugo): newsbrief only"
fi
hugo_build() { # STEP PUB CACHE
  measure hugo "$1" "$2" hugo --quiet -s "$WORK/hugo" -d "$2" --cacheDir "$3"
}

# Clean builds alternate between the tools (newsbrief 1, hugo 1, newsbrief 2, ...), so that whatever
# else the machine does during the run falls on both alike; each step keeps the median of --runs.
for ((r = 1; r <= RUNS; r++)); do
  if [ "$NB" = 1 ]; then
    log "newsbrief ($NB_MODE): clean build $r/$RUNS"
    SITE="$WORK/site-$r"   # a new folder each time: nothing is deleted before a timed step (see above)
    nb_build full "$SITE"
  fi
  if [ "$HAVE_HUGO" = 1 ]; then
    log "hugo $HUGO_VERSION: clean build $r/$RUNS"
    PUB="$WORK/hugo/public-$r"   # new folders, as for newsbrief
    hugo_build full "$PUB" "$WORK/hugo/cache-$r"
  fi
done
[ "$NB" = 1 ] && median_of newsbrief full
[ "$HAVE_HUGO" = 1 ] && median_of hugo full
if [ "$NB" = 1 ]; then
  # The first rebuild after a clean build used to have no kept previous site to recycle; the build now
  # keeps a spare twin, so this no-change rebuild shows whether the first is as fast as later ones.
  log "newsbrief: no-change rebuild with the previous site present (the first rebuild after the clean build)"
  nb_build rebuild "$SITE"
fi
# The edit, like the clean build, is measured --runs times (each appends one more sentence, so each is
# a real change of that one file), alternating between the tools, and the median is reported: one
# short run is the most exposed to whatever else the machine does. Hugo has no incremental build
# outside `hugo server`: the same command again, output present.
for ((r = 1; r <= RUNS; r++)); do
  if [ "$NB" = 1 ]; then
    log "newsbrief: one-file edit $r/$RUNS ($EDIT_SLUG.yml), rebuild with the previous site present"
    edit_lede "$WORK/facts/$EDIT_SLUG.yml"
    nb_build edit "$SITE"
  fi
  if [ "$HAVE_HUGO" = 1 ]; then
    log "hugo: one-file edit $r/$RUNS (content/en/$EDIT_SLUG.md), rebuild with the previous site present"
    edit_lede "$WORK/hugo/content/en/$EDIT_SLUG.md"
    hugo_build edit "$PUB" "$WORK/hugo/cache-$RUNS"
  fi
done
[ "$NB" = 1 ] && median_of newsbrief edit
[ "$HAVE_HUGO" = 1 ] && median_of hugo edit

# --- report ------------------------------------------------------------------------------------------
echo
echo "N=$N seed=$SEED runs=$RUNS  nproc=$(nproc)  mem=$(free -g | awk '/Mem:/ {print $2}')G  dotnet $(dotnet --version)  hugo $HUGO_VERSION  newsbrief: $NB_MODE"
awk -F'\t' '
  NR == 1 { next }
  { key = $1 "/" $2; wall[key] = $3; cpu[key] = $4; rss[key] = $7; pages[key] = $8; pps[key] = $9; busy[key] = $10; rows[++n] = key }
  END {
    printf "%-16s %9s %9s %9s %7s %9s %7s\n", "tool/step", "wall s", "CPU s", "peak MB", "pages", "pages/s", "busy%"
    for (i = 1; i <= n; i++) { k = rows[i]; printf "%-16s %9.3f %9.2f %9d %7d %9d %7d\n", k, wall[k], cpu[k], rss[k], pages[k], pps[k], busy[k] }
    if (("newsbrief/full" in wall) && ("hugo/full" in wall)) {
      printf "speed-up (hugo wall / newsbrief wall): %.2fx   throughput newsbrief/hugo: %.2fx   peak memory newsbrief/hugo: %.2f   CPU newsbrief/hugo: %.2f\n",
        wall["hugo/full"] / wall["newsbrief/full"], pps["newsbrief/full"] / pps["hugo/full"], rss["newsbrief/full"] / rss["hugo/full"], cpu["newsbrief/full"] / cpu["hugo/full"]
    }
    for (t in wall) { split(t, p, "/"); if (p[2] == "rebuild" && ((p[1] "/full") in wall))
      printf "%s no-change rebuild (the first after a clean build): %.1f%% of a clean build\n", p[1], 100 * wall[t] / wall[p[1] "/full"] }
    for (t in wall) { split(t, p, "/"); if (p[2] == "edit" && ((p[1] "/full") in wall))
      printf "%s one-file rebuild: %.1f%% of a clean build\n", p[1], 100 * wall[t] / wall[p[1] "/full"] }
  }' "$RESULTS"
# Each newsbrief edit on its own (the issue asks for the first and the second), against the median clean build.
awk -F'\t' 'NR == FNR { if ($1 == "newsbrief" && $2 == "full") full = $3; next }
  $1 == "newsbrief" && $2 == "edit" && full > 0 { printf "newsbrief one-file edit %d: %.3f s wall, %.1f%% of a clean build\n", ++n, $3, 100 * $3 / full }' "$RESULTS" "$ALL"

