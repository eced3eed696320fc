#!/usr/bin/env bash
# The project's test command: installs what the browser and HTML-checker tests need (once),
# then runs every test. Extra arguments go to 'dotnet test' (e.g. --filter Formatting).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-test-deps.sh
dotnet test NewsBrief.sln "$@"
