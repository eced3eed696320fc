#!/usr/bin/env bash
# Publishes the CLI as the README does (dotnet publish src/NewsBrief.Cli -c Release -o DIR: the
# native, Native AOT executable DIR/newsbrief on linux-x64) and runs the whole test suite with
# NEWSBRIEF_CLI=DIR/newsbrief, so every CLI-level test (the ones that run 'newsbrief ...' through
# tests/NewsBrief.Tests/Support/CliRunner.cs or CliProcess.cs) runs the trimmed, ahead-of-time
# compiled tool instead of the JIT-compiled assembly. The tests of the library's types run
# in-process either way, and so do the two that pretend stderr is a terminal (a child's stderr is a
# pipe). Extra arguments go to 'dotnet test' (e.g. --filter UsageTests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-test-deps.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "test-native: dotnet publish src/NewsBrief.Cli -c Release (Native AOT)" >&2
start=$(date +%s)
if ! dotnet publish src/NewsBrief.Cli -c Release -o "$out" --nologo -v quiet >"$out.log" 2>&1; then
  cat "$out.log" >&2; rm -f "$out.log"
  echo "test-native: the native publish failed (log above)" >&2
  exit 1
fi
rm -f "$out.log"
echo "test-native: published $(du -h "$out/newsbrief" | cut -f1) executable in $(( $(date +%s) - start )) s" >&2
NEWSBRIEF_CLI="$out/newsbrief" dotnet test NewsBrief.sln --logger "console;verbosity=detailed" "$@"
