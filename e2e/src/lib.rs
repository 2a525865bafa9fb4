//! End-to-end test harness: each test gets its own stand-in backend (fresh data, its own
//! port, serving the release build in `dist/`) and its own Chromium session through
//! chromedriver (WebDriver). Tests select elements by `data-testid` and roles.
//!
//! Needs `dist/` and `target/release/dev-backend` built, and chromium + chromedriver
//! installed: `scripts/test.sh` does all of that.
use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub use fantoccini::key::Key;

/// A Chrome DevTools command, sent through chromedriver's CDP passthrough.
#[derive(Debug)]
pub struct Cdp {
    pub command: &'static str,
    pub params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"cmd": self.command, "params": self.params}).to_string()))
    }
}

/// The demo identities of `index.html`.
pub const CUSTOMER: &str = "customer";
pub const CUSTOMER_ADMIN: &str = "customer-admin";
pub const SELLER_IN_CUSTOMER_VIEW: &str = "seller-customer-view";
pub const SELLER: &str = "seller";

const WAIT: Duration = Duration::from_secs(10);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on port {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One chromedriver for the whole test binary. It runs under a shell that kills it when
/// this process's end of the pipe closes, so no driver outlives the tests.
fn driver_url() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| {
        let port = free_port();
        let child = Command::new("sh")
            .arg("-c")
            .arg(format!("chromedriver --port={port} >/dev/null 2>&1 & pid=$!; cat >/dev/null; kill $pid"))
            .stdin(Stdio::piped())
            .spawn()
            .expect("chromedriver (install it: scripts/install-tools.sh --browser)");
        std::mem::forget(child); // keeps the pipe open for the life of this process
        wait_for_port(port);
        format!("http://127.0.0.1:{port}")
    })
}

/// A stand-in backend with fresh data, serving the built app.
pub struct Backend {
    child: Child,
    pub url: String,
    data_dir: PathBuf,
    /// Set once a test injects a fault: failed requests are then expected.
    faults: AtomicBool,
}

impl Backend {
    pub fn start(orders: usize) -> Backend {
        Backend::start_with(orders, &[])
    }

    /// A backend with extra flags, e.g. `["--latency-ms", "100"]` for a distant server.
    pub fn start_with(orders: usize, flags: &[&str]) -> Backend {
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let root = root();
        let binary = root.join("target/release/dev-backend");
        assert!(binary.exists(), "build the backend first: cargo build --release -p dev-backend");
        assert!(root.join("dist/index.html").exists(), "build the app first: scripts/build-app.sh");
        let data_dir = std::env::temp_dir().join(format!(
            "oc-e2e-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::SeqCst)
        ));
        let mut child = Command::new(binary)
            .args(["--port", "0", "--orders", &orders.to_string(), "--fresh", "--exit-with-stdin"])
            .args(flags)
            .arg("--dist")
            .arg(root.join("dist"))
            .arg("--data-dir")
            .arg(&data_dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start dev-backend");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let url = line.split("serving ").nth(1).expect("backend prints its address").trim().to_string();
        Backend { child, url, data_dir, faults: AtomicBool::new(false) }
    }

    /// Sends a request to the backend (fault controls, checks behind the UI's back); any
    /// status comes back as it is, with the body.
    pub fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&Value>) -> (u16, String) {
        let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
        let mut request = ureq::http::Request::builder().method(method).uri(format!("{}{path}", self.url));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let sent = match body {
            Some(body) => {
                let request = request.header("Content-Type", "application/json").body(body.to_string());
                agent.run(request.expect("a well-formed request"))
            }
            None => agent.run(request.body(()).expect("a well-formed request")),
        };
        let mut response = sent.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_default();
        (status, text)
    }

