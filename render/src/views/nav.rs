//! The view switcher: a link to each view's page, the current one marked with
//! `aria-current="page"` (the navigation pattern, not tabs: each view is a page). It works
//! without the script; with it, `controls/pages.rs` swaps the next view in without a reload.

use crate::drawing::{outline, page};
use crate::words::tr;
use common::hooks::{view_link_id, VIEW_LINK};
use leptos::prelude::*;
use model::url_state::{UrlState, View};

#[component]
pub fn ViewNav() -> impl IntoView {
    let here = page();
    let o = outline();
    view! {
        <nav class="view-nav" aria-label=tr("Views of the talks")>
            <ul class="view-links">
                {View::ALL.into_iter().map(|view| {
                    let href = UrlState { view, ..UrlState::default_for(o) }.link_from(here, o);
                    view! {
                        <li>
                            <a class=VIEW_LINK id=view_link_id(view) href=href
                                data-view=view.slug()
                                aria-current=(view == here).then_some("page")>
                                {tr(view.label())}
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
