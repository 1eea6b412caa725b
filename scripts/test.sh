#!/usr/bin/env bash
# The whole test suite, as CI runs it: types, lint, unit tests, the static build and the
# browser tests in Chromium. Installs what is missing (npm packages; Chromium via apt-get when
# it can).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

if ! node scripts/find-chromium.mjs >/dev/null; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "› Installing Chromium for the browser tests (apt-get install chromium)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
if ! chromium=$(node scripts/find-chromium.mjs); then
  echo "No Chromium found. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
export CHROMIUM_PATH="$chromium"

echo "› Type check"; npm run -s typecheck
echo "› Lint"; npm run -s lint
echo "› Unit tests"; npm run -s test:unit
echo "› Build"; npm run -s build
echo "› Browser tests (${CHROMIUM_PATH})"; npm run -s test:e2e
