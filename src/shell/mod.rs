//! The app shell: loads the session once, then shows the navigation the role may use,
//! the "acting for" banner in customer view, and the routed screens.
mod layout;

use leptos::prelude::*;

use crate::api::{use_remote, ApiClient};
use crate::config::Config;
use crate::host::Host;
use crate::i18n::{k, t};
use crate::routing::Paths;
use crate::ui::{Locale, RemoteStatus};

#[component]
pub fn App(config: Config, host: Host) -> impl IntoView {
    // Said at once while a request waits for the host to renew an expired session, so
    // nobody stares at "Loading…" for seconds; nothing on screen is touched meanwhile.
    let renewing = RwSignal::new(false);
    host.watch_renewal(move |now| renewing.set(now));
    let client = ApiClient::new(config.clone(), Some(host));
    provide_context(client.clone());
    provide_context(Locale(config.locale.clone()));
    provide_context(Paths::new(&config.base_path));
    provide_context(crate::config::LiveSeconds(config.live_seconds));
    provide_context(crate::customers::CustomerSwitch {
        host_base: config.host_base.clone(),
        allowed: config.customer_switch,
    });
    let session = use_remote(|| (), move |_, abort| client.session(&abort));
    let (base, area) = (config.base_path.clone(), config.area);
    let renewal_notice = move || {
        renewing.get().then(|| {
            view! { <p class="oc-notice oc-renewing" role="status" data-testid="session-renewing">{t(k::SHELL_RENEWING_SESSION)}</p> }
        })
    };
    let screen = move || match session.data.get() {
        Some(current) => view! { <layout::Layout session=current base=base.clone() area=area/> }.into_any(),
        None => view! {
            <main class="oc-main">
                <RemoteStatus what=t(k::SHELL_LOADING_SESSION) loading=(t(k::COMMON_LOADING), session.answered)
                    slow=session.slow error=session.error on_retry=move |_| session.retry()/>
            </main>
        }
        .into_any(),
    };
    view! { {renewal_notice} {screen} }
}
