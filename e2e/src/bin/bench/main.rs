//! Benchmark: bundle sizes; first orders page painted with data, side by side with a
//! hand-written page (`bench/vanilla.html`) in the same run, both on a first visit (cold:
//! a new browser with an empty profile, so no HTTP cache and no compiled-code cache) and
//! on a repeat visit (warm: the same browser again); click-to-next-paint for the main
//! interactions; DOM size and JS heap after paging through 20 pages; at 1,000, 10,000 and
//! 100,000 orders. Timings are medians over several runs after a warm-up.
//!
//! Then first visits of each area's first screen on emulated networks (`networks.rs`).
//!
//! `scripts/bench.sh [--runs 7] [--sizes 1000,10000,100000] [--network loopback|desktop|slow4g|all]
//! [--networks-only]` builds the release app first and runs this; results go to stdout and
//! `bench-results/latest.json`.
mod networks;

use std::path::{Path, PathBuf};
use std::process::Command;

use e2e::{browser, Backend, Cdp};
use fantoccini::Client;
use serde_json::{json, Value};

const WARMUP: usize = 2;

struct Args {
    runs: usize,
    sizes: Vec<usize>,
    /// Only the first-paint comparisons (e.g. to measure an older build of the app).
    first_paint_only: bool,
    /// Added by the stand-in to every API answer, as a distant server would.
    latency_ms: u64,
    /// Orders in the stand-in for the export measurement (0: none). The default gives the
    /// customer's Historical "All" view about 100,000 orders.
    export_orders: usize,
    /// The emulated networks for first visits (`all`: loopback, desktop, slow 4G).
    networks: Vec<networks::Network>,
    /// Only the first visits on emulated networks.
    networks_only: bool,
}

fn args() -> Args {
    let mut args = Args {
        runs: 7,
        sizes: vec![1_000, 10_000, 100_000],
        first_paint_only: false,
        latency_ms: 0,
        export_orders: 1_050_000,
        networks: networks::by_name("all"),
        networks_only: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        if flag == "--first-paint-only" {
            args.first_paint_only = true;
            continue;
        }
        if flag == "--networks-only" {
            args.networks_only = true;
            continue;
        }
        match (flag.as_str(), it.next()) {
            ("--runs", Some(n)) => args.runs = n.parse().expect("--runs N"),
            ("--latency-ms", Some(n)) => args.latency_ms = n.parse().expect("--latency-ms N"),
            ("--export-orders", Some(n)) => args.export_orders = n.parse().expect("--export-orders N"),
            ("--network", Some(name)) => args.networks = networks::by_name(&name),
            ("--sizes", Some(list)) => {
                args.sizes =
                    list.split(',').filter(|n| !n.trim().is_empty()).map(|n| n.trim().parse().expect("--sizes a,b,c")).collect()
            }
            _ => panic!(
                "usage: bench [--runs 7] [--sizes 1000,10000,100000] [--first-paint-only] [--latency-ms 0] [--export-orders 1050000] [--network loopback|desktop|slow4g|all] [--networks-only]"
            ),
        }
    }
    args
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Raw and brotli (quality 11) bytes of each file the first load fetches.
fn bundle_sizes() -> Value {
    let dist = root().join("dist");
    let mut files = Vec::new();
    let (mut raw_total, mut br_total) = (0u64, 0u64);
    let mut entries: Vec<_> = std::fs::read_dir(&dist).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let kind = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        // The first load: the host page, the app's script, wasm and stylesheet.
        let first_load = ["wasm", "js", "css"].contains(&kind) || path.file_name().is_some_and(|n| n == "index.html");
        if !first_load {
            continue;
        }
        let raw = std::fs::metadata(&path).unwrap().len();
        let out = Command::new("brotli").args(["-q", "11", "-c"]).arg(&path).output().expect("brotli");
        let br = out.stdout.len() as u64;
        raw_total += raw;
        br_total += br;
        files
            .push(json!({"file": path.file_name().unwrap().to_string_lossy(), "kind": kind, "raw": raw, "brotli": br}));
    }
    json!({"files": files, "raw": raw_total, "brotli": br_total})
}

