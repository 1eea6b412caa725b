#!/usr/bin/env bash
# Serves the course: installs what it needs, builds the static site, serves out/ on a port
# (PORT, default 3000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "› Building the course…"
npm run build
exec node scripts/serve-static.mjs out "${PORT:-3000}"
