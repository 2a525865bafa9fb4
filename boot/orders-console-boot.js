// Starts the orders console. A host page loads only this file (plus the stylesheet):
//
//   <script type="module" src="https://console.example.com/orders-console-boot.js"></script>
//
// It reads the configuration from the element with [data-orders-console] and, while the
// wasm downloads and compiles, fetches what the first screen needs: the words in the
// user's language (src/i18n) and the first API answers (the session, and the orders page
// when the app opens on it); the app takes them over (src/api/early.rs) instead of asking
// again. No inline script is needed, so the app runs under a strict Content-Security-Policy:
// script-src 'self' 'wasm-unsafe-eval'.

// The languages the app speaks, each one file of words. The build points these at
// content-hashed copies (scripts/build-locales.mjs).
const LOCALE_FILES = { en: "locales/en.json", de: "locales/de.json", sv: "locales/sv.json" };
// The orders list's own query keys, in the order the app writes them: a copy of
// domain::orders::ORDERS_QUERY_KEYS, which tests/query_keys.rs keeps in step.
const ORDERS_KEYS = ["view", "state", "status", "from", "to", "vendor", "needs_action", "q", "sort", "dir", "page", "page_size"];
// The wasm is split by area (src/*/routes.rs): each area's screens are a chunk of their
// own, as are the order panel's body and the export; the build fills in the files each
// chunk needs, shared pieces first (scripts/split-wasm.mjs).
const SPLITS = {};
// The split holding each area's screens, by the path those screens start with.
const AREA_PATHS = { orders: "/orders", subscriptions: "/subscriptions", notifications: "/settings/notifications" };
// How long the app waits for the host to set a new data-token after telling it the
// session expired, before it says so on screen.
const TOKEN_WAIT_MS = 10000;

const trim = (value) => (value || "").trim();

// data-locale first, then the browser's language, then English.
function chooseLanguage(root) {
  for (const tag of [root.dataset.locale, navigator.language]) {
    const lang = trim(tag).toLowerCase().split(/[-_]/)[0];
    if (LOCALE_FILES[lang]) return lang;
  }
  return "en";
}

// The words as { lang, table }; English when the chosen language's file cannot be had.
function loadText(lang) {
  const load = (lang) =>
    fetch(new URL(LOCALE_FILES[lang], import.meta.url), { signal: AbortSignal.timeout(15000) })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error("HTTP " + response.status))))
      .then((table) => ({ lang, table }));
  return load(lang).catch((error) => (lang === "en" ? Promise.reject(error) : load("en")));
}

// The customer a seller acts for and the base the screens live under, as the app reads
// them (src/config.rs): a customer chosen in the app is in the address,
// `{base}/customers/{id}/…`, unless the host decides alone (data-on-behalf-of without
// data-customer-switch).
function customerView(root) {
  const data = root.dataset;
  const hostBase = trim(data.basePath).replace(/\/+$/, "");
  const hostChoice = trim(data.onBehalfOf);
  const canSwitch = !hostChoice || data.customerSwitch !== undefined;
  const rest = location.pathname.startsWith(hostBase + "/customers/") ? location.pathname.slice(hostBase.length + 11) : "";
  const segment = rest.split("/")[0];
  let chosen = "";
  try {
    chosen = canSwitch ? decodeURIComponent(segment).trim() : "";
  } catch {
    chosen = "";
  }
  return chosen ? { onBehalfOf: chosen, base: hostBase + "/customers/" + segment } : { onBehalfOf: hostChoice, base: hostBase };
}

function sendEarly(root, lang, host) {
  const data = root.dataset;
  const api = (trim(data.apiBase) || "/api/v1").replace(/\/+$/, "");
  const { onBehalfOf, base } = customerView(root);
  const headers = { Accept: "application/json", "Accept-Language": lang };
  if (onBehalfOf) headers["X-On-Behalf-Of"] = onBehalfOf;
  // Each answer is [status, body]; the app reads errors and bodies as it does its own.
  const get = (path) =>
    host.send(api + path, { headers, signal: AbortSignal.timeout(15000) }, "GET " + path)
      .then((response) => response.text().then((body) => [response.status, body]));
  const early = { "/session": get("/session") };
  if (location.pathname === base + "/orders" && (!trim(data.area) || trim(data.area) === "orders")) {
    // The list pairs in the app's own order, so the path matches the app's request; a
    // link with values the app writes differently (a default spelled out) gets no head
    // start, only its own request.
    const key = (pair) => pair.split("=")[0];
    const pairs = location.search.slice(1).split("&")
      .filter((pair) => ORDERS_KEYS.includes(key(pair)) && pair.split("=")[1])
      .sort((a, b) => ORDERS_KEYS.indexOf(key(a)) - ORDERS_KEYS.indexOf(key(b)));
    const path = "/orders?" + pairs.join("&");
    early[path] = get(path);
  }
  // Unhandled rejections stay quiet: the app reports a failed request itself.
  for (const promise of Object.values(early)) promise.catch(() => {});
  root.ordersConsoleEarly = early;
  performance.mark("orders-console:early-requests");
}

