// Writes the app's words into dist/: one file per language in locales/, as an array in
// the sorted order of locales/en.json's keys (build.rs numbers the keys the same way, so
// the wasm holds no keys), each filled with the English words for any key it lacks (so a missing
// translation shows English, never a key; tests/locales.rs fails the tests meanwhile),
// with a content-hashed name that the boot script is pointed at.
// Usage: node scripts/build-locales.mjs [dist]
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const dist = process.argv[2] || "dist";
const english = JSON.parse(readFileSync("locales/en.json", "utf8"));
const files = {};
rmSync(`${dist}/locales`, { recursive: true, force: true });
mkdirSync(`${dist}/locales`, { recursive: true });
for (const name of readdirSync("locales").filter((f) => f.endsWith(".json")).sort()) {
  const lang = name.slice(0, -".json".length);
  const own = JSON.parse(readFileSync(`locales/${name}`, "utf8"));
  const filled = [];
  const missing = [];
  // Sorted by code point, as build.rs numbers them (its JSON map is ordered by key).
  for (const key of Object.keys(english).sort()) {
    if (key in own) filled.push(own[key]);
    else {
      filled.push(english[key]);
      missing.push(key);
    }
  }
  if (missing.length) console.warn(`locales/${name}: ${missing.length} keys in English: ${missing.slice(0, 5).join(", ")}…`);
  const body = JSON.stringify(filled);
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const file = `locales/${lang}-${hash}.json`;
  writeFileSync(`${dist}/${file}`, body);
  files[lang] = file;
}
const boot = `${dist}/orders-console-boot.js`;
const source = readFileSync(boot, "utf8");
const line = /^const LOCALE_FILES = .*;$/m;
if (!line.test(source)) throw new Error(`${boot} has no LOCALE_FILES line to point at the files`);
writeFileSync(boot, source.replace(line, `const LOCALE_FILES = ${JSON.stringify(files)};`));
console.log(`locales: ${Object.keys(files).join(", ")}`);
