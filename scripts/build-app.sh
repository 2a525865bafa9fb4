#!/usr/bin/env bash
# Builds the release app into dist/ and the stand-in backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline

# Trunk copies the JS glue and the stylesheet as written; minified they are a few KB
# smaller on every first visit.
minify() { esbuild --minify --log-level=warning --loader="$1" < "$2" > "$2.min" && mv "$2.min" "$2"; }
minify js dist/orders-console.js
minify css dist/orders-console.css

# The wasm and its JS glue get content-hashed names, so browsers may keep them for good
# (the stand-in serves them `immutable`) and a repeat visit fetches nothing but the small
# files a host page names: index.html, the boot script and the stylesheet, which keep
# stable names and are revalidated. The boot script and index.html's preload links are
# pointed at the hashed names.
hash=$(cat dist/orders-console.js dist/orders-console_bg.wasm | sha256sum | cut -c1-16)
mv dist/orders-console.js "dist/orders-console-$hash.js"
mv dist/orders-console_bg.wasm "dist/orders-console-${hash}_bg.wasm"
sed -i -e "s|orders-console\.js|orders-console-$hash.js|g" \
       -e "s|orders-console_bg\.wasm|orders-console-${hash}_bg.wasm|g" \
       dist/orders-console-boot.js dist/index.html

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
