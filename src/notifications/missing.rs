//! The Events tab's warning about customer organisations that lack a contact some e-mails
//! are addressed to (the platform silently sends those e-mails nowhere): it names them, up
//! to [`domain::notifications::NAMED_ORGANIZATIONS`], and links to each one.
use domain::notifications::MissingContact;
use leptos::prelude::*;

use crate::customers::CustomerSwitch;
use crate::i18n::{k, tf, tn};

#[component]
pub fn MissingContactsNotice(missing: Vec<MissingContact>) -> impl IntoView {
    let switch = use_context::<CustomerSwitch>().filter(|s| s.allowed);
    missing
        .into_iter()
        .filter(|m| m.organizations_without > 0)
        .map(|m| {
            let (named, more) = m.named();
            let names = named
                .iter()
                .map(|org| {
                    let name = org.name.clone();
                    let item = match &switch {
                        Some(switch) => view! {
                            <a href=switch.enter_href(&org.id) rel="external" data-testid="missing-contact-org"
                                aria-label=tf(k::SUB_OPEN_CUSTOMER, &[("customer", &name)])>{name.clone()}</a>
                        }
                        .into_any(),
                        None => view! { <span data-testid="missing-contact-org">{name}</span> }.into_any(),
                    };
                    view! { <li>{item}</li> }
                })
                .collect_view();
            view! {
                <div class="oc-notice oc-warning" data-testid="missing-contacts" data-contact=m.contact.clone()>
                    <p>{tn(k::MISSING_SUMMARY, i64::from(m.organizations_without), &[("contact", &m.contact)])}</p>
                    <ul class="oc-inline-list">{names}</ul>
                    {(more > 0).then(|| view! { <p data-testid="missing-contact-more">{tn(k::MISSING_MORE, i64::from(more), &[])}</p> })}
                </div>
            }
        })
        .collect_view()
}
