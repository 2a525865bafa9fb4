//! The app's side of the link with its host page. The boot script leaves an object on the
//! host element (`ordersConsoleHost`, see `boot/orders-console-boot.js`) with the words it
//! fetched and the two host events: `orders-console:ready` once mounted, and
//! `orders-console:auth-expired` when the API answers 401, after which the app waits for
//! the host to set a new `data-token`.
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
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

    fn call(&self, name: &str, arg: Option<&JsValue>) -> Option<JsValue> {
        let link = self.link()?;
        let method: Function = Reflect::get(&link, &name.into()).ok()?.dyn_into().ok()?;
        match arg {
            Some(arg) => method.call1(&link, arg),
            None => method.call0(&link),
        }
        .ok()
    }

    /// The words the boot script fetched: their language and table, or `None` when they
    /// could not be had (or the page has no boot script).
    pub async fn text(&self) -> Option<(String, js_sys::Array)> {
        let promise: Promise = Reflect::get(&self.link()?, &"text".into()).ok()?.dyn_into().ok()?;
        let loaded = JsFuture::from(promise).await.ok()?;
        let lang = Reflect::get(&loaded, &"lang".into()).ok()?.as_string()?;
        let table = crate::i18n::as_table(Reflect::get(&loaded, &"table".into()).ok()?)?;
        Some((lang, table))
    }

    /// Tells the host the app is mounted.
    pub fn ready(&self) {
        self.call("ready", None);
    }

    /// The host's current token: read at every request, so a token the host renews is
    /// used at once.
    pub fn token(&self) -> Option<String> {
        self.root.dataset().get("token").map(|t| t.trim().to_string())
    }

    /// Tells the host the session expired (for the request `purpose`) and waits: true when
    /// the host set a new token, false when it did not in time.
    pub async fn token_expired(&self, purpose: &str) -> bool {
        let Some(wait) = self.call("tokenExpired", Some(&JsValue::from_str(purpose))) else {
            return false;
        };
        match wait.dyn_into::<Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok_and(|renewed| renewed.is_truthy()),
            Err(_) => false,
        }
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
