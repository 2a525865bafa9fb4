#!/usr/bin/env bash
# Takes a headless Chromium screenshot: scripts/screenshot.sh URL OUT.png [WIDTH] [HEIGHT]
set -euo pipefail
url="$1"; out="$2"; width="${3:-1280}"; height="${4:-900}"
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --virtual-time-budget=4000 \
  --window-size="${width},${height}" --screenshot="$out" "$url" >/dev/null 2>&1
rm -rf "$profile"
