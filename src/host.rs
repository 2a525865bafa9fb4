//! The app's side of the link with its host page. The boot script leaves an object on the
//! host element (`ordersConsoleHost`, see `boot/orders-console-boot.js`) with the words it
//! fetched, the way out for every request (with the host's current token), and the two
//! host events: `orders-console:ready` once mounted, and `orders-console:auth-expired`
//! when the API answers 401, after which the request waits for the host to set a new
//! `data-token` and goes out again.
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

const HOST_PROPERTY: &str = "ordersConsoleHost";

#[derive(Clone)]
pub struct Host {
    root: HtmlElement,
}

impl Host {
    pub fn new(root: HtmlElement) -> Self {
        Host { root }
    }

    fn link(&self) -> Option<JsValue> {
        Reflect::get(&self.root, &HOST_PROPERTY.into()).ok().filter(|v| v.is_object())
    }

    /// The link's function `name`, bound to the link.
    fn method(&self, name: &str) -> Option<(JsValue, Function)> {
        let link = self.link()?;
        let method = Reflect::get(&link, &name.into()).ok()?.dyn_into().ok()?;
        Some((link, method))
    }

    /// The words the boot script fetched before starting the app: their language and
    /// table, or `None` when they could not be had (or the page has no boot script).
    pub fn words(&self) -> Option<(String, js_sys::Array)> {
        let loaded = Reflect::get(&self.link()?, &"words".into()).ok()?;
        let lang = Reflect::get(&loaded, &"lang".into()).ok()?.as_string()?;
        let table = crate::i18n::as_table(Reflect::get(&loaded, &"table".into()).ok()?)?;
        Some((lang, table))
    }

    /// Tells the host the app is mounted.
    pub fn ready(&self) {
        if let Some((link, ready)) = self.method("ready") {
            let _ = ready.call0(&link);
        }
    }

    /// Calls `watch(true)` when a request found the session expired and the app waits for
    /// the host to renew it, and `watch(false)` when that wait is over (renewed or not).
    pub fn watch_renewal(&self, watch: impl Fn(bool) + 'static) {
        let Some((link, method)) = self.method("watchRenewal") else { return };
        let watch = wasm_bindgen::closure::Closure::<dyn Fn(bool)>::new(watch);
        let _ = method.call1(&link, watch.as_ref());
        // The host link keeps it for the app's whole life.
        watch.forget();
    }

    /// Sends a request through the host link: with the host's current token, and after a
    /// 401 again once the host renewed it (see `send` in the boot script). A promise of
    /// the `Response`.
    pub fn send(&self, url: &str, init: &web_sys::RequestInit, purpose: &str) -> Option<Promise> {
        let (link, send) = self.method("send")?;
        send.call3(&link, &url.into(), init, &purpose.into()).ok()?.dyn_into().ok()
    }

    /// The app's words could not be loaded: says so in the one language the app carries.
    pub fn show_failure(&self) {
        let Some(document) = self.root.owner_document() else { return };
        let Ok(message) = document.create_element("p") else { return };
        let _ = message.set_attribute("role", "alert");
        message.set_class_name("oc-notice oc-notice-error");
        message
            .set_text_content(Some("The console could not load its text. Check your connection and reload the page."));
        let _ = self.root.append_child(&message);
    }
}
