//! The view switcher, drawn with the first view chosen (the WAI-ARIA tabs pattern; the
//! browser's script, `controls/tabs.rs`, does the switching and the keys).

use crate::words::tr;
use leptos::prelude::*;
use model::url_state::View;

#[component]
pub fn ViewTabs() -> impl IntoView {
    view! {
        <div class="tabs needs-app" role="tablist" aria-label=tr("Views of the talks")>
            {View::ALL.into_iter().map(|view| {
                let selected = view == View::default();
                view! {
                    <button type="button" role="tab" id=tab_id(view) class="tab"
                        aria-controls=panel_id(view) aria-selected=selected.to_string()
                        tabindex=if selected { "0" } else { "-1" }>
                        {tr(view.label())}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

/// One view's content, shown while its tab is selected.
#[component]
pub fn Panel(view: View, children: Children) -> impl IntoView {
    view! {
        <section role="tabpanel" class="panel" id=panel_id(view) aria-labelledby=tab_id(view)
            hidden=view != View::default()>
            {children()}
        </section>
    }
}

pub fn tab_id(view: View) -> String {
    format!("tab-{}", view.slug())
}

pub fn panel_id(view: View) -> String {
    format!("panel-{}", view.slug())
}