    /// What the API answers `token`'s user (acting for `org`, if any) on `GET path`.
    pub fn get_json(&self, path: &str, token: &str, org: Option<&str>) -> Value {
        let bearer = format!("Bearer {token}");
        let mut headers = vec![("Authorization", bearer.as_str())];
        headers.extend(org.map(|org| ("X-On-Behalf-Of", org)));
        let (status, body) = self.request("GET", path, &headers, None);
        assert_eq!(status, 200, "GET {path}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("GET {path}: {e}: {body}"))
    }

    /// Makes the next matching requests fail: see dev-backend's faults module.
    pub fn fault(&self, rule: Value) {
        self.faults.store(true, Ordering::SeqCst);
        let (status, _) = self.request("POST", "/__dev/faults", &[], Some(&rule));
        assert_eq!(status, 204, "fault rule accepted");
    }

    /// Whether a test injected faults on this backend (its failed requests are expected).
    pub fn faults_used(&self) -> bool {
        self.faults.load(Ordering::SeqCst)
    }

    pub fn clear_faults(&self) {
        self.request("DELETE", "/__dev/faults", &[], None);
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// A new headless Chromium session through chromedriver. Narrow sizes are emulated
/// (Chromium windows are at least 500px wide). `extra_args` go to Chromium.
pub async fn browser((width, height): (u32, u32), extra_args: &[&str]) -> Client {
    // A profile of its own: two browsers on one profile make the second one exit at start.
    static PROFILES: AtomicU32 = AtomicU32::new(0);
    let profile = std::env::temp_dir().join(format!(
        "oc-chrome-{}-{}-{}",
        std::process::id(),
        PROFILES.fetch_add(1, Ordering::SeqCst),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
    ));
    let mut args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        format!("--window-size={width},{height}"),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend(extra_args.iter().map(|a| a.to_string()));
    let mut capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": args },
        // The browser's console, page errors included, for the page-error rule (see `Page`).
        "goog:loggingPrefs": { "browser": "ALL" }
    });
    if width < 500 {
        capabilities["goog:chromeOptions"]["mobileEmulation"] =
            json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}});
    }
    let mut builder = ClientBuilder::rustls().expect("TLS setup");
    builder.capabilities(capabilities.as_object().unwrap().clone());
    builder.connect(driver_url()).await.expect("a Chromium session through chromedriver")
}

/// A browser on the app, signed in as one demo identity.
///
/// **The page-error rule.** Everything the browser reports as an error while the page is
/// open (a wasm panic, `RuntimeError: unreachable`, an uncaught exception or rejection,
/// any `console.error`) fails the test: the errors are gathered from the browser's log for
/// the whole session, a timed-out wait prints them, and [`Page::close`] asserts there were
/// none. A failed HTTP request is an error too, unless the test injected faults on its
/// backend ([`Backend::fault`]) or said it expects them ([`Page::expect_failed_requests`]).
/// A `Page` dropped without `close()` fails its test, so no test escapes the rule.
pub struct Page {
    pub client: Client,
    pub backend: Backend,
    errors: Arc<Mutex<Vec<PageError>>>,
    failed_requests_expected: AtomicBool,
    /// Console errors the test caused on purpose (a chunk download it made fail).
    expected_console_errors: Mutex<Vec<String>>,
    closed: bool,
}

/// One entry of the browser's log at level SEVERE.
#[derive(Clone, Debug)]
pub struct PageError {
    /// `javascript` (uncaught), `console-api` (`console.error`), `network` (a failed request), ...
    pub source: String,
    pub message: String,
}

impl PageError {
    fn is_failed_request(&self) -> bool {
        self.source == "network"
    }
}

/// chromedriver's log endpoint: the browser log entries since the last call.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"type": "browser"}).to_string()))
    }
}

impl Page {
    /// A page on `backend` in a browser that is already open.
    pub fn new(client: Client, backend: Backend) -> Page {
        Page {
            client,
            backend,
            errors: Arc::default(),
            failed_requests_expected: AtomicBool::new(false),
            expected_console_errors: Mutex::default(),
            closed: false,
        }
    }

    /// Starts a backend with 2,000 orders and opens `path` as `identity`.
    pub async fn open(identity: &str, path: &str) -> Page {
        Page::open_with(identity, path, 2_000, (1280, 900)).await
    }

    pub async fn open_with(identity: &str, path: &str, orders: usize, size: (u32, u32)) -> Page {
        Page::open_on(Backend::start(orders), identity, path, size).await
    }

    /// Opens `path` as `identity` on a backend started with flags of its own.
    pub async fn open_on(backend: Backend, identity: &str, path: &str, size: (u32, u32)) -> Page {
        let page = Page::new(browser(size, &[]).await, backend);
        // The demo host page takes the identity from ?demo= and remembers it.
        page.client.goto(&format!("{}/?demo={identity}", page.backend.url)).await.unwrap();
        page.wait(
            "document.querySelector('[data-testid=signed-in-as], [data-testid=error-notice]') !== null",
            "the session to load",
        )
        .await;
        page.goto(path).await;
        page
    }

    /// The test makes requests fail on purpose (a host that refuses a token, say): failed
    /// requests are not page errors for it. Faults set with [`Backend::fault`] say this
    /// already.
    pub fn expect_failed_requests(&self) {
        self.failed_requests_expected.store(true, Ordering::SeqCst);
    }

