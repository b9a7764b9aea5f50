//! The view switcher, following the WAI-ARIA tabs pattern: one tab stop, arrow keys move
//! between tabs (wrapping), Home and End jump, and the panel follows the focused tab.

use crate::state::use_state;
use leptos::prelude::*;
use model::url_state::View;
use wasm_bindgen::JsCast;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let state = use_state();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let views = View::ALL;
        let current = views
            .iter()
            .position(|v| *v == state.view.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (current + 1) % views.len(),
            "ArrowLeft" => (current + views.len() - 1) % views.len(),
            "Home" => 0,
            "End" => views.len() - 1,
            _ => return,
        };
        ev.prevent_default();
        state.view.set(views[next]);
        focus_by_id(&tab_id(views[next]));
    };
    view! {
        <div class="tabs" role="tablist" aria-label="Views of the talks" on:keydown=on_keydown>
            {View::ALL.into_iter().map(|view| {
                let selected = move || state.view.get() == view;
                view! {
                    <button type="button" role="tab" id=tab_id(view) class="tab"
                        aria-controls=panel_id(view)
                        aria-selected=move || selected().to_string()
                        tabindex=move || if selected() { "0" } else { "-1" }
                        on:click=move |_| state.view.set(view)>
                        {view.label()}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

/// One view's content, shown while its tab is selected.
#[component]
pub fn Panel(view: View, children: Children) -> impl IntoView {
    let state = use_state();
    view! {
        <section role="tabpanel" class="panel" id=panel_id(view) aria-labelledby=tab_id(view)
            hidden=move || state.view.get() != view>
            {children()}
        </section>
    }
}

fn tab_id(view: View) -> String {
    format!("tab-{}", view.slug())
}

fn panel_id(view: View) -> String {
    format!("panel-{}", view.slug())
}

pub fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Scrolls the element whose id `target` names into view and focuses it whenever `target`
/// changes to `Some`: a link to an event, an issue or a cell lands on it, so keyboard and
/// screen-reader users continue from there. The element makes itself focusable
/// (`tabindex="-1"`) while selected.
pub fn land_on_selection(target: impl Fn() -> Option<String> + 'static) {
    Effect::new(move |_| {
        let Some(id) = target() else { return };
        // After this render, so the element exists and its panel is shown.
        request_animation_frame(move || {
            if let Some(element) = document().get_element_by_id(&id) {
                element.scroll_into_view();
                focus_by_id(&id);
            }
        });
    });
}
