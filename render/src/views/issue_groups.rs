//! The body of a table whose rows are the issues in their groups (the positions table, the
//! plans compared): a heading row per group, spanning the table, then one row per issue.

use crate::drawing::record;
use common::hooks::{GROUP_ROW, ISSUE_NAME};
use leptos::prelude::*;
use model::types::IssueId;

/// One `<tbody>` per group, marked with the group's id (the group picker shows and hides
/// them), its heading spanning `columns`, then `row(issue)` for each of its issues.
pub fn issue_groups<V: IntoView + 'static>(
    columns: usize,
    row: impl Fn(IssueId) -> V + Copy + 'static,
) -> impl IntoView {
    let r = record();
    let columns = columns.to_string();
    r.group_ids()
        .map(|g| {
            view! {
                <tbody data-group=r.group(g).id>
                    <tr class=GROUP_ROW>
                        <th scope="rowgroup" colspan=columns.clone()>{r.group(g).name}</th>
                    </tr>
                    {r.issues_in(g).map(|(issue, _)| row(issue)).collect_view()}
                </tbody>
            }
        })
        .collect_view()
}

/// An issue's name and its question, as the first cell of its row says them.
#[component]
pub fn IssueLabel(issue: IssueId) -> impl IntoView {
    let i = record().issue(issue);
    view! {
        <span class=ISSUE_NAME>{i.name}</span>
        <span class="issue-question">{i.question}</span>
    }
}