    /// A console error that contains `text` is what the test caused (the chunk loader
    /// logs a download it made fail), not a break of the rule.
    pub fn expect_console_error(&self, text: &str) {
        self.expected_console_errors.lock().unwrap().push(text.to_string());
    }

    /// Every error the browser has logged so far, failed requests included.
    pub async fn logged_errors(&self) -> Vec<PageError> {
        if let Ok(entries) = self.client.issue_cmd(BrowserLog).await {
            let mut errors = self.errors.lock().unwrap();
            for entry in entries.as_array().into_iter().flatten() {
                if entry["level"] == "SEVERE" {
                    errors.push(PageError {
                        source: entry["source"].as_str().unwrap_or("").to_string(),
                        message: entry["message"].as_str().unwrap_or("").to_string(),
                    });
                }
            }
        }
        self.errors.lock().unwrap().clone()
    }

    /// The errors that break the page-error rule.
    pub async fn page_errors(&self) -> Vec<PageError> {
        let allowed = self.failed_requests_expected.load(Ordering::SeqCst) || self.backend.faults_used();
        let expected = self.expected_console_errors.lock().unwrap().clone();
        self.logged_errors()
            .await
            .into_iter()
            .filter(|e| !(allowed && e.is_failed_request()))
            .filter(|e| !expected.iter().any(|text| e.message.contains(text.as_str())))
            .collect()
    }

    /// Fails the test if the page has logged an error so far.
    pub async fn assert_no_page_errors(&self) {
        let errors = self.page_errors().await;
        assert!(errors.is_empty(), "the page logged errors:\n{}", describe(&errors));
    }

    pub async fn goto(&self, path: &str) {
        self.client.goto(&format!("{}{path}", self.backend.url)).await.unwrap();
        self.wait(
            "document.querySelector('[data-testid=signed-in-as], [data-testid=error-notice]') !== null",
            "the app to start",
        )
        .await;
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits until the JavaScript expression is truthy.
    pub async fn wait(&self, expression: &str, what: &str) {
        self.wait_long(expression, what, WAIT).await;
    }

    /// Waits up to `limit` until the JavaScript expression is truthy.
    pub async fn wait_long(&self, expression: &str, what: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        let script = format!("return !!({expression});");
        loop {
            if self.client.execute(&script, vec![]).await.ok() == Some(Value::Bool(true)) {
                return;
            }
            if Instant::now() > deadline {
                let text = self.js("return document.body.innerText.slice(0, 1500)").await;
                let errors = describe(&self.logged_errors().await);
                panic!(
                    "timed out waiting for {what}: {expression}\npage text: {}\npage errors: {errors}",
                    text.as_str().unwrap_or("")
                );
            }
            tokio::time::sleep(Duration::from_millis(40)).await;
        }
    }

    pub async fn wait_for(&self, css: &str) {
        self.wait(&format!("document.querySelector({css:?}) !== null"), css).await;
    }

    pub async fn click(&self, css: &str) {
        self.wait_for(css).await;
        self.client.find(Locator::Css(css)).await.unwrap().click().await.unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css).await;
        self.js(&format!("return document.querySelector({css:?}).innerText")).await.as_str().unwrap_or("").to_string()
    }

