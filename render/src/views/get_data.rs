//! "Get the data" beside what it exports (`downloads.rs`): the positions' files under the
//! positions table, the plans' under the comparison, the events' under the timeline. Plain
//! links to files the pre-render wrote, which download without any script. The sources page
//! lists them all.

use crate::downloads::beside;
use crate::drawing::page;
use crate::words::tr;
use leptos::prelude::*;

#[component]
pub fn GetTheData() -> impl IntoView {
    let view = page();
    view! {
        <p class="get-data">
            <span class="get-data-label">{tr("Get the data")}": "</span>
            {beside(view).enumerate().map(|(i, d)| view! {
                {(i > 0).then_some(" · ")}
                <a href=format!("{}{}", view.to_root(), d.file) download>{tr(d.label)}</a>
            }).collect_view()}
        </p>
    }
}
