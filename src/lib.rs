//! Orders console: a Leptos client-rendered app for a cloud marketplace's orders,
//! subscriptions and notification settings. It mounts into the host page's element
//! `[data-orders-console]` and takes its configuration from that element's attributes.
//!
//! Map: `shell/` (session, navigation, the assembled routes), `routing/` (paths, the
//! per-area guard, lazily loaded chunks), `api/` (every request), `i18n/` (the
//! words, loaded as data), `host.rs` (the link with the host page), `ui/` (shared pieces),
//! one folder per feature (`orders/`, `subscriptions/`, `notifications/`). The domain
//! rules live in the `domain` crate.
pub mod api;
pub mod config;
pub mod customers;
pub mod host;
pub mod i18n;
pub mod lifetime;
pub mod notifications;
pub mod orders;
pub mod routing;
pub mod shell;
pub mod subscriptions;
pub mod ui;

/// Mounts the app into the host page with its words (the boot script fetched them beside
/// the wasm and starts the app once they are there), and tells the host it is ready.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some((root, config)) = config::from_host_page() else {
        web_sys::console::error_1(&"orders console: no element with [data-orders-console] to mount into".into());
        return;
    };
    api::early::adopt(&root);
    let host = host::Host::new(root.clone());
    let Some((lang, table)) = host.words() else {
        host.show_failure();
        return;
    };
    i18n::install(&lang, &config.locale, table);
    let _ = root.set_attribute("lang", &lang);
    let link = host.clone();
    leptos::mount::mount_to(root, move || shell::App(shell::AppProps { config, host: link })).forget();
    host.ready();
}
