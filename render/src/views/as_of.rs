//! The "as of" control over the positions table, drawn at the snapshot date: step from event
//! to event with a slider or the Previous/Next buttons, or jump to a date. The browser's
//! script (`controls/as_of.rs`) moves it and switches the cells; the date lives in the URL
//! (`asof=`).

use super::fold::FoldToggle;
use crate::drawing::{event_days, outline, record};
use crate::words::{long_date, tr, trf};
use common::hooks::{
    Action, AFTER_NOTE, AS_OF_CONTROL, AS_OF_DATE, AS_OF_JUMP, AS_OF_RANGE, AS_OF_STEP, AS_OF_STEPS,
};
use common::labels;
use leptos::prelude::*;
use model::date::Date;
use model::steps::{events_on, step_at};
use model::types::Stance;

/// "14 Dec 2025: Talks in Berlin; …": a step's day and the titles of the events that began on
/// it, as the slider's value text and the line under it say.
pub fn step_words(day: Date) -> String {
    let titles: Vec<&str> = events_on(outline(), day)
        .map(|e| record().event(e).title)
        .collect();
    labels::step_words(crate::drawing::lang(), day, &titles)
}

/// The days the `k`th stance of a history holds: from its first day until the next stance's
/// first day (none for the latest). The pre-render writes them as `data-from`/`data-until`.
pub fn version_days(history: &[&Stance], k: usize) -> (Date, Option<Date>) {
    (
        history[k].from.first_day(),
        history.get(k + 1).map(|next| next.from.first_day()),
    )
}

/// Whether a version holding from `from` until `until` shows at the snapshot, as first drawn.
pub fn holds_at_snapshot(from: Date, until: Option<Date>) -> bool {
    let day = record().meta.as_of;
    from <= day && until.is_none_or(|u| day < u)
}

/// The control's steps and jump, which a card's fold puts away on a phone.
const AS_OF_MORE: &str = "as-of-more";

/// With `fold` (a card's), a phone shows only the date until the reader asks to change it, so
/// that the card's first item is in the first screen.
#[component]
pub fn AsOfControl(#[prop(optional)] fold: bool) -> impl IntoView {
    let r = record();
    let days = event_days();
    let last = days.len().saturating_sub(1);
    let day = r.meta.as_of;
    let index = step_at(days, day);
    view! {
        <div class=format!("{AS_OF_CONTROL} needs-app") role="group" aria-labelledby="as-of-label">
            <div class="as-of-row">
                <label id="as-of-label" for=AS_OF_RANGE>{tr("Positions as of")}</label>
                <output class=AS_OF_DATE for=AS_OF_RANGE>{long_date(day)}</output>
                {fold.then(|| view! { <FoldToggle controls=AS_OF_MORE label=tr("Change the date")/> })}
            </div>
            <div id=AS_OF_MORE data-folded=fold.then_some("")>
                <div class="as-of-row">
                    <button type="button" class="step button" data-action=Action::AsOfPrevious.attr() disabled=index == 0>
                        <span aria-hidden="true">"‹ "</span>{tr("Previous event")}
                    </button>
                    <input id=AS_OF_RANGE type="range" min="0" max=last.to_string() step="1"
                        value=index.to_string() aria-valuetext=step_words(days[index])/>
                    <button type="button" class="step button" data-action=Action::AsOfNext.attr() disabled=last <= index>
                        {tr("Next event")}<span aria-hidden="true">" ›"</span>
                    </button>
                </div>
                <p class=AS_OF_STEP>{step_words(days[index])}</p>
                <div class="as-of-row">
                    <label for=AS_OF_JUMP>{tr("Jump to a date")}</label>
                    <input class="input" id=AS_OF_JUMP type="date" min=days[0].iso() max=days[last].iso() value=day.iso()/>
                    <button type="button" class="link-button needs-app" data-action=Action::AsOfBack.attr() hidden>
                        {trf("Back to {date}", &[("date", &long_date(day))])}
                    </button>
                </div>
            </div>
            // Every step's words, for the script to say as the reader moves: the events'
            // titles are on the timeline's page, not this one.
            <ol class=AS_OF_STEPS hidden>
                {days.iter().map(|d| view! { <li data-day=d.iso()>{step_words(*d)}</li> }).collect_view()}
            </ol>
            <p class=AFTER_NOTE hidden>{trf("This date is after the record's snapshot of {date}.", &[("date", &long_date(day))])}</p>
        </div>
    }
}