/// Puts the baseline page into dist/bench/, pointing at the app's own stylesheet.
fn prepare_baseline() {
    let dist = root().join("dist");
    let css = std::fs::read_dir(&dist)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|name| name.ends_with(".css"))
        .expect("a stylesheet in dist/");
    let page =
        std::fs::read_to_string(root().join("bench/vanilla.html")).unwrap().replace("/STYLESHEET", &format!("/{css}"));
    std::fs::create_dir_all(dist.join("bench")).unwrap();
    std::fs::write(dist.join("bench/vanilla.html"), page).unwrap();
}

#[derive(Debug)]
struct Stats {
    median: f64,
    min: f64,
    max: f64,
    samples: Vec<f64>,
}

fn stats(mut samples: Vec<f64>) -> Stats {
    samples.retain(|s| *s >= 0.0);
    assert!(!samples.is_empty(), "no valid samples");
    let mut sorted = samples.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = sorted.len();
    let median = if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 };
    Stats { median, min: sorted[0], max: sorted[n - 1], samples }
}

fn stats_json(s: &Stats) -> Value {
    json!({"median_ms": round(s.median), "min_ms": round(s.min), "max_ms": round(s.max), "samples_ms": s.samples.iter().map(|v| round(*v)).collect::<Vec<_>>()})
}

fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

async fn exec(client: &Client, script: &str, args: Vec<Value>) -> Value {
    client.execute(script, args).await.unwrap_or_else(|e| panic!("{e}: {script}"))
}

async fn wait_until(client: &Client, condition: &str) {
    let script = format!("return !!({condition});");
    for _ in 0..750 {
        if client.execute(&script, vec![]).await.ok() == Some(Value::Bool(true)) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("timed out: {condition}");
}

/// Installed before any page script runs, the same for the app and the baseline: notes
/// the time of the first frame painted after the first order link exists. (Element
/// Timing would say this directly, but headless Chromium reports no element entries.)
const PAINT_PROBE: &str = "new MutationObserver((_, observer) => {
    if (document.querySelector('[elementtiming=order-link]')) {
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__firstRowPainted = performance.now(); }, 0));
    }
  }).observe(document, { childList: true, subtree: true });";

async fn install_paint_probe(client: &Client) {
    let cmd = Cdp { command: "Page.addScriptToEvaluateOnNewDocument", params: json!({ "source": PAINT_PROBE }) };
    client.issue_cmd(cmd).await.expect("CDP through chromedriver");
}

/// Milliseconds from navigation start until the first orders row was painted.
async fn first_paint(client: &Client, url: &str) -> f64 {
    client.goto("about:blank").await.unwrap();
    client.goto(url).await.unwrap();
    wait_until(client, "window.__firstRowPainted !== undefined").await;
    exec(client, "return window.__firstRowPainted", vec![]).await.as_f64().unwrap_or(-1.0)
}

/// Milliseconds until the first orders row was painted on a first visit: a new browser
/// with an empty profile, warmed on about:blank so browser start-up is not counted.
async fn cold_first_paint(url: &str) -> f64 {
    let client = browser((1280, 900), &[]).await;
    install_paint_probe(&client).await;
    client.goto("about:blank").await.unwrap();
    let painted = first_paint(&client, url).await;
    let _ = client.close().await;
    painted
}

/// Where one first visit spends its time (see [`timeline`]); `BENCH_CHROME_FLAGS` adds
/// Chromium flags, e.g. `--js-flags=--no-wasm-lazy-compilation` to see compile costs.
async fn cold_timeline(url: &str) -> Value {
    let flags = std::env::var("BENCH_CHROME_FLAGS").unwrap_or_default();
    let flags: Vec<&str> = flags.split_whitespace().collect();
    let client = browser((1280, 900), &flags).await;
    install_paint_probe(&client).await;
    client.goto("about:blank").await.unwrap();
    first_paint(&client, url).await;
    let timeline = timeline(&client).await;
    let _ = client.close().await;
    timeline
}

