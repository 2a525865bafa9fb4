#!/usr/bin/env bash
# Installs whatever this project needs and the machine lacks; skips what is already there
# at the right version. Usage: scripts/install-tools.sh [--browser]
#   always:     the wasm32 target, trunk 0.21, wasm-bindgen-cli at the version in Cargo.lock,
#               wasm-split-cli 0.2.4 (splits the wasm by area),
#               wasm-opt (npm binaryen, into .tools/: Debian's wasm-opt is too old and breaks
#               the wasm), brotli (for size reports)
#   --browser:  Chromium and chromedriver (Debian packages), for in-browser and e2e tests
# Source it (or run it and then `source scripts/env.sh`) to get the tools on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

want_browser=false
[ "${1:-}" = "--browser" ] && want_browser=true

say() { printf '\033[1m[install]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk 0.21 (about 8 minutes on 2 cores)"
  cargo install trunk --version '~0.21' --locked
fi

# The CLI must match the wasm-bindgen crate exactly; Cargo.lock pins it.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb_version}\$"; then
  say "installing wasm-bindgen-cli ${wb_version} (about 3 minutes)"
  # Without --locked: a locked dependency of the CLI is missing from the registry.
  cargo install wasm-bindgen-cli --version "${wb_version}" --force
fi

# The splitter that cuts the wasm into per-area chunks (scripts/build-app.sh). Pinned: a
# different splitter may split differently (wasm-split-prototype#46).
if ! cargo install --list | grep -q '^wasm_split_cli_support v0\.2\.4:'; then
  say "installing wasm-split-cli 0.2.4 (about a minute)"
  cargo install wasm_split_cli_support --version 0.2.4 --features build-binary --force
fi

if [ ! -x .tools/node_modules/.bin/wasm-opt ]; then
  say "installing wasm-opt (npm binaryen) into .tools/"
  mkdir -p .tools
  (cd .tools && [ -f package.json ] || echo '{"private": true}' > package.json)
  npm install --prefix .tools --no-audit --no-fund --silent binaryen@132 >/dev/null
fi

if [ ! -x .tools/node_modules/.bin/esbuild ]; then
  say "installing esbuild (minifies the JS glue, the boot script and the stylesheet) into .tools/"
  mkdir -p .tools
  (cd .tools && [ -f package.json ] || echo '{"private": true}' > package.json)
  npm install --prefix .tools --no-audit --no-fund --silent esbuild@0.28 >/dev/null
fi

apt_missing=()
command -v brotli >/dev/null || apt_missing+=(brotli)
if $want_browser; then
  command -v chromium >/dev/null || apt_missing+=(chromium)
  command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_missing[@]}" >/dev/null
fi

if $want_browser && [ ! -f .tools/node_modules/axe-core/axe.min.js ]; then
  say "installing axe-core (accessibility audits in the e2e tests) into .tools/"
  npm install --prefix .tools --no-audit --no-fund --silent axe-core@4 >/dev/null
fi
say "tools ready"