    pub async fn texts(&self, css: &str) -> Vec<String> {
        let value =
            self.js(&format!("return [...document.querySelectorAll({css:?})].map(e => e.innerText.trim())")).await;
        value.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or("").to_string()).collect()
    }

    pub async fn count(&self, css: &str) -> usize {
        self.js(&format!("return document.querySelectorAll({css:?}).length")).await.as_u64().unwrap() as usize
    }

    pub async fn attr(&self, css: &str, name: &str) -> Option<String> {
        self.wait_for(css).await;
        self.js(&format!("return document.querySelector({css:?}).getAttribute({name:?})"))
            .await
            .as_str()
            .map(String::from)
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        self.wait_for(css).await;
        let element = self.client.find(Locator::Css(css)).await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    /// Presses a key in whatever has focus.
    pub async fn press(&self, key: Key) {
        let element = self.client.active_element().await.unwrap();
        element.send_keys(&char::from(key).to_string()).await.unwrap();
    }

    /// Types `text` into whatever has focus, as a keyboard would.
    pub async fn keys(&self, text: &str) {
        let element = self.client.active_element().await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    /// Whether the focused element matches `css`.
    pub async fn focus_is(&self, css: &str) -> bool {
        self.js(&format!("return !!document.activeElement && document.activeElement.matches({css:?})")).await
            == Value::Bool(true)
    }

    /// Waits until the element matching `css` has focus (focus often moves a frame after
    /// what moved it has rendered).
    pub async fn wait_for_focus(&self, css: &str, what: &str) {
        self.wait(&format!("!!document.activeElement && document.activeElement.matches({css:?})"), what).await;
    }

    /// Presses Tab (Shift+Tab with `back`) until the element matching `css` has focus, as a
    /// keyboard user moves through the page; fails when 250 presses do not reach it.
    pub async fn tab_to(&self, css: &str) {
        self.wait_for(css).await;
        for _ in 0..250 {
            if self.focus_is(css).await {
                return;
            }
            self.press(Key::Tab).await;
        }
        let at =
            self.js("return document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'").await;
        panic!("Tab does not reach {css}; focus is on {at}");
    }

    /// Shift+Tab, once.
    pub async fn shift_tab(&self) {
        let element = self.client.active_element().await.unwrap();
        element.send_keys(&format!("{}{}", char::from(Key::Shift), char::from(Key::Tab))).await.unwrap();
    }

    /// Presses Tab `presses` times, then Shift+Tab as often, and fails the moment focus is
    /// outside the element matching `css` (a modal dialog, a panel that covers the page).
    pub async fn assert_tab_stays_inside(&self, css: &str, presses: usize) {
        for back in [false, true] {
            for _ in 0..presses {
                if back {
                    self.shift_tab().await;
                } else {
                    self.press(Key::Tab).await;
                }
                let inside =
                    self.js(&format!("return document.querySelector({css:?}).contains(document.activeElement)")).await;
                let at = self
                    .js("return document.activeElement ? document.activeElement.outerHTML.slice(0, 160) : 'nothing'")
                    .await;
                assert_eq!(inside, Value::Bool(true), "focus left {css}: it is on {at}");
            }
        }
    }

    pub async fn url(&self) -> String {
        self.client.current_url().await.unwrap().to_string()
    }

    /// The `data-order-id`s of the table's rows, top to bottom.
    pub async fn order_ids(&self) -> Vec<String> {
        let value = self.js("return [...document.querySelectorAll('[data-testid=orders-table] tr[data-order-id]')].map(r => r.dataset.orderId)").await;
        value.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    }

    pub async fn wait_for_rows(&self) {
        self.wait("document.querySelectorAll('[data-testid=orders-table] tr[data-order-id]').length > 0 && document.querySelector('[data-testid=orders-table]').getAttribute('aria-busy') === 'false'", "order rows").await;
    }

    /// Runs axe-core (WCAG 2.2 A/AA) on the page and fails on any serious or critical violation.
    pub async fn assert_accessible(&self, screen: &str) {
        let axe = std::fs::read_to_string(root().join(".tools/node_modules/axe-core/axe.min.js"))
            .expect("axe-core (install it: scripts/install-tools.sh --browser)");
        self.client.execute(&axe, vec![]).await.unwrap();
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
                    .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .unwrap();
        let violations = result.as_array().cloned().unwrap_or_default();
        assert!(violations.is_empty(), "{screen}: accessibility violations:\n{violations:#?}");
    }

    /// Ends the test's browser session, after checking the page-error rule.
    pub async fn close(mut self) {
        self.closed = true;
        let errors = self.page_errors().await;
        let _ = self.client.clone().close().await;
        assert!(errors.is_empty(), "the page logged errors:\n{}", describe(&errors));
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        if !self.closed && !std::thread::panicking() {
            panic!("a Page must end with page.close().await, which checks the page-error rule");
        }
    }
}

fn describe(errors: &[PageError]) -> String {
    if errors.is_empty() {
        return "none".into();
    }
    // A panic's message carries a long stack: its first lines say what and where.
    let short = |m: &str| m.chars().take(400).collect::<String>();
    errors.iter().map(|e| format!("  [{}] {}", e.source, short(&e.message))).collect::<Vec<_>>().join("\n")
}

impl Page {
    /// Saves a PNG of the viewport (for looking at a screen while developing a test).
    pub async fn screenshot(&self, path: &str) {
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(path, png).unwrap();
    }
}

pub mod receiver;
pub mod screens;

/// Asserts that `items` (what the test found on screen, `what`) is not empty and that
/// every one passes `test`: an empty list would pass any `all()`, so it fails here.
#[track_caller]
pub fn assert_every<T: std::fmt::Debug>(items: &[T], what: &str, test: impl Fn(&T) -> bool) {
    assert!(!items.is_empty(), "no {what} found: the check would pass on nothing");
    let failing: Vec<&T> = items.iter().filter(|item| !test(item)).collect();
    assert!(failing.is_empty(), "{what}: these do not pass: {failing:?}");
}