/// The visit on screen, ms from navigation: when each file and API answer started and
/// arrived, the boot script's and the app's marks, and when the first row was painted.
async fn timeline(client: &Client) -> Value {
    exec(
        client,
        "const r = v => Math.round(v * 10) / 10;
         const entries = performance.getEntriesByType('resource')
           .filter(e => /orders-console|api.v1|demo.js/.test(e.name))
           .map(e => ({ what: e.name.replace(location.origin, ''), start: r(e.startTime), end: r(e.responseEnd), bytes: e.encodedBodySize }));
         const marks = performance.getEntriesByType('mark').map(m => ({ what: 'mark ' + m.name, start: r(m.startTime) }));
         const nav = performance.getEntriesByType('navigation')[0];
         return { html_end: r(nav.responseEnd), dom_interactive: r(nav.domInteractive), entries, marks, first_row_painted: r(window.__firstRowPainted) };",
        vec![],
    )
    .await
}

/// Clicks `selector` and measures until `condition` holds and the next frame is painted.
async fn click_to_paint(client: &Client, selector: &str, condition: &str) -> f64 {
    let value = client
        .execute_async(
            "const [selector, condition] = arguments; const done = arguments[arguments.length - 1];
             const holds = new Function('return !!(' + condition + ')');
             let finished = false;
             const finish = () => {
               if (finished || !holds()) return;
               finished = true; observer.disconnect(); clearInterval(interval);
               requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
             };
             const observer = new MutationObserver(finish);
             observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
             const interval = setInterval(() => { finish(); if (performance.now() - start > 15000 && !finished) { finished = true; done(-1); } }, 4);
             const start = performance.now();
             document.querySelector(selector).click();",
            vec![json!(selector), json!(condition)],
        )
        .await
        .unwrap();
    value.as_f64().unwrap_or(-1.0)
}

const ROWS_READY: &str = "document.querySelectorAll('[data-testid=orders-table] tr[data-order-id]').length > 0 && document.querySelector('[data-testid=orders-table]').getAttribute('aria-busy') === 'false'";

/// Goes to the next page, or back one when on the last (small data sets have few pages).
async fn turn_page(client: &Client) -> f64 {
    let last = exec(client, "return document.querySelector('[data-testid=page-next]').disabled", vec![]).await
        == Value::Bool(true);
    let button = if last { "[data-testid=page-prev]" } else { "[data-testid=page-next]" };
    let before = exec(client, "return document.querySelector('.oc-pager span').innerText", vec![]).await;
    let condition = format!("{ROWS_READY} && document.querySelector('.oc-pager span').innerText !== {before}");
    click_to_paint(client, button, &condition).await
}

async fn sign_in(client: &Client, base: &str, identity: &str) {
    client.goto(&format!("{base}/?demo={identity}")).await.unwrap();
    wait_until(client, "document.querySelector('[data-testid=signed-in-as]')").await;
}

