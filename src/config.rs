//! Configuration from the host page, so one build runs standalone and embedded in a
//! partner portal (the token, `data-token`, is read at every request by the host link,
//! so a token the host renews is used at once; see `host.rs`):
//!
//! ```html
//! <div data-orders-console data-api-base="https://api.example.com/api/v1"
//!      data-token="..." data-on-behalf-of="org-contoso" data-base-path="/portal/console"
//!      data-locale="de-DE" data-area="orders"></div>
//! ```
//!
//! A seller picks the customer to act for in the app itself (`/customers`), unless the
//! host decides alone by setting `data-on-behalf-of` (it may still let them switch with
//! `data-customer-switch`). The choice is in the address, `{base}/customers/{id}/…`
//! (`domain::session::customer_in_path`), so a reload keeps it; the boot script reads it
//! the same way for its early requests.
use domain::Area;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Base URL of the JSON API, without a trailing slash.
    pub api_base: String,
    /// The customer organisation a seller acts for (sent as `X-On-Behalf-Of`).
    pub on_behalf_of: Option<String>,
    /// The path the app's screens live under, e.g. `/portal/console`, or
    /// `/portal/console/customers/org-contoso` while acting for a customer chosen in the
    /// app; empty at the root.
    pub base_path: String,
    /// The host's own base path, where the customer picker (`/customers`) and the screens
    /// outside customer view are.
    pub host_base: String,
    /// Whether the seller may pick and switch customers in the app.
    pub customer_switch: bool,
    /// BCP 47 tag for dates and money; the browser's language when absent. The words'
    /// language follows it where the app speaks it (see `boot/orders-console-boot.js`).
    pub locale: String,
    /// `data-area`: only this area, without the app's own navigation; `None` is the
    /// whole console.
    pub area: Option<Area>,
    /// `data-live-seconds`: how often the orders list asks whether it changed.
    pub live_seconds: u64,
}

/// How often live lists check for changes, in context for them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LiveSeconds(pub u64);

/// The default of `data-live-seconds`.
const DEFAULT_LIVE_SECONDS: u64 = 15;

fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

pub fn from_host_page() -> Option<(HtmlElement, Config)> {
    let window = web_sys::window()?;
    let root = window.document()?.query_selector("[data-orders-console]").ok()??.dyn_into::<HtmlElement>().ok()?;
    let data = root.dataset();
    let locale = non_empty(data.get("locale"))
        .or_else(|| non_empty(window.navigator().language()))
        .unwrap_or_else(|| "en-US".into());
    let host_base = non_empty(data.get("basePath")).unwrap_or_default().trim_end_matches('/').to_string();
    let host_choice = non_empty(data.get("onBehalfOf"));
    let customer_switch = host_choice.is_none() || data.get("customerSwitch").is_some();
    let pathname = window.location().pathname().unwrap_or_default();
    let chosen = customer_switch.then(|| domain::session::customer_in_path(&pathname, &host_base)).flatten();
    let base_path =
        chosen.as_deref().map_or_else(|| host_base.clone(), |id| domain::session::customer_base(&host_base, id));
    let config = Config {
        api_base: non_empty(data.get("apiBase")).unwrap_or_else(|| "/api/v1".into()).trim_end_matches('/').to_string(),
        on_behalf_of: chosen.or(host_choice),
        base_path,
        host_base,
        customer_switch,
        locale,
        // An unknown area shows the whole console rather than nothing.
        area: non_empty(data.get("area")).and_then(|key| Area::ALL.iter().copied().find(|a| a.key() == key)),
        live_seconds: non_empty(data.get("liveSeconds"))
            .and_then(|s| s.parse().ok())
            .filter(|s| *s > 0)
            .unwrap_or(DEFAULT_LIVE_SECONDS),
    };
    // Scopes every style rule of the app under this root.
    root.class_list().add_1("oc-root").ok();
    Some((root, config))
}
