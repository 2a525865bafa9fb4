#!/usr/bin/env bash
# Command 1: install what is missing, build, and serve the app with demo data at
# http://127.0.0.1:8080 (the stand-in backend serves the API and the app).
# Extra arguments go to the backend, e.g. scripts/dev.sh --orders 100000 --latency-ms 300
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh
scripts/build-app.sh
exec target/release/dev-backend --dist dist --port 8080 "$@"
