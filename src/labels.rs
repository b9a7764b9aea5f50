//! The interface's words that both sides write: the pre-render for the page as first drawn,
//! the browser's script when the state changes. One place, so the two always agree.

use model::date::Date;

/// "Showing all 79 events", or "12 of 79 events shown".
pub fn result_count(shown: usize, total: usize) -> String {
    if shown == total {
        format!("Showing all {total} events")
    } else {
        format!("{shown} of {total} events shown")
    }
}

/// The "Show more" button of a long timeline.
pub fn show_more(count: usize) -> String {
    format!("Show {count} more events")
}

/// "14 Dec 2025: Talks in Berlin; …": a step of the "as of" control and the titles of the
/// events that began on it.
pub fn step_words(day: Date, titles: &[impl AsRef<str>]) -> String {
    let titles: Vec<&str> = titles.iter().map(AsRef::as_ref).collect();
    format!("{day}: {}", titles.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_steps_read_as_sentences() {
        assert_eq!(result_count(75, 75), "Showing all 75 events");
        assert_eq!(result_count(3, 75), "3 of 75 events shown");
        assert_eq!(show_more(250), "Show 250 more events");
        assert_eq!(
            step_words(Date::new(2025, 12, 14), &["Berlin", "Paris"]),
            "14 Dec 2025: Berlin; Paris"
        );
    }
}
