#!/usr/bin/env bash
# Feed file -> updated site for one new quake on a site of N briefs (docs/feeds.md, issue 12's goal:
# under 2 s at 10,000). What the quakes workflow does after the download: `import bmkg` of a feed with
# one quake the site does not have yet, then the incremental `build` of the whole facts folder.
#
#   bash bench/quake-publish.sh [N] [WORKDIR]     (default 10000 briefs, a temporary folder)
#
# The tool is published as the quakes workflow installs it (`dotnet publish src/NewsBrief.Cli -c Release`:
# the native executable on linux-x64) unless NEWSBRIEF names an executable. Three runs, each a
# new quake (a new minute of the same feed), after a clean build and one warm-up run. Wall times on a
# shared machine are noisy: the user+sys CPU time is printed too.
set -euo pipefail
count=${1:-10000}
work=${2:-$(mktemp -d)}
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${NEWSBRIEF:-}" ]; then
  dotnet publish "$repo/src/NewsBrief.Cli" -c Release -o "$work/tool" -v quiet -nologo >/dev/null
  NEWSBRIEF="$work/tool/newsbrief"   # the native executable (linux-x64); elsewhere the framework-dependent apphost
  [ -x "$NEWSBRIEF" ] || NEWSBRIEF="$work/tool/NewsBrief.Cli"
fi
dotnet build "$repo/bench/NewsBrief.Bench.Generate" -c Release -v quiet -nologo >/dev/null
cd "$work"
rm -rf briefs site .site.*
dotnet "$repo/bench/NewsBrief.Bench.Generate/bin/Release/net10.0/NewsBrief.Bench.Generate.dll" --count "$count" --facts briefs >/dev/null
"$NEWSBRIEF" build briefs --out site --base-url https://news.example/ 2>&1 | tail -1

# One new quake per run: the Sleman event of autogempa.json moved to a new minute (Jam, DateTime and Tanggal agree).
feed() { # $1: minute 10-59
  sed -e "s/14:35:21 WIB/14:$1:21 WIB/" -e "s/07:35:21+00:00/07:$1:21+00:00/" "$repo/tests/NewsBrief.Tests/Data/feeds/bmkg-autogempa.json" > autogempa.json
}
publish() {
  "$NEWSBRIEF" import bmkg autogempa.json --out briefs/quakes >/dev/null 2>import.log || { cat import.log; exit 1; }
  "$NEWSBRIEF" build briefs --out site --base-url https://news.example/ >/dev/null 2>build.log || { cat build.log; exit 1; }
}
feed 40; publish   # warm-up: the first kind brief, the quakes folder's first file
for minute in 41 42 43; do
  feed "$minute"
  start=$(date +%s.%N)
  times=$( { /usr/bin/time -f '%U %S %M' bash -c "$(declare -f publish); NEWSBRIEF='$NEWSBRIEF'; publish" ; } 2>&1 | tail -1 )
  end=$(date +%s.%N)
  read -r user sys rss <<<"$times"
  test -f "site/id/gempa-20251212-14${minute}21.md" || { echo "the new quake is not on the site" >&2; exit 1; }
  printf 'new quake %s on %s briefs: %.2f s wall, %.2f s CPU (user+sys), peak RSS %d MB\n' \
    "$minute" "$count" "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$((rss / 1024))"
done
