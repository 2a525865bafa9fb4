//! Where keyboard focus goes: a defined home when the focused element goes away (or the
//! page it was on), and dialogs that keep Tab and Shift+Tab inside them.
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// What Tab can reach inside a container (hidden ones are filtered out by [`visible`]).
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), \
     textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

fn by_id(id: &str) -> Option<HtmlElement> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id(id)?.dyn_into().ok()
}

/// Focuses the element with `id` once the current render has run: the home of focus when
/// the element that had it disappears or is switched off (a banner's button that hid
/// itself, a page of the list that changed, a form that is saving).
///
/// It is focused at once too, where it already can be: a dialog opened before the frame
/// (the edit dialog's "Turn the webhook on?" after a save) then takes it as the place
/// focus returns to when it closes, not `<body>`.
pub fn focus_after_render(id: &'static str) {
    if let Some(element) = by_id(id) {
        let _ = element.focus();
    }
    leptos::prelude::request_animation_frame(move || {
        if let Some(element) = by_id(id) {
            let _ = element.focus();
        }
    });
}

/// Whether focus has no home: on `<body>` or nowhere, as when the focused element left
/// the document (the browser then hands focus to `<body>`).
pub fn focus_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.unchecked_ref::<Element>(),
        (Some(_), None) => false,
    }
}

/// After a page change: the link or button that had focus went with the old page, which
/// would leave focus on `<body>` and a keyboard user at the top of the document. Focus
/// goes to the new page's heading (`#oc-main h1` with `tabindex="-1"`), or, while the
/// page's chunk is still loading, to the main region and on to the heading once it is
/// there. Focus the user or the page has put anywhere else is left alone.
pub fn focus_new_page() {
    fn attempt(tries_left: u32) {
        leptos::prelude::request_animation_frame(move || {
            let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
            let Some(main) = by_id("oc-main") else { return };
            // The main region is where focus waits for the heading.
            let waiting = document.active_element().is_some_and(|a| a == *main.unchecked_ref::<Element>());
            if !(focus_lost() || waiting) {
                return;
            }
            match document
                .query_selector("#oc-main h1[tabindex]")
                .ok()
                .flatten()
                .and_then(|h| h.dyn_into::<HtmlElement>().ok())
            {
                Some(heading) => {
                    let _ = heading.focus();
                }
                None => {
                    let _ = main.focus();
                    if tries_left > 0 {
                        leptos::prelude::set_timeout(
                            move || attempt(tries_left - 1),
                            std::time::Duration::from_millis(100),
                        );
                    }
                }
            }
        });
    }
    // Up to about 3 s for the page's chunk.
    attempt(30);
}

fn visible(element: &Element) -> bool {
    element.get_client_rects().length() > 0
}

fn focusables(container: &Element) -> Vec<HtmlElement> {
    let Ok(list) = container.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length())
        .filter_map(|n| list.item(n)?.dyn_into::<HtmlElement>().ok())
        // A roving tab stop (the unselected tab) is reached by arrows, not by Tab.
        .filter(|element| visible(element) && element.tab_index() >= 0)
        .collect()
}

/// For a modal dialog's `keydown`: Tab from its last control goes to its first, and
/// Shift+Tab from its first to its last, so focus never leaves the dialog. A dialog
/// inside it (a confirmation) keeps its own Tab.
pub fn keep_tab_inside(ev: &KeyboardEvent, dialog: &Element) {
    if ev.key() != "Tab" || ev.default_prevented() {
        return;
    }
    let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
    let own = target.as_ref().and_then(|t| t.closest("dialog").ok().flatten());
    if own.as_ref().is_some_and(|d| d != dialog) {
        return;
    }
    let controls = focusables(dialog);
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else { return };
    let active = web_sys::window().and_then(|w| w.document()).and_then(|d| d.active_element());
    let at = |element: &HtmlElement| active.as_ref().is_some_and(|a| a == element.unchecked_ref::<Element>());
    let outside = active.as_ref().is_none_or(|a| !dialog.contains(Some(a)));
    if ev.shift_key() && (at(first) || outside) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && (at(last) || outside) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

/// For a tab list's `keydown` (WAI-ARIA tabs): the tab to select after ArrowRight,
/// ArrowLeft, Home or End, from the tab at `current` of `count`; `None` for other keys.
pub fn tab_key_target(key: &str, current: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowRight" => Some((current + 1) % count),
        "ArrowLeft" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::tab_key_target;

    #[test]
    fn arrows_wrap_and_home_end_jump() {
        assert_eq!(tab_key_target("ArrowRight", 0, 2), Some(1));
        assert_eq!(tab_key_target("ArrowRight", 1, 2), Some(0));
        assert_eq!(tab_key_target("ArrowLeft", 0, 2), Some(1));
        assert_eq!(tab_key_target("Home", 1, 3), Some(0));
        assert_eq!(tab_key_target("End", 0, 3), Some(2));
        assert_eq!(tab_key_target("Enter", 0, 2), None);
        assert_eq!(tab_key_target("ArrowRight", 0, 0), None);
    }
}
