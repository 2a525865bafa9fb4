#!/usr/bin/env bash
# Where the wasm's bytes go, by crate and by function (twiggy), before wasm-opt so names
# survive: run it after scripts/build-app.sh. Installs twiggy when missing.
# Usage: scripts/wasm-breakdown.sh [WASM]   (default: the release build of the app)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
command -v twiggy >/dev/null || cargo install twiggy --version '~0.8' --locked
input="${1:-target/wasm32-unknown-unknown/release/orders-console.wasm}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The same wasm-bindgen pass as the build, so only what ships is counted.
wasm-bindgen --target web --out-dir "$out" --out-name app "$input"
wasm="$out/app_bg.wasm"
echo "== largest items (bytes before wasm-opt)"
twiggy top -n 15 "$wasm"
echo
echo "== by crate (code and data, bytes before wasm-opt)"
twiggy top -n 1000000 --format csv "$wasm" 2>/dev/null | python3 -c '
import collections, csv, re, sys
sizes = collections.Counter()
for row in csv.DictReader(sys.stdin):
    name, size = row["Name"], int(row["ShallowSize"])
    if "function names" in name or name.startswith("custom section"):
        continue
    if name.startswith("data"):
        key = "(static data)"
    else:
        match = re.search(r"([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::", name)
        key = match.group(1) if match else "(runtime and glue)"
    sizes[key] += size
for key, size in sizes.most_common(20):
    print(f"{key:28} {size:>9}")
print("total".ljust(28), str(sum(sizes.values())).rjust(9))
'
