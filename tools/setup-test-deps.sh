#!/usr/bin/env bash
# Installs what the browser, accessibility and HTML-checker tests need, once: Debian's chromium,
# a Java runtime for the Nu HTML Checker, and the npm packages of tests/browser (lock file pinned);
# and what the native (Native AOT) publish of the CLI links with: clang and zlib1g-dev.
# Idempotent and quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
command -v clang >/dev/null 2>&1 || need_apt+=(clang)
[ -e /usr/include/zlib.h ] || need_apt+=(zlib1g-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup-test-deps: missing ${need_apt[*]}; install them (sudo apt-get install ${need_apt[*]}) and run again." >&2
    exit 1
  fi
  echo "setup-test-deps: installing ${need_apt[*]}" >&2
  # Quiet unless it fails: no debconf prompts or "delaying package configuration" warnings, no
  # progress bars (Use-Pty=0); the whole log is shown only when apt-get fails.
  apt_log=$(mktemp)
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${need_apt[@]}"; } >"$apt_log" 2>&1; then
    cat "$apt_log" >&2
    rm -f "$apt_log"
    echo "setup-test-deps: apt-get failed (log above)" >&2
    exit 1
  fi
  rm -f "$apt_log"
fi

if [ ! -d tests/browser/node_modules ] || [ tests/browser/package-lock.json -nt tests/browser/node_modules ]; then
  echo "setup-test-deps: npm ci in tests/browser" >&2
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  touch tests/browser/node_modules
fi
