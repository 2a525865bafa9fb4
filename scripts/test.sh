#!/usr/bin/env bash
# Command 2: installs whatever is missing, then runs every test:
#   native (domain rules, stand-in backend, the words in locales/), in-browser (wasm-bindgen-test in headless
#   Chromium), the bundle-size budget, and end-to-end (Chromium through WebDriver against
#   the stand-in backend serving the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh --browser
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native: domain rules, the stand-in backend, the words files, no import circles"
cargo test -p domain -p dev-backend
cargo test -p orders-console --lib --test locales --test imports --test query_keys

step "in-browser: components and formatting in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p orders-console --target wasm32-unknown-unknown

step "build: release app and stand-in backend"
scripts/build-app.sh

step "bundle size (brotli) within budget"
scripts/size.sh --budget .size-budget

step "end-to-end: Chromium through WebDriver"
cargo test -p e2e -- --test-threads=2
