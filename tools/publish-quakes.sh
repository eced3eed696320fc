#!/usr/bin/env bash
# The quake publishing loop (docs/feeds.md): BMKG's and USGS's feeds -> earthquake briefs -> check
# -> the bilingual site. .github/workflows/quakes.yml runs it every 5 minutes; the tests run it offline
# on feed files (Importing/QuakeLoopTests). Any failed download, import, check or build exits 1
# before the site is touched or after `build` left it as it was: a failure publishes nothing.
#
#   tools/publish-quakes.sh --feeds DIR --briefs DIR --site DIR [--download] [--base-url URL] [--newsbrief CMD]
#
#   --feeds DIR      where the feed files are (with --download: where they are saved first):
#                    gempaterkini.json, gempadirasakan.json, autogempa.json (BMKG), 4.5_week.geojson (USGS);
#                    a missing file is skipped (say, a test with BMKG's feeds only)
#   --briefs DIR     the facts folder to build (the quakes go to DIR/quakes, with the rest of the briefs)
#   --site DIR       the site; built incrementally when a previous build is there
#   --base-url URL   where the site is served (build warns, NB6030, without it)
#   --download       fetch the four feeds first (curl; 30 s each; at most 32 MiB, the importer's limit)
#   --newsbrief CMD  how to run the tool (default: the native publish in $NEWSBRIEF, else dotnet run)
set -euo pipefail
feeds="" briefs="" site="" download=0 base_url="" newsbrief="${NEWSBRIEF:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --feeds) feeds=$2; shift 2 ;;
    --briefs) briefs=$2; shift 2 ;;
    --site) site=$2; shift 2 ;;
    --download) download=1; shift ;;
    --base-url) base_url=$2; shift 2 ;;
    --newsbrief) newsbrief=$2; shift 2 ;;
    *) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
if [ -z "$feeds" ] || [ -z "$briefs" ] || [ -z "$site" ]; then
  echo "publish-quakes: --feeds, --briefs and --site are required" >&2; exit 2
fi
if [ -z "$newsbrief" ]; then
  newsbrief="dotnet run --project $(cd "$(dirname "$0")/.." && pwd)/src/NewsBrief.Cli --"
fi
nb() { $newsbrief "$@"; }

bmkg=(gempaterkini.json gempadirasakan.json autogempa.json)   # the most detailed (autogempa: felt reports) last
usgs=4.5_week.geojson
mkdir -p "$feeds"
if [ "$download" = 1 ]; then
  get() { curl --fail --silent --show-error --location --max-time 30 --max-filesize 33554432 --retry 2 -o "$feeds/$1.part" "$2" && mv "$feeds/$1.part" "$feeds/$1"; }
  for f in "${bmkg[@]}"; do get "$f" "https://data.bmkg.go.id/DataMKG/TEWS/$f"; done
  get "$usgs" "https://earthquake.usgs.gov/earthquakes/feed/v1.0/summary/$usgs"
fi

# Every import runs, so every problem is reported; any failure stops the loop before the build.
status=0
for f in "${bmkg[@]}"; do
  if [ -f "$feeds/$f" ]; then nb import bmkg "$feeds/$f" --out "$briefs/quakes" --format github || status=1; fi
done
if [ -f "$feeds/$usgs" ]; then nb import usgs "$feeds/$usgs" --out "$briefs/quakes" --country Indonesia --format github || status=1; fi
if [ "$status" != 0 ]; then
  echo "publish-quakes: an import failed (above): nothing is published this run; the good events are in $briefs/quakes for the next." >&2
  exit 1
fi

nb check "$briefs" --format github
# build writes into a staging folder and swaps it in only when everything succeeded.
nb build "$briefs" --out "$site" ${base_url:+--base-url "$base_url"} --format github
