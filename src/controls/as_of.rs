//! The "as of" control and the table it reads: every version of every stance is already in
//! the page, each saying from and until which day it holds (`data-from`, `data-until`, ISO
//! days, which compare as text); this shows the ones that hold on the chosen day and marks
//! the cells the last step changed, and with them what follows a cell (`data-follows`: the
//! land maps and their table, `views/land.rs`).

use super::dom::{
    all, by_id, first, having, of_class, page_lang, query, set_attr, set_class, set_hidden,
    set_opt_attr, set_text, text_of, with_attr,
};
use super::page::{edit, Page};
use super::versions;
use common::hooks::{
    cell_id, view_id, Action, ACTION_ATTR, AFTER_NOTE, AS_OF_DATE, AS_OF_JUMP, AS_OF_RANGE,
    AS_OF_STEP, AS_OF_STEPS, CHANGED, CHANGED_MARK, DAY_ATTR, FOLLOWS_ATTR, FROM_ATTR,
    READING_DATE, UNTIL_ATTR,
};
use common::labels;
use common::{event_days, outline};
use model::date::Date;
use model::steps::{changed_since, previous_step, step_at};
use model::url_state::{UrlState, View};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

pub fn draw(state: &UrlState) {
    let o = outline();
    let days = event_days();
    let last = days.len().saturating_sub(1);
    let day = o.reading_date(state.as_of);
    let index = step_at(days, day);

    for el in all(&format!(".{AS_OF_DATE}, .{READING_DATE}")) {
        set_text(&el, &page_lang().long_date(day));
    }
    if let Some(el) = query(&with_attr(ACTION_ATTR, Action::AsOfPrevious.attr())) {
        let _ = el.toggle_attribute_with_force("disabled", index == 0);
    }
    if let Some(el) = query(&with_attr(ACTION_ATTR, Action::AsOfNext.attr())) {
        let _ = el.toggle_attribute_with_force("disabled", last <= index);
    }
    let words = step_words(days[index]);
    if let Some(range) = input(AS_OF_RANGE) {
        if range.value() != index.to_string() {
            range.set_value(&index.to_string());
        }
        set_attr(&range, "aria-valuetext", &words);
    }
    if let Some(el) = query(&of_class(AS_OF_STEP)) {
        set_text(&el, &words);
    }
    if let Some(jump) = input(AS_OF_JUMP) {
        if jump.value() != day.iso() {
            jump.set_value(&day.iso());
        }
    }
    if let Some(el) = query(&with_attr(ACTION_ATTR, Action::AsOfBack.attr())) {
        set_hidden(&el, state.as_of.is_none());
    }
    if let Some(el) = query(&of_class(AFTER_NOTE)) {
        set_hidden(&el, day <= o.as_of);
    }

    // Each version shows on the days it holds: everything in the positions view that has
    // versions, the table's cells and the land maps. The page has the snapshot's; on another
    // day the others must have arrived (`versions.rs`, which draws again when they do). Until
    // then a cell whose version is missing shows nothing rather than another day's, and the
    // table says it is busy.
    let complete = state.as_of.is_none() || versions::all_here();
    if let Some(table) = versions::table() {
        set_opt_attr(&table, "aria-busy", (!complete).then_some("true"));
    }
    let today = day.iso();
    let view = view_id(View::Positions);
    for el in all(&format!("#{view} [{FROM_ATTR}], #{view} [{UNTIL_ATTR}]")) {
        let from = el.get_attribute(FROM_ATTR);
        let until = el.get_attribute(UNTIL_ATTR);
        let holds = from.is_none_or(|f| f <= today) && until.is_none_or(|u| today < u);
        set_hidden(&el, !holds);
    }
    // Marked in words, not colour alone, where this step changed the cell.
    let before = previous_step(days, day);
    let mut changed_cells = Vec::new();
    for issue in o.issue_ids() {
        for party in o.party_ids() {
            let id = cell_id(issue, party);
            let Some(cell) = by_id(&id) else { continue };
            let changed = before.is_some_and(|b| changed_since(o, issue, party, b, day));
            set_class(&cell, CHANGED, changed);
            if let Some(mark) = first(&cell, &of_class(CHANGED_MARK)) {
                set_hidden(&mark, !changed);
            }
            if changed {
                changed_cells.push(id);
            }
        }
    }
    // What follows a cell elsewhere (a land map, the cells of its table) is marked with it.
    for el in all(&having(FOLLOWS_ATTR)) {
        let follows = el.get_attribute(FOLLOWS_ATTR).unwrap_or_default();
        set_class(&el, CHANGED, changed_cells.contains(&follows));
    }
}

/// "14 Dec 2025: Talks in Berlin; …": a step's day and the titles of the events that began on
/// it, as the pre-render wrote them in the control's list of steps.
fn step_words(day: Date) -> String {
    query(&format!(
        ".{AS_OF_STEPS} {}",
        with_attr(DAY_ATTR, &day.iso())
    ))
    .map(|li| text_of(&li))
    .unwrap_or_else(|| labels::step_words(page_lang(), day, &[] as &[&str]))
}

/// Reads the table on `day`; the snapshot date is the default, not a choice.
fn read_at(page: &mut Page, day: Date) {
    let as_of = (day != outline().as_of).then_some(day);
    edit(page, |s| s.as_of = as_of);
}

/// Previous or Next event (`by` = -1 or 1).
pub fn step(page: &mut Page, by: isize) {
    let days = event_days();
    let index = step_at(days, outline().reading_date(page.state.as_of));
    let next = index.saturating_add_signed(by).min(days.len() - 1);
    read_at(page, days[next]);
}

/// The slider moved to step `value`.
pub fn slide(page: &mut Page, value: &str) {
    let days = event_days();
    if let Ok(i) = value.parse::<usize>() {
        read_at(page, days[i.min(days.len() - 1)]);
    }
}

/// A date was typed into the date field.
pub fn jump(page: &mut Page, value: &str) {
    if let Ok(day) = Date::parse(value) {
        if !day.is_month() {
            read_at(page, day);
        }
    }
}

pub fn back(page: &mut Page) {
    edit(page, |s| s.as_of = None);
}

fn input(id: &str) -> Option<HtmlInputElement> {
    by_id(id)?.dyn_into().ok()
}
