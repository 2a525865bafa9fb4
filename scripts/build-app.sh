#!/usr/bin/env bash
# Builds the release app into dist/ and the stand-in backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
# Brotli copies (quality 11) beside the app's files, which the stand-in serves as a CDN
# would; scripts/size.sh reports the same figures.
for f in dist/*.wasm dist/*.js dist/*.css; do brotli -q 11 -f -k "$f"; done
cargo build --release -p dev-backend
