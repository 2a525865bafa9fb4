//! First visits on emulated networks: each area's first screen in a new browser with an
//! empty profile, over loopback, a desktop line and slow 4G (Chrome DevTools'
//! `Network.emulateNetworkConditions`), the orders list interleaved run by run with the
//! hand-written page for the same API request. Loopback hides what the bytes cost; these
//! profiles show it. Also the bytes each screen's first visit moves on the wire.
use e2e::{browser, Backend, Cdp};
use fantoccini::Client;
use serde_json::{json, Value};

use super::{exec, stats, stats_json, WARMUP};

#[derive(Clone, Copy, Debug)]
pub struct Network {
    pub name: &'static str,
    latency_ms: f64,
    /// Bits per second down and up; 0 is no limit.
    down: f64,
    up: f64,
}

pub const NETWORKS: [Network; 3] = [
    Network { name: "loopback", latency_ms: 0.0, down: 0.0, up: 0.0 },
    Network { name: "desktop", latency_ms: 40.0, down: 10e6, up: 5e6 },
    Network { name: "slow4g", latency_ms: 150.0, down: 1.6e6, up: 0.75e6 },
];

pub fn by_name(name: &str) -> Vec<Network> {
    match name {
        "all" => NETWORKS.to_vec(),
        _ => vec![*NETWORKS.iter().find(|n| n.name == name).expect("--network loopback|desktop|slow4g|all")],
    }
}

/// A first screen: its path (with the demo identity that may open it), and the element
/// that says it is on screen with its data.
struct Screen {
    name: &'static str,
    path: &'static str,
    ready: &'static str,
}

const SCREENS: [Screen; 3] = [
    Screen { name: "orders", path: "/orders?demo=customer", ready: "[elementtiming=order-link]" },
    Screen {
        name: "subscriptions",
        path: "/subscriptions?demo=customer",
        ready: "[data-testid=subscriptions-table] tr[data-subscription-id]",
    },
    Screen {
        name: "notifications",
        path: "/settings/notifications?demo=seller-customer-view",
        ready: "[data-testid^=notification-toggle-]",
    },
];

/// Notes when the first frame after `ready` exists was painted (the same probe for the
/// app and the hand-written page).
fn probe(ready: &str) -> String {
    format!(
        "new MutationObserver((_, observer) => {{
           if (document.querySelector({ready:?})) {{
             observer.disconnect();
             requestAnimationFrame(() => setTimeout(() => {{ window.__screenPainted = performance.now(); }}, 0));
           }}
         }}).observe(document, {{ childList: true, subtree: true }});"
    )
}

async fn emulate(client: &Client, network: Network) {
    if network.down == 0.0 {
        return;
    }
    client.issue_cmd(Cdp { command: "Network.enable", params: json!({}) }).await.expect("CDP Network.enable");
    let conditions = json!({
        "offline": false,
        "latency": network.latency_ms,
        "downloadThroughput": network.down / 8.0,
        "uploadThroughput": network.up / 8.0,
    });
    client.issue_cmd(Cdp { command: "Network.emulateNetworkConditions", params: conditions }).await.expect("CDP");
}

/// One first visit: ms until the screen was painted with its data, and the bytes on the
/// wire (the page, the app's files, the API answers).
async fn first_visit(url: &str, ready: &str, network: Network) -> (f64, f64) {
    let client = browser((1280, 900), &[]).await;
    client
        .issue_cmd(Cdp { command: "Page.addScriptToEvaluateOnNewDocument", params: json!({ "source": probe(ready) }) })
        .await
        .expect("CDP");
    client.goto("about:blank").await.unwrap();
    emulate(&client, network).await;
    client.goto(url).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while exec(&client, "return window.__screenPainted !== undefined", vec![]).await != Value::Bool(true) {
        assert!(std::time::Instant::now() < deadline, "timed out: {url}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let measured = exec(
        &client,
        "const nav = performance.getEntriesByType('navigation')[0];
         // What came before the screen was painted (not the chunks warmed after it).
         const before = performance.getEntriesByType('resource').filter((e) => e.responseEnd <= window.__screenPainted);
         const bytes = before.reduce((sum, e) => sum + e.transferSize, nav.transferSize);
         return [window.__screenPainted, bytes];",
        vec![],
    )
    .await;
    let _ = client.close().await;
    (measured[0].as_f64().unwrap_or(-1.0), measured[1].as_f64().unwrap_or(-1.0))
}

pub async fn measure(networks: &[Network], runs: usize, latency_ms: u64) -> Value {
    let latency = latency_ms.to_string();
    let backend = Backend::start_with(1_000, &["--latency-ms", &latency]);
    let base = backend.url.clone();
    let mut results = Vec::new();
    for &network in networks {
        eprintln!("first visits on {}…", network.name);
        let mut screens = serde_json::Map::new();
        let (mut app, mut baseline, mut bytes) = (Vec::new(), Vec::new(), Vec::new());
        for run in 0..WARMUP + runs {
            let (a, wire) = first_visit(&format!("{base}{}", SCREENS[0].path), SCREENS[0].ready, network).await;
            let (b, _) = first_visit(&format!("{base}/bench/vanilla.html"), SCREENS[0].ready, network).await;
            if run >= WARMUP {
                app.push(a);
                baseline.push(b);
                bytes.push(wire);
            }
        }
        let (app, baseline) = (stats(app), stats(baseline));
        screens.insert(
            "orders".into(),
            json!({
                "first_row": stats_json(&app),
                "baseline_first_row": stats_json(&baseline),
                "ratio": (app.median / baseline.median * 100.0).round() / 100.0,
                "bytes_on_wire": stats(bytes).median,
            }),
        );
        for screen in &SCREENS[1..] {
            let (mut times, mut bytes) = (Vec::new(), Vec::new());
            for run in 0..WARMUP + runs.min(5) {
                let (t, wire) = first_visit(&format!("{base}{}", screen.path), screen.ready, network).await;
                if run >= WARMUP {
                    times.push(t);
                    bytes.push(wire);
                }
            }
            screens.insert(
                screen.name.into(),
                json!({ "first_paint": stats_json(&stats(times)), "bytes_on_wire": stats(bytes).median }),
            );
        }
        results.push(json!({ "network": network.name, "screens": screens }));
    }
    Value::Array(results)
}

pub fn print(results: &Value) {
    println!("\n== first visits on emulated networks (new browser, empty profile; medians)");
    println!(
        "{:<10} {:>12} {:>12} {:>7} {:>12} {:>14} {:>12} {:>14} {:>12}",
        "network", "orders ms", "hand ms", "ratio", "orders B", "subscr. ms", "subscr. B", "notif. ms", "notif. B"
    );
    for r in results.as_array().into_iter().flatten() {
        let s = &r["screens"];
        println!(
            "{:<10} {:>12} {:>12} {:>6}x {:>12} {:>14} {:>12} {:>14} {:>12}",
            r["network"].as_str().unwrap_or(""),
            s["orders"]["first_row"]["median_ms"],
            s["orders"]["baseline_first_row"]["median_ms"],
            s["orders"]["ratio"],
            s["orders"]["bytes_on_wire"],
            s["subscriptions"]["first_paint"]["median_ms"],
            s["subscriptions"]["bytes_on_wire"],
            s["notifications"]["first_paint"]["median_ms"],
            s["notifications"]["bytes_on_wire"],
        );
    }
}
