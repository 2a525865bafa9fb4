#!/usr/bin/env bash
# Builds the release app into dist/ and the stand-in backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Trunk: the page, the stylesheet and the static files.
trunk build --release --offline
minify() { esbuild --minify --log-level=warning --loader="$1" < "$2" > "$2.min" && mv "$2.min" "$2"; }
minify css dist/orders-console.css

# The wasm, split by area at the `#[wasm_split]` points (src/routing/lazy.rs): linked
# with relocations so the splitter can follow every reference, split before wasm-bindgen,
# wasm-bindgen on the main module keeping the exports the chunks link against, then
# wasm-opt on every file. Its own target directory keeps these flags away from the other
# builds' caches.
# Panic locations name their files: shorter paths for the crates and the project itself.
registry=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/index.crates.io-* 2>/dev/null | head -1 || true)
remap="--remap-path-prefix=$PWD=oc"
[ -n "$registry" ] && remap="$remap --remap-path-prefix=$registry="
RUSTFLAGS="--cfg erase_components --cfg oc_split -C link-args=--emit-relocs $remap" \
  cargo build --release --target wasm32-unknown-unknown -p orders-console --target-dir target/split-build
split=target/split
rm -rf "$split" && mkdir -p "$split"
wasm-split-cli --target web --out-name orders-console \
  target/split-build/wasm32-unknown-unknown/release/orders-console.wasm "$split"
# The same input must split the same way every time (wasm-split-prototype#46 saw splits
# that differed from run to run): split it twice and compare, so a drifting splitter fails
# the build here instead of shipping chunks that do not fit their main module.
rm -rf "$split.again" && mkdir -p "$split.again"
wasm-split-cli --target web --out-name orders-console \
  target/split-build/wasm32-unknown-unknown/release/orders-console.wasm "$split.again"
diff -r -q "$split" "$split.again" || { echo "wasm-split-cli split the same wasm differently twice" >&2; exit 1; }
rm -rf "$split.again"
wasm-bindgen --target web --keep-lld-exports --no-typescript --out-dir "$split/bg" --out-name orders-console \
  "$split/orders-console.wasm"
# -O3 rather than -Oz: -Oz's smaller raw files compress worse (it merges similar functions
# into shapes brotli finds less alike). Measured on the same split: -O3 --converge moves
# 3.0-3.6 KB (brotli) less on each area's first visit than -Oz, for 6-7 % more raw bytes
# in the chunks; -Os and -O4 fall in between.
for f in "$split"/bg/orders-console_bg.wasm "$split"/split_*.wasm "$split"/chunk_*.wasm; do
  wasm-opt -O3 --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    --strip-debug --strip-producers "$f" -o "$f.opt" 2>/dev/null
  mv "$f.opt" "$f"
done
# Content-hashed names for every file (the stand-in serves them `immutable`), and the
# boot script told which files each area's chunk needs.
node scripts/split-wasm.mjs "$split" dist
# (The glue names the link module once per import; esbuild warns of the repeated key.)
for f in dist/orders-console-*[0-9a-f].js; do
  esbuild --minify --log-level=error < "$f" > "$f.min" && mv "$f.min" "$f"
done

# The words, one file per language, also content-hashed (the boot script names them).
node scripts/build-locales.mjs dist
minify js dist/orders-console-boot.js
minify js dist/demo.js
# The pages' comments are for readers of the source, and Trunk leaves its own option
# (data-integrity) on the stylesheet's tag.
node -e 'const fs = require("fs"); for (const f of process.argv.slice(1)) fs.writeFileSync(f, fs.readFileSync(f, "utf8").replace(/<!--[\s\S]*?-->\s*/g, "").replace(/ data-integrity="none"/g, ""))' dist/index.html dist/partner-portal.html

# Brotli copies (quality 11) beside the app's files, which the stand-in serves as a CDN
# would; scripts/size.sh reports the same figures.
rm -f dist/*.br
for f in dist/*.wasm dist/*.js dist/*.css dist/locales/*.json; do brotli -q 11 -f -k "$f"; done

cargo build --release -p dev-backend