async fn measure_size(orders: usize, args: &Args) -> Value {
    let (runs, first_paint_only) = (args.runs, args.first_paint_only);
    let latency = args.latency_ms.to_string();
    let backend = Backend::start_with(orders, &["--latency-ms", &latency]);
    let base = backend.url.clone();
    let client = browser((1280, 900), &["--enable-precise-memory-info", "--js-flags=--expose-gc"]).await;
    install_paint_probe(&client).await;
    sign_in(&client, &base, "customer").await;

    // First visits: a new empty browser per run, app and baseline interleaved run by run,
    // so drift on this shared machine hits both alike. (A fresh profile is the default
    // identity of the demo page, the customer, as the baseline is.)
    let (mut app_cold, mut baseline_cold) = (Vec::new(), Vec::new());
    for run in 0..WARMUP + runs {
        let a = cold_first_paint(&format!("{base}/orders")).await;
        let b = cold_first_paint(&format!("{base}/bench/vanilla.html")).await;
        if run >= WARMUP {
            app_cold.push(a);
            baseline_cold.push(b);
        }
    }
    let (app_cold, baseline_cold) = (stats(app_cold), stats(baseline_cold));
    let first_visit = cold_timeline(&format!("{base}/orders")).await;

    // Repeat visits in one browser: code and data cached, wasm compiled before.
    let mut app = Vec::new();
    let mut baseline = Vec::new();
    for run in 0..WARMUP + runs {
        let a = first_paint(&client, &format!("{base}/orders")).await;
        let b = first_paint(&client, &format!("{base}/bench/vanilla.html")).await;
        if run >= WARMUP {
            app.push(a);
            baseline.push(b);
        }
    }
    let (app, baseline) = (stats(app), stats(baseline));
    first_paint(&client, &format!("{base}/orders")).await;
    let repeat_timeline = timeline(&client).await;
    let mut result = json!({
        "orders": orders,
        "first_paint": stats_json(&app),
        "baseline_first_paint": stats_json(&baseline),
        "first_paint_ratio": round(app.median / baseline.median * 100.0) / 100.0,
        "first_paint_cold": stats_json(&app_cold),
        "baseline_first_paint_cold": stats_json(&baseline_cold),
        "first_paint_cold_ratio": round(app_cold.median / baseline_cold.median * 100.0) / 100.0,
        "first_visit_timeline": first_visit,
        "repeat_visit_timeline": repeat_timeline,
    });
    if first_paint_only {
        let _ = client.close().await;
        return result;
    }

    let mut interactions = serde_json::Map::new();
    let mut record = |name: &str, samples: Vec<f64>| {
        let s = stats(samples.into_iter().skip(WARMUP).collect());
        interactions.insert(name.to_string(), stats_json(&s));
    };

    // Recent <-> Historical.
    client.goto(&format!("{base}/orders")).await.unwrap();
    wait_until(&client, ROWS_READY).await;
    let mut samples = Vec::new();
    for run in 0..WARMUP + runs {
        let (to, title) = if run % 2 == 0 { ("historical", "Historical orders") } else { ("recent", "Recent orders") };
        let condition = format!("document.querySelector('h1').innerText === '{title}' && {ROWS_READY}");
        samples.push(click_to_paint(&client, &format!("[data-testid=orders-view-{to}]"), &condition).await);
    }
    record("switch_view", samples);

    // Sort by number (each click flips the direction).
    client.goto(&format!("{base}/orders")).await.unwrap();
    wait_until(&client, ROWS_READY).await;
    let mut samples = Vec::new();
    for _ in 0..WARMUP + runs {
        let first = exec(&client, "return document.querySelector('tr[data-order-id]').dataset.orderId", vec![]).await;
        let condition =
            format!("{ROWS_READY} && document.querySelector('tr[data-order-id]').dataset.orderId !== {first}");
        samples.push(click_to_paint(&client, "[data-testid=sort-number]", &condition).await);
    }
    record("sort", samples);

    // Next page.
    client.goto(&format!("{base}/orders")).await.unwrap();
    wait_until(&client, ROWS_READY).await;
    let mut samples = Vec::new();
    for _ in 0..WARMUP + runs {
        samples.push(turn_page(&client).await);
    }
    record("next_page", samples);

    // Open the side panel (then close it, unmeasured).
    let mut samples = Vec::new();
    for run in 0..WARMUP + runs {
        let selector = format!("tr[data-order-id]:nth-child({}) [data-testid=order-link]", run % 10 + 1);
        samples.push(
            click_to_paint(&client, &selector, "document.querySelector('[data-testid=order-panel] .oc-panel-body')")
                .await,
        );
        exec(&client, "document.querySelector('[data-testid=order-panel-close]').click()", vec![]).await;
        wait_until(&client, "document.querySelector('[data-testid=order-panel]') === null").await;
    }
    record("open_panel", samples);

    // DOM and heap after paging through 20 pages.
    client.goto(&format!("{base}/orders")).await.unwrap();
    wait_until(&client, ROWS_READY).await;
    for _ in 0..20 {
        turn_page(&client).await;
    }
    let memory = exec(
        &client,
        "if (window.gc) { gc(); } return { dom: document.getElementsByTagName('*').length, heap: performance.memory ? performance.memory.usedJSHeapSize : null };",
        vec![],
    )
    .await;

    // A notification toggle, as the seller: until the switch shows it, and until saved.
    sign_in(&client, &base, "seller").await;
    client.goto(&format!("{base}/settings/notifications")).await.unwrap();
    wait_until(&client, "document.querySelector('[data-testid=notification-toggle-QuoteAccepted]')").await;
    let (mut shown, mut saved) = (Vec::new(), Vec::new());
    let toggle = "[data-testid=notification-toggle-QuoteAccepted]";
    for _ in 0..WARMUP + runs {
        let before =
            exec(&client, &format!("return document.querySelector('{toggle}').getAttribute('aria-checked')"), vec![])
                .await;
        let flipped = format!("document.querySelector('{toggle}').getAttribute('aria-checked') !== {before}");
        shown.push(click_to_paint(&client, toggle, &flipped).await);
        wait_until(&client, &format!("document.querySelector('{toggle}').getAttribute('aria-busy') === 'false'")).await;
        saved.push(
            click_to_paint(
                &client,
                toggle,
                &format!("document.querySelector('{toggle}').getAttribute('aria-busy') === 'false' && !({flipped})"),
            )
            .await,
        );
    }
    record("toggle_notification", shown);
    record("toggle_notification_saved", saved);
    let _ = client.close().await;

    result["interactions"] = Value::Object(interactions);
    result["after_20_pages"] = json!({ "dom_elements": memory["dom"], "js_heap_bytes": memory["heap"] });
    result
}

