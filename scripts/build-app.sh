#!/usr/bin/env bash
# Builds the release app into dist/ and the stand-in backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
cargo build --release -p dev-backend