// The chunk of the area the app opens on (the host's data-area, or the address) starts
// downloading now, beside the main module; the app's loader takes the downloads over.
function startChunks(root) {
  const { base } = customerView(root);
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
  const area = trim(root.dataset.area) ||
    Object.keys(AREA_PATHS).find((a) => path === AREA_PATHS[a] || path.startsWith(AREA_PATHS[a] + "/"));
  // An order link (`/orders?open=…`, from an e-mail say) opens the panel at once: its
  // body's chunk starts too.
  const wanted = [area];
  if (area === "orders" && new URLSearchParams(location.search).get("open")) wanted.push("order_details");
  const early = {};
  for (const file of wanted.flatMap((split) => SPLITS[split] || [])) {
    if (early[file]) continue;
    early[file] = fetch(new URL(file, import.meta.url));
    early[file].catch(() => {});
  }
  root.ordersConsoleChunks = early;
}

// What the app needs from its host page besides the attributes: its words, the host's
// session for every request, and the two events a host listens to (documented in the
// README's embedding section).
function hostLink(root, lang) {
  let waiting = null;
  // The app's listeners for a renewal's start (true) and end (false): it says on screen
  // that the session is being renewed meanwhile.
  const renewalWatchers = [];
  const renewing = (now) => renewalWatchers.forEach((watch) => watch(now));
  return {
    // The words as { lang, table }, set before the app starts; null if they could not be had.
    words: null,
    // Every API request of the app goes out here (src/api/client.rs): with the host's
    // current token, read at each attempt, and after a 401 once more for each token the
    // host renews (at most twice, so a host that keeps setting refused tokens cannot
    // loop it). The screen waits meanwhile, so a renewed session loses nothing.
    async send(url, init, purpose) {
      for (let renewals = 0; ; renewals++) {
        const token = trim(root.dataset.token);
        if (token) init.headers.Authorization = "Bearer " + token;
        else delete init.headers.Authorization;
        const response = await fetch(url, init);
        if (response.status !== 401 || renewals === 2 || !(await this.tokenExpired(purpose))) return response;
      }
    },
    watchRenewal(watch) {
      renewalWatchers.push(watch);
    },
    ready() {
      root.dispatchEvent(new CustomEvent("orders-console:ready", { bubbles: true, detail: { language: lang } }));
    },
    // The API answered 401 to the request `purpose`: tells the host once, and resolves
    // true when the host sets a new data-token, false when none comes in time. Requests
    // failing meanwhile share the one wait.
    tokenExpired(purpose) {
      if (waiting) return waiting;
      const before = trim(root.dataset.token);
      waiting = new Promise((resolve) => {
        const done = (renewed) => {
          observer.disconnect();
          clearTimeout(timer);
          waiting = null;
          renewing(false);
          resolve(renewed);
        };
        const observer = new MutationObserver(() => {
          const now = trim(root.dataset.token);
          if (now && now !== before) done(true);
        });
        observer.observe(root, { attributes: true, attributeFilter: ["data-token"] });
        const timer = setTimeout(() => done(false), TOKEN_WAIT_MS);
        renewing(true);
        root.dispatchEvent(new CustomEvent("orders-console:auth-expired", { bubbles: true, detail: { purpose } }));
      });
      return waiting;
    },
  };
}

const root = document.querySelector("[data-orders-console]");
let words = Promise.resolve(null);
if (root) {
  const lang = chooseLanguage(root);
  root.ordersConsoleHost = hostLink(root, lang);
  words = loadText(lang).then((loaded) => (root.ordersConsoleHost.words = loaded), () => null);
  sendEarly(root, lang, root.ordersConsoleHost);
  startChunks(root);
}
// The wasm's download starts now, beside the loader's and the words'; the loader is
// imported only now, so the requests above need not wait for it. The app starts once its
// words are there (they are small, and travel beside the wasm). (The build gives the
// wasm and the loader content-hashed names.)
const wasm = fetch(new URL("orders-console_bg.wasm", import.meta.url));
Promise.all([import("./orders-console.js"), words])
  .then(([{ default: init }]) => init({ module_or_path: wasm }))
  .then(() => performance.mark("orders-console:started"));
