//! The "as of" control over the positions table: step from event to event with a slider or
//! the Previous/Next buttons, or jump to a date. The date lives in the URL (`asof=`).

use crate::data::{event_days, record};
use crate::state::use_state;
use leptos::prelude::*;
use model::date::Date;
use model::steps::step_at;

#[component]
pub fn AsOfControl() -> impl IntoView {
    let state = use_state();
    let r = record();
    let days = event_days();
    let last = days.len().saturating_sub(1);
    let day = move || state.reading_date();
    let index = move || step_at(days, day());
    let set_day = move |d: Date| state.as_of.set((d != r.meta.as_of).then_some(d));
    let titles = move || {
        let d = days[index()];
        let on_day: Vec<&str> = r
            .events
            .iter()
            .filter(|e| e.when.start() == d)
            .map(|e| e.title)
            .collect();
        on_day.join("; ")
    };
    view! {
        <div class="as-of-control" role="group" aria-labelledby="as-of-label">
            <div class="as-of-row">
                <label id="as-of-label" for="as-of-range">"Positions as of"</label>
                <output class="as-of-date" for="as-of-range">{move || day().long()}</output>
            </div>
            <div class="as-of-row">
                <button type="button" class="step" disabled=move || index() == 0
                    on:click=move |_| set_day(days[index().saturating_sub(1)])>
                    <span aria-hidden="true">"‹ "</span>"Previous event"
                </button>
                <input id="as-of-range" type="range" min="0" max=last.to_string() step="1"
                    prop:value=move || index().to_string()
                    aria-valuetext=move || format!("{}: {}", days[index()], titles())
                    on:input=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            set_day(days[i.min(last)]);
                        }
                    }/>
                <button type="button" class="step" disabled=move || last <= index()
                    on:click=move |_| set_day(days[(index() + 1).min(last)])>
                    "Next event"<span aria-hidden="true">" ›"</span>
                </button>
            </div>
            <p class="as-of-step">{move || format!("{}: {}", days[index()], titles())}</p>
            <div class="as-of-row">
                <label for="as-of-jump">"Jump to a date"</label>
                <input id="as-of-jump" type="date" min=days[0].iso() max=days[last].iso()
                    prop:value=move || day().iso()
                    on:change=move |ev| {
                        if let Ok(d) = Date::parse(&event_target_value(&ev)) {
                            set_day(d);
                        }
                    }/>
                <Show when=move || state.as_of.get().is_some()>
                    <button type="button" class="link-button" on:click=move |_| state.as_of.set(None)>
                        "Back to " {r.meta.as_of.long()}
                    </button>
                </Show>
            </div>
            <Show when=move || r.meta.as_of < day()>
                <p class="after-note">"This date is after the record's snapshot of " {r.meta.as_of.long()} "."</p>
            </Show>
        </div>
    }
}
