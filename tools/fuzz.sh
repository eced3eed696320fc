#!/usr/bin/env bash
# Fuzzes NewsBrief's facts parser and whole render path (docs/fuzzing.md).
#
#   tools/fuzz.sh smoke [--execs N] [--seed S]   CI's bounded run: the corpus, then N seeded mutants (default 1000, seed 1),
#                                               in-process and deterministic; exit 1 and the findings printed if any
#   tools/fuzz.sh smoke-import [--execs N] [--seed S]   the same for the feed importers (import bmkg|usgs), from the feed corpus
#   tools/fuzz.sh facts|site|import [SECONDS]           AFL++ with SharpFuzz for SECONDS (default 600); findings in fuzz/out/afl-TARGET/
#   tools/fuzz.sh facts|site --execs N           AFL++ for about N executions
#   tools/fuzz.sh replay facts|site PATH...      runs files (e.g. fuzz/out/afl-site/default/crashes) once and prints what each breaks
#   tools/fuzz.sh minimize facts|site FILE OUT   shrinks a finding to the smallest input that still breaks the same invariant
#
# Targets: facts = what 'check' does with one file (parse, figure checks, render in memory);
# site = facts, then, when check accepts the file, render every locale (md, html) and build a site.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=fuzz/out
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

corpus=(examples/briefs tests/NewsBrief.Tests/Data/bad-facts fuzz/corpus)
# The importers' inputs: the example feeds and the malformed-feed corpus.
import_corpus=(tests/NewsBrief.Tests/Data/feeds fuzz/import-corpus)

# The harness as a plain build (smoke, replay, minimize): no instrumentation needed.
plain() {
  if ! dotnet build fuzz/NewsBrief.Fuzz -c Release -o "$work/bin" --nologo -v quiet >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "fuzz: the harness does not build" >&2
    exit 1
  fi
}

mkdir -p "$work"
command=${1:-}
case "$command" in
  smoke)
    shift
    execs=1000 seed=1
    while [ $# -gt 0 ]; do
      case "$1" in
        --execs) execs=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        *) echo "fuzz smoke: unknown option $1" >&2; exit 2 ;;
      esac
    done
    plain
    rm -rf "$work/smoke"
    exec dotnet "$work/bin/NewsBrief.Fuzz.dll" smoke --root "$repo" --execs "$execs" --seed "$seed" \
      --dict fuzz/facts.dict --out "$work/smoke" "${corpus[@]}"
    ;;
  smoke-import)
    shift
    execs=1000 seed=1
    while [ $# -gt 0 ]; do
      case "$1" in
        --execs) execs=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        *) echo "fuzz smoke-import: unknown option $1" >&2; exit 2 ;;
      esac
    done
    plain
    rm -rf "$work/smoke-import"
    exec dotnet "$work/bin/NewsBrief.Fuzz.dll" smoke --target import --root "$repo" --execs "$execs" --seed "$seed" \
      --dict fuzz/feeds.dict --out "$work/smoke-import" "${import_corpus[@]}"
    ;;
  replay | minimize)
    shift
    plain
    exec dotnet "$work/bin/NewsBrief.Fuzz.dll" "$command" "$@" --root "$repo"
    ;;
  facts | site | import)
    target=$1
    shift
    dict=fuzz/facts.dict
    if [ "$target" = import ]; then corpus=("${import_corpus[@]}"); dict=fuzz/feeds.dict; fi
    limit=(-V "${1:-600}")
    if [ "${1:-}" = "--execs" ]; then limit=(-E "$2"); fi

    # AFL++ from Debian, installed quietly when missing.
    if ! command -v afl-fuzz >/dev/null 2>&1; then
      if [ "$(id -u)" -ne 0 ]; then
        echo "fuzz: afl-fuzz is missing; install it (sudo apt-get install afl++) and run again." >&2
        exit 1
      fi
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends afl++ >/dev/null
    fi

    # SharpFuzz's instrumenter (a dotnet tool, pinned with the SharpFuzz package), in the work folder.
    if [ ! -x "$work/tools/sharpfuzz" ]; then
      dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools" >/dev/null
    fi

    # A fresh publish each run: sharpfuzz refuses an assembly it already instrumented. NewsBrief
    # and the YAML parser are instrumented (coverage is what guides AFL++); so is Markdig for the site.
    bin="$work/afl-bin"
    rm -rf "$bin"
    if ! dotnet publish fuzz/NewsBrief.Fuzz -c Release -o "$bin" --nologo -v quiet >"$work/publish.log" 2>&1; then
      cat "$work/publish.log" >&2; exit 1
    fi
    instrument=(NewsBrief.dll YamlDotNet.dll)
    if [ "$target" = site ]; then instrument+=(Markdig.dll); fi
    for dll in "${instrument[@]}"; do
      "$work/tools/sharpfuzz" "$bin/$dll" >/dev/null
    done

    # Seeds: the corpus minus the files that already break an invariant (AFL++ stops on a crashing
    # seed). Picked by the plain build: instrumented code runs only under the fork server.
    plain
    seeds="$work/seeds-$target"
    rm -rf "$seeds"
    dotnet "$work/bin/NewsBrief.Fuzz.dll" seeds --target "$target" --root "$repo" --out "$seeds" "${corpus[@]}"

    # No kernel settings are changed: these let AFL++ run as it is on a shared or CI machine.
    export AFL_SKIP_BIN_CHECK=1                        # the target is 'dotnet', instrumented through SharpFuzz, not by afl-cc
    export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1        # cores shared with other work
    export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1     # core_pattern stays as it is
    export AFL_FORKSRV_INIT_TMOUT=60000                # dotnet starts and loads the workspace before the first input
    [ -t 1 ] || export AFL_NO_UI=1
    out="$work/afl-$target"
    # -t: 10 s per input (the harness's own time bound fails a slow input first); -m none: the runtime
    # reserves far more address space than it uses. An existing output folder is resumed (-i -).
    input=(-i "$seeds")
    if [ -d "$out/default/queue" ]; then input=(-i -); fi
    set +e
    afl-fuzz "${input[@]}" -o "$out" -x "$dict" -t 10000 -m none "${limit[@]}" -- \
      dotnet "$bin/NewsBrief.Fuzz.dll" afl "$target" --root "$repo" --time-base-ms 6000 --time-per-kb-ms 60
    status=$?
    set -e
    crashes=$(find "$out/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
    hangs=$(find "$out/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
    echo "fuzz $target: afl-fuzz exited $status; $crashes crash(es) in $out/default/crashes, $hangs hang(s) in $out/default/hangs"
    if [ "$crashes" -gt 0 ]; then
      echo "fuzz $target: see what they break with: tools/fuzz.sh replay $target $out/default/crashes"
      exit 1
    fi
    exit "$status"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
