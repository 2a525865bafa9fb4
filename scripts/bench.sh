#!/usr/bin/env bash
# Benchmark (not part of the tests): bundle sizes, first page painted against a hand-written
# page, interaction times, DOM and heap after 20 pages, at 1,000 / 10,000 / 100,000 orders.
# Usage: scripts/bench.sh [--runs 7] [--sizes 1000,10000,100000]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh --browser
source scripts/env.sh
scripts/build-app.sh
cargo run --release -p e2e --bin bench -- "$@"
