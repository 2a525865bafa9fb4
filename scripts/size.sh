#!/usr/bin/env bash
# What a first visit to each area's screen transfers (brotli, quality 11, as the stand-in
# serves it): the common files (the boot script, the main module and its glue, the
# stylesheet, the page, the largest language's words) plus that area's chunk files
# (target/split/splits.json, written by scripts/split-wasm.mjs).
# Usage: scripts/size.sh [--budget FILE]
#   FILE holds two lines, `orders BYTES` (a first visit to /orders) and `other BYTES` (the
#   largest other area's first screen); the script fails when a screen is over.
set -euo pipefail
cd "$(dirname "$0")/.."
budget=""
[ "${1:-}" = "--budget" ] && budget="$2"
[ -f target/split/splits.json ] && [ -d dist ] || { echo "no split build: run scripts/build-app.sh first" >&2; exit 1; }
python3 - "$budget" <<'PY'
import glob, json, os, subprocess, sys
dist = "dist"
manifest = json.load(open("target/split/splits.json"))
def br(path):
    return len(subprocess.run(["brotli", "-q", "11", "-c", path], capture_output=True, check=True).stdout)
def row(name, path):
    raw, packed = os.path.getsize(path), br(path)
    print(f"  {name:<58} {raw:>9} {packed:>9}")
    return packed
words = max(glob.glob(f"{dist}/locales/*.json"), key=br)
common = ["orders-console-boot.js", *manifest["main"], "orders-console.css", "index.html"]
print(f"{'file':<60} {'raw':>9} {'brotli':>9}")
print("common to every screen")
common_total = sum(row(f, f"{dist}/{f}") for f in common) + row(f"locales/{os.path.basename(words)} (largest)", words)
# An area's first screen downloads its chunk; the others load on first use (the panel's
# body, the export) and are reported, not counted.
areas = ["orders", "subscriptions", "notifications"]
totals = {}
for split, files in sorted(manifest["splits"].items()):
    print(f"the {split} chunk" + ("" if split in areas else ", loaded on first use"))
    sizes = sum(row(f, f"{dist}/{f}") for f in files)
    if split in areas:
        totals[split] = common_total + sizes
print()
for split, total in sorted(totals.items()):
    print(f"first visit, {split:<46} {total:>9} bytes")
budget = sys.argv[1]
if budget:
    limits = dict(line.split() for line in open(budget) if line.strip())
    over = []
    for split, total in totals.items():
        limit = int(limits["orders" if split == "orders" else "other"])
        if total > limit:
            over.append(f"{split}: {total} bytes, over its budget of {limit}")
    if over:
        sys.exit("\n".join(over))
PY
