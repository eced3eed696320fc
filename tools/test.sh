#!/usr/bin/env bash
# The project's test command: installs what the browser and HTML-checker tests need (once),
# then runs every test. Extra arguments go to 'dotnet test' (e.g. --filter Formatting).
# The console logger at 'detailed' prints a line per test as it finishes (progress instead of
# minutes of silence) and the output of passing tests too: the recogniser's precision and recall
# and the screenshots' paths, which the README promises. It ends with 'Passed: N' / 'Failed: N'
# lines, which .ci/run sums.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup-test-deps.sh
dotnet test NewsBrief.sln --logger "console;verbosity=detailed" "$@"
