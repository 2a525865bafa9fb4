// Starts the orders console. A host page loads only this file (plus the stylesheet):
//
//   <script type="module" src="https://console.example.com/orders-console-boot.js"></script>
//
// It reads the configuration from the element with [data-orders-console] and sends the
// first API requests (the session, and the orders page when the app opens on it) at once,
// so the answers travel while the wasm downloads and compiles; the app takes them over
// (src/api/early.rs) instead of asking again. No inline script is needed, so the app runs
// under a strict Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'.
// The orders list's own query keys, in the order the app writes them (domain OrdersQuery).
const ORDERS_KEYS = ["view", "state", "status", "needs_action", "q", "sort", "dir", "page", "page_size"];

function sendEarly(root) {
  const data = root.dataset;
  const trim = (value) => (value || "").trim();
  const api = (trim(data.apiBase) || "/api/v1").replace(/\/+$/, "");
  const base = trim(data.basePath).replace(/\/+$/, "");
  const headers = { Accept: "application/json" };
  if (trim(data.token)) headers.Authorization = "Bearer " + trim(data.token);
  if (trim(data.onBehalfOf)) headers["X-On-Behalf-Of"] = trim(data.onBehalfOf);
  // Each answer is [status, body]; the app reads errors and bodies as it does its own.
  const get = (path) =>
    fetch(api + path, { headers, signal: AbortSignal.timeout(15000) })
      .then((response) => response.text().then((body) => [response.status, body]));
  const early = { "/session": get("/session") };
  if (location.pathname === base + "/orders") {
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

const root = document.querySelector("[data-orders-console]");
if (root) sendEarly(root);
// The wasm's download starts now, beside the loader's; the loader is imported only now,
// so the requests above need not wait for it. (The build gives both content-hashed names.)
const wasm = fetch(new URL("orders-console_bg.wasm", import.meta.url));
import("./orders-console.js")
  .then(({ default: init }) => init({ module_or_path: wasm }))
  .then(() => performance.mark("orders-console:started"));
