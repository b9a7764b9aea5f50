//! Benchmark data only: pads the record's events out to a given number with synthetic copies,
//! so the benchmark can measure the page at 1,000 and 10,000 events. Never used in a normal
//! build (see `build.rs`), and the page's title says so when it is.

use super::schema::{Event, Files};
use crate::date::Date;

/// Adds synthetic events until there are `total`, spread evenly over the real events' time
/// span and copied round-robin from them (tracks, people, sources, text), then puts all the
/// events in date order.
pub fn pad_events(files: &mut Files, total: usize) {
    let real = files.events.len();
    if real == 0 || total <= real {
        return;
    }
    let day = |e: &Event| Date::parse(&e.date).map(Date::day_number).unwrap_or(0);
    let first = files.events.iter().map(day).min().unwrap_or(0);
    let last = files.events.iter().map(day).max().unwrap_or(0);
    let extra = total - real;
    let mut added = Vec::with_capacity(extra);
    for i in 0..extra {
        let model = &files.events[i % real];
        let offset = (i64::from(last - first) * i as i64 / extra as i64) as i32;
        let id = format!("synthetic-{i}");
        // The Ukrainian edition's texts for it: its model's, marked the same way.
        let uk = files.uk.entry("events.json".into()).or_default();
        if let Some(texts) = uk.get(&model.id).cloned() {
            let mut texts = texts;
            if let Some(title) = texts.get_mut("title") {
                // The number grouped as Ukrainian writes quantities («2 078»), so the house
                // style does not read it as a year without «року».
                *title = format!(
                    "Синтетична {}: {title}",
                    crate::lang::Lang::Uk.number(i as u64)
                )
                .chars()
                .take(100)
                .collect();
            }
            uk.insert(id.clone(), texts);
        }
        added.push(Event {
            id,
            date: Date::from_day_number(first + offset).iso(),
            end: None,
            // Within the title length limit, which the checks still apply.
            title: format!("Synthetic {i}: {}", model.title)
                .chars()
                .take(100)
                .collect(),
            tracks: model.tracks.clone(),
            place: model.place.clone(),
            people: model.people.clone(),
            summary: model.summary.clone(),
            sources: model.sources.clone(),
            confidence: model.confidence.clone(),
        });
    }
    files.events.extend(added);
    // ISO dates sort in time order; a stable sort keeps same-day events as they were.
    files.events.sort_by(|a, b| a.date.cmp(&b.date));
    files.meta.title = format!(
        "SYNTHETIC BENCHMARK DATA ({total} events): {}",
        files.meta.title
    );
    let page = files
        .uk
        .entry("meta.json".into())
        .or_default()
        .entry("page".into())
        .or_default();
    if let Some(title) = page.get_mut("title") {
        *title = format!("СИНТЕТИЧНІ ДАНІ ({total} подій): {title}");
    }
}
