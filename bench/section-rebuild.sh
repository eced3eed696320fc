#!/usr/bin/env bash
# How many files a rebuild writes when one brief is added to a site of N generated briefs
# (docs/site.md, "Incremental builds and memory"). Counts, not times: a file the rebuild links from
# the live site keeps its modification time, one it writes gets a new one.
#   bash bench/section-rebuild.sh [N] [WORKDIR]      (default 2000 briefs, a temporary folder)
# Two runs: the added brief dated after every other (today's story), then as generated (backdated).
set -euo pipefail
count=${1:-2000}
work=${2:-$(mktemp -d)}
repo=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$repo/src/NewsBrief.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/bench/NewsBrief.Bench.Generate" -c Release -v quiet -nologo >/dev/null
cli() { dotnet "$repo/src/NewsBrief.Cli/bin/Release/net10.0/NewsBrief.Cli.dll" "$@"; }
cd "$work"
rm -rf all && dotnet "$repo/bench/NewsBrief.Bench.Generate/bin/Release/net10.0/NewsBrief.Bench.Generate.dll" --count $((count + 1)) --facts all >/dev/null
extra=$(ls all | sort | tail -1)
sed 's/^date: .*/date: 2099-01-15/' "all/$extra" > newest.yml

run() { # $1: the facts file to add; $2: a label
  rm -rf briefs site .site.*
  mkdir briefs
  ls all | sort | head -"$count" | while read -r f; do cp "all/$f" briefs/; done
  cli build briefs --out site --base-url https://news.example/ 2>&1 | tail -1
  find site -type f -exec touch -d '2001-01-01 00:00:00 UTC' {} +
  cp "$1" "briefs/$extra"
  cli build briefs --out site --base-url https://news.example/ 2>&1 | tail -1
  total=$(find site -type f | wc -l)
  written=$(find site -type f -newermt '2001-01-02' | wc -l)
  echo "$2: $written of $total files written:"
  find site -type f -newermt '2001-01-02' | sed 's#^site/##' | sort | sed 's/^/  /'

}

run newest.yml "one brief added, dated after every other"
run "all/$extra" "one brief added, dated as generated ($(grep -m1 '^date:' "all/$extra"))"
