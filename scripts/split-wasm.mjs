// Puts the split app into dist/ under content-hashed names (the stand-in serves them
// `immutable`), and tells the boot script which files each area's chunk needs.
//
// Input (scripts/build-app.sh made it): `wasm-split-cli`'s output directory, with the
// link module `__wasm_split.js`, one `split_<name>.wasm` per split point module (the
// `#[wasm_split(<name>, ...)]` functions: orders, subscriptions, notifications, ...) and
// `chunk_<n>.wasm` for code that several of them share; and, in its `bg/` folder, the
// main module after wasm-bindgen (`orders-console.js`, `orders-console_bg.wasm`). Every
// wasm file has been through wasm-opt already.
//
// Output in dist/:
// - `orders-console-<name>-<hash>.wasm` for each split and shared chunk;
// - `orders-console-<H>.js`, `orders-console-<H>_bg.wasm` and
//   `orders-console-split-<H>.js`, with one hash `H` over the three: the glue and the
//   link module import each other, so they are named together;
// - the boot script's `SPLITS` (split name -> its files, shared chunks first) and the
//   main module's names filled in.
// The link module takes a chunk's download from the boot script when the boot script
// started it beside the main module (`ordersConsoleChunks` on the app's element), so the
// first screen's code costs no extra round trip.
// Usage: node scripts/split-wasm.mjs <split dir> <dist>
import { createHash } from "node:crypto";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

const [input, dist] = process.argv.slice(2);
const hash = (...buffers) => {
  const h = createHash("sha256");
  for (const b of buffers) h.update(b);
  return h.digest("hex").slice(0, 16);
};

let link = readFileSync(`${input}/__wasm_split.js`, "utf8");
const renamed = {};
for (const file of readdirSync(input).filter((f) => /^(split|chunk)_.+\.wasm$/.test(f)).sort()) {
  const bytes = readFileSync(`${input}/${file}`);
  const stem = file.slice(0, -".wasm".length).replaceAll("_", "-");
  const name = `orders-console-${stem}-${hash(bytes)}.wasm`;
  copyFileSync(`${input}/${file}`, `${dist}/${name}`);
  renamed[file] = name;
}

// Which files each split needs: its own and the shared chunks it lists as dependencies.
const chunkVar = {};
for (const [, variable, file] of link.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(chunk_\d+\.wasm)"/g)) {
  chunkVar[variable] = renamed[file];
}
const splits = {};
for (const [, split, file, deps] of link.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/(split_\w+\.wasm)"[\s\S]*?, \[([^\]]*)\]\)\);/g)) {
  const shared = deps.split(",").map((d) => d.trim()).filter(Boolean).map((d) => chunkVar[d]);
  splits[split] = [...shared, renamed[file]];
}
if (!Object.keys(splits).length) throw new Error(`no split points found in ${input}/__wasm_split.js`);

// Hashed chunk names, and a download the boot script already started is taken over.
link = link.replace(/fetch\(new URL\("\.\/((?:split|chunk)_\w+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
  if (!renamed[file]) throw new Error(`the link module names ${file}, which is not in ${input}`);
  return `earlyOr("${renamed[file]}", () => fetch(new URL("./${renamed[file]}", import.meta.url)))`;
});
link =
  `// A chunk's download that the boot script started beside the main module, once.\n` +
  `const earlyOr = (name, start) => {\n` +
  `  const early = document.querySelector("[data-orders-console]")?.ordersConsoleChunks;\n` +
  `  const started = early && early[name];\n` +
  `  if (!started) return start();\n` +
  `  delete early[name];\n` +
  `  return started;\n` +
  `};\n` + link;

let glue = readFileSync(`${input}/bg/orders-console.js`, "utf8");
const wasm = readFileSync(`${input}/bg/orders-console_bg.wasm`);
const H = hash(glue, link, wasm);
// Only the import statements: the imports object keeps the wasm's own module name.
glue = glue.replaceAll('from "./__wasm_split.js"', `from "./orders-console-split-${H}.js"`).replaceAll("orders-console_bg.wasm", `orders-console-${H}_bg.wasm`);
link = link.replace('from "./orders-console.js"', `from "./orders-console-${H}.js"`);
writeFileSync(`${dist}/orders-console-${H}.js`, glue);
writeFileSync(`${dist}/orders-console-split-${H}.js`, link);
copyFileSync(`${input}/bg/orders-console_bg.wasm`, `${dist}/orders-console-${H}_bg.wasm`);

const boot = `${dist}/orders-console-boot.js`;
let text = readFileSync(boot, "utf8");
const before = text;
text = text
  .replace(/const SPLITS = \{\};/, `const SPLITS = ${JSON.stringify(splits)};`)
  .replaceAll("orders-console.js", `orders-console-${H}.js`)
  .replaceAll("orders-console_bg.wasm", `orders-console-${H}_bg.wasm`);
if (text === before || !text.includes("const SPLITS = {\"")) throw new Error(`${boot} has no "const SPLITS = {};" to fill`);
writeFileSync(boot, text);
// For scripts/size.sh: what each screen's first visit downloads besides the common files.
writeFileSync(`${input}/splits.json`, JSON.stringify({ main: [`orders-console-${H}.js`, `orders-console-split-${H}.js`, `orders-console-${H}_bg.wasm`], splits }, null, 1));
for (const [split, files] of Object.entries(splits)) console.log(`split ${split}: ${files.join(" ")}`);
console.log(`main: orders-console-${H}_bg.wasm`);
