#!/usr/bin/env bash
# Installs the npm dependencies at the versions package-lock.json pins, when they are missing
# or older than the lock file. Used by serve.sh and test.sh.
# `npm ci`: exactly the versions the lock file pins (it lists every platform's optional packages,
# Next's SWC binaries included, so a clean clone installs anywhere).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "CNN Course needs Node.js 20.9 or newer with npm: https://nodejs.org/" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "CNN Course needs Node.js 20.9 or newer (this is $(node --version))." >&2
  exit 1
fi
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "› Installing dependencies (npm ci, the versions package-lock.json pins)…"
  npm ci --no-audit --no-fund
fi
