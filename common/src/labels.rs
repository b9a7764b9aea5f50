//! The interface's words that both sides write: the pre-render for the page as first drawn,
//! the browser's script when the state changes. One place, so the two always agree. These
//! are all the words the browser's script carries, in each edition's language (the page's
//! `<html lang>` tells the script which): a few sentences, so a second language costs the
//! wasm next to nothing.

use model::date::Date;
use model::lang::Lang;
use model::url_state::DOCUMENTS_COMPARED;

/// "Showing all 79 events", or "12 of 79 events shown".
pub fn result_count(lang: Lang, shown: usize, total: usize) -> String {
    match (lang, shown == total) {
        (Lang::En, true) => format!("Showing all {total} events"),
        (Lang::En, false) => format!("{shown} of {total} events shown"),
        // "Подій: 12 з 79" needs no agreement of the noun with either number.
        (Lang::Uk, true) => format!("Показано всі події: {total}"),
        (Lang::Uk, false) => format!("Показано подій: {shown} з {total}"),
    }
}

/// The "Show more" button of a long timeline.
pub fn show_more(lang: Lang, count: usize) -> String {
    // Not `Lang::counted`, whose template parsing the script need not carry for one button.
    let form = lang.plural_form(count as u64);
    match lang {
        Lang::En => format!("Show {count} more {}", ["event", "events"][form]),
        Lang::Uk => format!("Показати ще {count} {}", ["подію", "події", "подій"][form]),
    }
}

/// "14 Dec 2025: Talks in Berlin; …": a step of the "as of" control and the titles of the
/// events that began on it.
pub fn step_words(lang: Lang, day: Date, titles: &[impl AsRef<str>]) -> String {
    let titles: Vec<&str> = titles.iter().map(AsRef::as_ref).collect();
    format!("{}: {}", lang.short_date(day), titles.join("; "))
}

/// A mark of the tracks picture, as a screen reader names it: "14–15 Dec 2025: Talks in
/// Berlin (US–Ukraine)", with ", after the snapshot" for a later event.
pub fn mark_label(lang: Lang, when: &str, title: &str, track: &str, after: bool) -> String {
    let after = match (lang, after) {
        (_, false) => "",
        (Lang::En, true) => ", after the snapshot",
        (Lang::Uk, true) => ", після дати зрізу",
    };
    format!("{when}: {title} ({track}){after}")
}

/// Why a chip cannot be let go of, or taken, as its tooltip says.
#[derive(Clone, Copy)]
pub enum Refusal {
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // Only the script says it.
    KeepOne,
    KeepTwo,
    FourAtMost,
}

/// Why a document's chip cannot change a comparison of `chosen` documents, if it cannot:
/// it is one of the fewest allowed (`on`), or one more would be too many.
pub fn document_refusal(chosen: usize, on: bool) -> Option<Refusal> {
    if on {
        (chosen <= *DOCUMENTS_COMPARED.start()).then_some(Refusal::KeepTwo)
    } else {
        (chosen >= *DOCUMENTS_COMPARED.end()).then_some(Refusal::FourAtMost)
    }
}

pub fn refusal(lang: Lang, why: Refusal) -> &'static str {
    match (lang, why) {
        (Lang::En, Refusal::KeepOne) => "At least one stays chosen",
        (Lang::En, Refusal::KeepTwo) => "At least two stay chosen",
        (Lang::En, Refusal::FourAtMost) => "At most four at a time",
        (Lang::Uk, Refusal::KeepOne) => "Хоча б один має лишатися вибраним",
        (Lang::Uk, Refusal::KeepTwo) => "Вибраними мають лишатися щонайменше два",
        (Lang::Uk, Refusal::FourAtMost) => "Не більше чотирьох водночас",
    }
}

/// What Copy link and Copy code copy.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // Only the script says it.
#[derive(Clone, Copy)]
pub enum Copied {
    Link,
    Code,
}

/// How a copy went: "Link copied." or, when the browser refused, what to do by hand.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // Only the script says it.
pub fn copy_result(lang: Lang, what: Copied, done: bool) -> &'static str {
    match (lang, what, done) {
        (Lang::En, Copied::Link, true) => "Link copied.",
        (Lang::En, Copied::Link, false) => "Select the link and copy it.",
        (Lang::En, Copied::Code, true) => "Embed code copied.",
        (Lang::En, Copied::Code, false) => "Select the embed code and copy it.",
        (Lang::Uk, Copied::Link, true) => "Посилання скопійовано.",
        (Lang::Uk, Copied::Link, false) => "Виділіть посилання і скопіюйте його.",
        (Lang::Uk, Copied::Code, true) => "Код для вбудовування скопійовано.",
        (Lang::Uk, Copied::Code, false) => "Виділіть код для вбудовування і скопіюйте його.",
    }
}

/// The embedded frame's title, from the page's: "The Russia–Ukraine peace talks: an
/// interactive explainer".
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // Only the script says it.
pub fn frame_title(lang: Lang, page_title: &str) -> String {
    match lang {
        Lang::En => format!("{page_title}: an interactive explainer"),
        Lang::Uk => format!("{page_title}: інтерактивний матеріал"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_steps_read_as_sentences() {
        assert_eq!(result_count(Lang::En, 75, 75), "Showing all 75 events");
        assert_eq!(result_count(Lang::En, 3, 75), "3 of 75 events shown");
        assert_eq!(show_more(Lang::En, 250), "Show 250 more events");
        assert_eq!(show_more(Lang::En, 1), "Show 1 more event");
        assert_eq!(
            step_words(Lang::En, Date::new(2025, 12, 14), &["Berlin", "Paris"]),
            "14 Dec 2025: Berlin; Paris"
        );
    }

    #[test]
    fn document_chips_refuse_below_two_and_above_four() {
        assert!(matches!(document_refusal(2, true), Some(Refusal::KeepTwo)));
        assert!(document_refusal(3, true).is_none());
        assert!(document_refusal(3, false).is_none());
        assert!(matches!(
            document_refusal(4, false),
            Some(Refusal::FourAtMost)
        ));
        assert!(document_refusal(4, true).is_none());
    }

    #[test]
    fn ukrainian_counts_and_steps() {
        assert_eq!(result_count(Lang::Uk, 79, 79), "Показано всі події: 79");
        assert_eq!(result_count(Lang::Uk, 3, 79), "Показано подій: 3 з 79");
        assert_eq!(show_more(Lang::Uk, 250), "Показати ще 250 подій");
        assert_eq!(show_more(Lang::Uk, 21), "Показати ще 21 подію");
        assert_eq!(show_more(Lang::Uk, 3), "Показати ще 3 події");
        assert_eq!(
            step_words(Lang::Uk, Date::new(2025, 12, 14), &["Берлін"]),
            "14 груд. 2025: Берлін"
        );
        assert_eq!(
            mark_label(Lang::Uk, "23 січ. 2026", "Абу-Дабі", "Тристоронні", true),
            "23 січ. 2026: Абу-Дабі (Тристоронні), після дати зрізу"
        );
        assert_eq!(
            frame_title(Lang::Uk, "Мирні переговори"),
            "Мирні переговори: інтерактивний матеріал"
        );
    }
}