/// The view exported: the customer's Historical orders, all of them.
const EXPORT_VIEW: &str = "view=historical&state=all";

/// Watches the JS heap every 20 ms from now on (`window.__peakHeap`).
const HEAP_WATCH: &str = "gc(); window.__heapBefore = performance.memory.usedJSHeapSize; window.__peakHeap = window.__heapBefore;
    clearInterval(window.__heapWatch);
    window.__heapWatch = setInterval(() => { window.__peakHeap = Math.max(window.__peakHeap, performance.memory.usedJSHeapSize); }, 20);";

/// Exporting a large view: the app's Export CSV (click until it says done, the file kept
/// as a Blob) against a hand-written `fetch(...).blob()` of the same file, interleaved,
/// with the JS heap before and at its peak.
async fn measure_export(args: &Args) -> Value {
    let backend = Backend::start_with(args.export_orders, &[]);
    let base = backend.url.clone();
    let client = browser((1280, 900), &["--enable-precise-memory-info", "--js-flags=--expose-gc"]).await;
    sign_in(&client, &base, "customer").await;
    client.goto(&format!("{base}/orders?{EXPORT_VIEW}")).await.unwrap();
    wait_until(&client, ROWS_READY).await;
    let total = exec(
        &client,
        "return document.querySelector('.oc-pager span').innerText.split('·').pop().replace(/\\D/g, '')",
        vec![],
    )
    .await;
    let (mut app, mut baseline, mut app_peak, mut baseline_peak, mut heap_before) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut bytes = Value::Null;
    for run in 0..WARMUP + args.runs.min(5) {
        exec(&client, HEAP_WATCH, vec![]).await;
        let done = "document.querySelector('[data-testid=orders-export-status]').dataset.state === 'done'";
        let ms = click_to_paint_slow(&client, "[data-testid=orders-export]", done).await;
        let peak =
            exec(&client, "clearInterval(window.__heapWatch); return [window.__heapBefore, window.__peakHeap]", vec![])
                .await;
        exec(&client, HEAP_WATCH, vec![]).await;
        let fetched = client
            .execute_async(
                "const done = arguments[arguments.length - 1]; const start = performance.now();
                 fetch(arguments[0], { headers: { Authorization: 'Bearer demo-customer', Accept: 'text/csv' } })
                   .then(r => r.blob()).then(b => done([performance.now() - start, b.size]));",
                vec![json!(format!("/api/v1/orders/export?{EXPORT_VIEW}"))],
            )
            .await
            .unwrap();
        let baseline_heap = exec(&client, "clearInterval(window.__heapWatch); return window.__peakHeap", vec![]).await;
        if run >= WARMUP {
            app.push(ms);
            baseline.push(fetched[0].as_f64().unwrap_or(-1.0));
            heap_before.push(peak[0].as_f64().unwrap_or(0.0));
            app_peak.push(peak[1].as_f64().unwrap_or(0.0));
            baseline_peak.push(baseline_heap.as_f64().unwrap_or(0.0));
            bytes = fetched[1].clone();
        }
    }
    let _ = client.close().await;
    let (app, baseline) = (stats(app), stats(baseline));
    let max = |v: Vec<f64>| v.into_iter().fold(0.0, f64::max);
    json!({
        "orders_in_stand_in": args.export_orders,
        "rows": total,
        "file_bytes": bytes,
        "export": stats_json(&app),
        "baseline_fetch_to_blob": stats_json(&baseline),
        "ratio": round(app.median / baseline.median * 100.0) / 100.0,
        "js_heap_before_bytes": max(heap_before),
        "js_heap_peak_bytes": max(app_peak),
        "baseline_js_heap_peak_bytes": max(baseline_peak),
    })
}

