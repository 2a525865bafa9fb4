#!/usr/bin/env bash
# Reports the release bundle's files, raw and brotli (quality 11), and their total.
# Usage: scripts/size.sh [--budget BYTES]  (fails when the brotli total exceeds BYTES)
set -euo pipefail
cd "$(dirname "$0")/.."
budget=""
[ "${1:-}" = "--budget" ] && budget="$2"
[ -d dist ] || { echo "no dist/: run scripts/build-app.sh first" >&2; exit 1; }
total_raw=0; total_br=0
printf '%-48s %10s %10s\n' file raw brotli
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html; do
  [ -f "$f" ] || continue
  # The stand-in partner portal's own script is the portal's, not the console's.
  [ "$(basename "$f")" = partner-portal.js ] && continue
  raw=$(stat -c %s "$f")
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$br"
done
# One language's words load with the app: the largest file counts.
words=$(for f in dist/locales/*.json; do [ -f "$f" ] && echo "$(brotli -q 11 -c "$f" | wc -c) $f"; done | sort -n | tail -1)
if [ -n "$words" ]; then
  f=${words#* }; br=${words%% *}; raw=$(stat -c %s "$f")
  total_raw=$((total_raw + raw)); total_br=$((total_br + br))
  printf '%-48s %10d %10d\n' "locales/$(basename "$f") (largest)" "$raw" "$br"
fi
printf '%-48s %10d %10d\n' total "$total_raw" "$total_br"
if [ -n "$budget" ] && [ "$total_br" -gt "$budget" ]; then
  echo "bundle is $total_br bytes brotli, over the budget of $budget" >&2
  exit 1
fi