/// [`click_to_paint`] for something that takes long (up to five minutes), without the
/// paint: until the condition holds.
async fn click_to_paint_slow(client: &Client, selector: &str, condition: &str) -> f64 {
    // The page notes when the condition first holds; the bench only polls for that note.
    let script = format!(
        "window.__doneAt = undefined; const holds = () => !!({condition});
         const observer = new MutationObserver(() => {{ if (window.__doneAt === undefined && holds()) {{ window.__doneAt = performance.now(); observer.disconnect(); }} }});
         observer.observe(document, {{ subtree: true, childList: true, attributes: true, characterData: true }});
         window.__clickedAt = performance.now(); document.querySelector({selector:?}).click();"
    );
    exec(client, &script, vec![]).await;
    for _ in 0..3000 {
        if exec(client, "return window.__doneAt !== undefined", vec![]).await == Value::Bool(true) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    exec(client, "return window.__doneAt - window.__clickedAt", vec![]).await.as_f64().unwrap_or(-1.0)
}

fn print_export(r: &Value) {
    let ms = |v: &Value| format!("{} ({}–{})", v["median_ms"], v["min_ms"], v["max_ms"]);
    let mb = |v: &Value| format!("{:.1} MB", v.as_f64().unwrap_or(0.0) / 1e6);
    println!(
        "\nExport CSV: {} rows ({}) of {} orders in the stand-in",
        r["rows"],
        mb(&r["file_bytes"]),
        r["orders_in_stand_in"]
    );
    println!("  app, click to saved          {}", ms(&r["export"]));
    println!("  hand-written fetch to Blob   {}", ms(&r["baseline_fetch_to_blob"]));
    println!("  ratio                        {}", r["ratio"]);
    println!(
        "  JS heap before / peak        {} / {} (hand-written peak {})",
        mb(&r["js_heap_before_bytes"]),
        mb(&r["js_heap_peak_bytes"]),
        mb(&r["baseline_js_heap_peak_bytes"])
    );
}

/// One kind of visit: the app, the hand-written page, their ratio and one timeline.
fn print_visit(r: &Value, title: &str, suffix: &str, target: &str, timeline: &str) {
    let ms = |v: &Value| format!("{} ({}–{})", v["median_ms"], v["min_ms"], v["max_ms"]);
    println!("  {title}");
    println!("    first page painted      {}", ms(&r[format!("first_paint{suffix}")]));
    println!("    hand-written baseline   {}", ms(&r[format!("baseline_first_paint{suffix}")]));
    let ratio = r[format!("first_paint{suffix}_ratio")].as_f64().unwrap_or(f64::NAN);
    println!("    ratio                   {ratio:.2}   target: {target}");
    print_timeline(&format!("one {}", title.split(" (").next().unwrap_or(title)), &r[timeline]);
}

fn print_timeline(title: &str, timeline: &Value) {
    println!("    {title}, ms from navigation (start → end):");
    println!("      {:<44} → {}", "index.html", timeline["html_end"]);
    println!("      {:<44} {}", "document parsed (DOM interactive)", timeline["dom_interactive"]);
    let entries = timeline["entries"].as_array().into_iter().flatten();
    for e in entries.chain(timeline["marks"].as_array().into_iter().flatten()) {
        let end = if e["end"].is_null() { String::new() } else { format!(" → {}", e["end"]) };
        println!("      {:<44} {}{end}", e["what"].as_str().unwrap_or(""), e["start"]);
    }
    println!("      {:<44} {}", "first row painted", timeline["first_row_painted"]);
}

fn print_table(sizes: &Value, results: &[Value]) {
    println!("\nBundle (first load)");
    println!("{:<48} {:>10} {:>10}", "file", "raw", "brotli");
    for f in sizes["files"].as_array().unwrap() {
        println!(
            "{:<48} {:>10} {:>10}",
            f["file"].as_str().unwrap(),
            f["raw"].as_u64().unwrap(),
            f["brotli"].as_u64().unwrap()
        );
    }
    let total = |key: &str| sizes[key].as_u64().unwrap();
    println!(
        "{:<48} {:>10} {:>10}   target: brotli <= 163840 (stretch 122880)",
        "total",
        total("raw"),
        total("brotli")
    );
    let ms = |v: &Value| format!("{} ({}–{})", v["median_ms"], v["min_ms"], v["max_ms"]);
    println!("\nTimings in ms: median (min–max)");
    for r in results {
        println!("\n{} orders", r["orders"]);
        print_visit(r, "first visit (cold cache)", "_cold", "<= 2.0 (stretch 1.5)", "first_visit_timeline");
        print_visit(r, "repeat visit (warm cache)", "", "<= 1.3 (stretch 1.15)", "repeat_visit_timeline");
        let Some(interactions) = r["interactions"].as_object() else { continue };
        for (name, value) in interactions {
            println!("  {:<25} {}   target: <= 50", name, ms(value));
        }
        println!("  DOM elements after 20 pages  {}   target: < 1400", r["after_20_pages"]["dom_elements"]);
        println!("  JS heap after 20 pages       {} bytes", r["after_20_pages"]["js_heap_bytes"]);
    }
}

#[tokio::main]
async fn main() {
    let args = args();
    assert!(root().join("dist/index.html").exists(), "build first: scripts/build-app.sh");
    prepare_baseline();
    let sizes = bundle_sizes();
    let on_networks = networks::measure(&args.networks, args.runs, args.latency_ms).await;
    networks::print(&on_networks);
    if args.networks_only {
        write_report(json!({ "runs": args.runs, "warmup": WARMUP, "bundle": sizes, "networks": on_networks }));
        return;
    }
    let mut results = Vec::new();
    for orders in &args.sizes {
        eprintln!("measuring at {orders} orders…");
        results.push(measure_size(*orders, &args).await);
    }
    print_table(&sizes, &results);
    let export = if args.first_paint_only || args.export_orders == 0 {
        Value::Null
    } else {
        eprintln!("measuring the export at {} orders (generating them takes a while)…", args.export_orders);
        let export = measure_export(&args).await;
        print_export(&export);
        export
    };
    write_report(
        json!({ "runs": args.runs, "warmup": WARMUP, "api_latency_ms": args.latency_ms, "bundle": sizes, "networks": on_networks, "results": results, "export": export }),
    );
}

fn write_report(report: Value) {
    let out = root().join("bench-results");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("latest.json"), serde_json::to_string_pretty(&report).unwrap()).unwrap();
    println!("\nwritten to bench-results/latest.json");
}
