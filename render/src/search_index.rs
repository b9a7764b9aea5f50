//! The search's index: everything in the record a reader may look for, in the language being
//! drawn, each with its kind, a key that names it, its words, its date and where choosing it
//! lands (its address, and the page's own move to it where there is one, `model::moves`).
//! The pre-render writes it beside each edition's root (`search-index.json`), with the
//! folding and stemming rules of `model::search`, which `assets/search.js` applies to the
//! reader's words: the rules are written once. `tests/search/queries.json` holds it to 20
//! queries per edition.

use crate::drawing::{lang, outline, record};
use crate::words::{short_date, tr};
use model::date::Date;
use model::moves::Move;
use model::search::words;
#[cfg(test)]
use model::search::{beginnings, has};
use model::url_state::{UrlState, View};
use serde_json::json;

/// The index's file name, at each edition's root.
pub const FILE: &str = "search-index.json";

/// What an item is; results are grouped by it, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Point,
    Stance,
    Provision,
    Document,
    Event,
    Person,
    Revision,
    Correction,
    Source,
}

impl Kind {
    const ALL: [Kind; 9] = [
        Kind::Point,
        Kind::Stance,
        Kind::Provision,
        Kind::Document,
        Kind::Event,
        Kind::Person,
        Kind::Revision,
        Kind::Correction,
        Kind::Source,
    ];

    /// The heading of its group of results.
    fn label(self) -> &'static str {
        match self {
            Kind::Point => tr("The state of play"),
            Kind::Stance => tr("Positions"),
            Kind::Provision => tr("What the texts say"),
            Kind::Document => tr("Peace texts"),
            Kind::Event => tr("Timeline"),
            Kind::Person => tr("People"),
            Kind::Revision => tr("Corrections to this explainer"),
            Kind::Correction => tr("Corrections to early reporting"),
            Kind::Source => tr("Sources"),
        }
    }
}

pub struct Item {
    pub kind: Kind,
    /// Names the item: `event/davos`, `stance/donbas/russia/2025-08-15` (for the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub key: String,
    pub title: String,
    /// Its other texts, in order: the first gives the line of context under its title,
    /// unless a word found is only in a later one (`assets/search.js`).
    pub texts: Vec<String>,
    /// The item's words, folded (`model::search::words`): its title's first. For the native
    /// twin of the script's search; the script folds the texts itself.
    #[cfg_attr(not(test), allow(dead_code))]
    pub words: Vec<String>,
    #[cfg_attr(not(test), allow(dead_code))]
    pub title_words: usize,
    pub date: Option<Date>,
    /// Where choosing it lands, relative to the edition's root.
    pub address: String,
    /// The page's own move to it, where it has one (`data-go`): the script then switches to
    /// it keeping the reader's choices.
    pub go: Option<Move>,
}

/// Every item of the record in the language being drawn.
pub fn items() -> Vec<Item> {
    let r = record();
    let o = outline();
    let mut items = Vec::new();
    let mut push = |kind, key: String, title: &str, text: &[&str], date, address: String, go| {
        let mut all = words(title);
        let title_words = all.len();
        for t in text {
            all.extend(words(t));
        }
        items.push(Item {
            kind,
            key,
            title: title.to_owned(),
            texts: text
                .iter()
                .filter(|t| !t.is_empty())
                .map(|t| (*t).to_owned())
                .collect(),
            words: all,
            title_words,
            date,
            address,
            go,
        });
    };
    let at = |state: UrlState| state.to_address(o);
    for p in r.meta.state_of_play {
        push(
            Kind::Point,
            format!("point/{}", p.heading),
            p.heading,
            &[p.text],
            None,
            "#state-heading".into(),
            None,
        );
    }
    for (i, s) in r.stances.iter().enumerate() {
        let (party, issue) = (r.party(s.party), r.issue(s.issue));
        push(
            Kind::Stance,
            format!("stance/{}/{}/{}", issue.id, party.id, s.from.iso()),
            s.summary,
            // Its line under the title says whose position on what.
            &[&format!("{} · {}", party.name, issue.name), s.details],
            Some(s.from),
            at(UrlState {
                issue: Some(s.issue),
                party: Some(s.party),
                as_of: Some(s.from.first_day()),
                ..UrlState::default_for(o)
            }),
            Some(Move::Stance(model::types::StanceId(i as u16))),
        );
    }
    for p in r.provisions.iter() {
        let (document, issue) = (r.document(p.document), r.issue(p.issue));
        let mut state = UrlState {
            view: View::Plans,
            issue: Some(p.issue),
            ..UrlState::default_for(o)
        };
        if !state.documents.contains(&p.document) {
            state.documents = vec![state.documents[0], p.document];
            state.documents.sort();
        }
        push(
            Kind::Provision,
            format!("provision/{}/{}", document.id, issue.id),
            &format!("{}: {}", document.short, issue.name),
            &[p.text],
            Some(document.when.start()),
            at(state),
            Some(Move::Provision(p.document, p.issue)),
        );
    }
    for id in o.document_ids() {
        let d = r.document(id);
        push(
            Kind::Document,
            format!("document/{}", d.id),
            d.title,
            &[d.short, d.by, d.public],
            Some(d.when.start()),
            at(UrlState {
                view: View::Plans,
                ..UrlState::default_for(o)
            }),
            Some(Move::Document(id)),
        );
    }
    for id in r.event_ids() {
        let e = r.event(id);
        let people: Vec<&str> = e.people.iter().map(|p| r.person(*p).name).collect();
        let mut text = vec![e.summary, e.place];
        text.extend(people);
        push(
            Kind::Event,
            format!("event/{}", e.id),
            e.title,
            &text,
            Some(e.when.start()),
            at(UrlState {
                view: View::Timeline,
                event: Some(id),
                ..UrlState::default_for(o)
            }),
            Some(Move::Event(id)),
        );
    }
    for id in o.person_ids() {
        let p = r.person(id);
        // The timeline of their events, as the people page's own button leads.
        let state = UrlState {
            view: View::Timeline,
            ..UrlState::default_for(o)
        }
        .with_person(id);
        push(
            Kind::Person,
            format!("person/{}", p.id),
            p.name,
            &[p.role],
            None,
            at(state),
            Some(Move::Person(id)),
        );
    }
    for x in r.revisions {
        push(
            Kind::Revision,
            format!("revision/{}", x.id),
            x.what,
            &[x.before, x.after, x.why],
            Some(x.when),
            format!("sources/#{}", crate::feed::revision_anchor(x.id)),
            None,
        );
    }
    for (i, c) in r.corrections.iter().enumerate() {
        push(
            Kind::Correction,
            format!("correction/{i}"),
            c.claim,
            &[c.correction],
            None,
            "sources/#corrections-heading".into(),
            None,
        );
    }
    for s in r.sources.iter() {
        push(
            Kind::Source,
            format!("source/{}", s.id),
            s.publisher,
            &[s.via.unwrap_or_default()],
            s.date,
            // The source itself.
            s.url.to_owned(),
            None,
        );
    }
    items
}

/// The index file of the edition being drawn: the rules `assets/search.js` folds and stems
/// words by, the groups' headings, and each item as `[kind, title, texts, date, address,
/// move]`. The words are the script's to fold, as `model::search::words` does here: shipping
/// them folded as well would nearly double the file.
pub fn file() -> String {
    let o = outline();
    let (endings, keep, changes) = model::search::rules(lang());
    let plain: String = model::search::PLAIN
        .iter()
        .flat_map(|(a, b)| [*a, *b])
        .collect();
    let items: Vec<_> = items()
        .into_iter()
        .map(|item| {
            json!([
                item.kind as u8,
                item.title,
                item.texts,
                item.date.map(short_date).unwrap_or_default(),
                item.address,
                item.go.map(|go| go.attr(o)).unwrap_or_default(),
            ])
        })
        .collect();
    json!({
        "lang": lang().code(),
        "plain": plain,
        "apostrophes": model::search::APOSTROPHES,
        "endings": endings,
        "keep": keep,
        "changes": changes,
        "kinds": Kind::ALL.map(Kind::label),
        "items": items,
    })
    .to_string()
}

/// The items that have every word of `query`, best first: by the words found in their titles,
/// then by kind, then newest first. The native twin of `assets/search.js`'s, for the tests.
#[cfg(test)]
pub fn search<'a>(items: &'a [Item], query: &str) -> Vec<&'a Item> {
    let asked: Vec<Vec<String>> = words(query).iter().map(|w| beginnings(w, lang())).collect();
    if asked.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, &Item)> = items
        .iter()
        .filter(|item| asked.iter().all(|b| has(&item.words, b)))
        .map(|item| {
            let in_title = asked
                .iter()
                .filter(|b| has(&item.words[..item.title_words], b))
                .count();
            (in_title, item)
        })
        .collect();
    found.sort_by(|(a, x), (b, y)| b.cmp(a).then(x.kind.cmp(&y.kind)).then(y.date.cmp(&x.date)));
    found.into_iter().map(|(_, item)| item).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drawing::in_language;
    use model::lang::Lang;
    use serde_json::Value;

    /// A must-find item of `tests/search/queries.json` as a key of `items()`.
    fn key(item: &Value) -> String {
        let s = |k: &str| {
            item[k]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| item[k].to_string())
        };
        match s("kind").as_str() {
            "stance" => format!("stance/{}/{}/{}", s("issue"), s("party"), s("from")),
            "provision" => format!("provision/{}/{}", s("document"), s("issue")),
            "point" => format!("point/{}", s("heading")),
            "correction" => format!("correction/{}", s("index")),
            kind => format!("{kind}/{}", s("id")),
        }
    }

    /// The 20 queries per edition find what they must; the count of everything each finds is
    /// printed, for judging the index against Pagefind.
    #[test]
    fn the_written_queries_find_what_they_must() {
        let queries: Value =
            serde_json::from_str(include_str!("../../tests/search/queries.json")).unwrap();
        let mut missed = Vec::new();
        for (lang, code) in [(Lang::En, "en"), (Lang::Uk, "uk")] {
            in_language(lang, || {
                let items = items();
                for q in queries[code].as_array().unwrap() {
                    let query = q["query"].as_str().unwrap();
                    let found: Vec<&str> = search(&items, query)
                        .iter()
                        .map(|i| i.key.as_str())
                        .collect();
                    let want: Vec<String> =
                        q["must_find"].as_array().unwrap().iter().map(key).collect();
                    let lost: Vec<&String> = want
                        .iter()
                        .filter(|k| !found.contains(&k.as_str()))
                        .collect();
                    println!(
                        "{code} {query:?}: {} found, {} of {} wanted",
                        found.len(),
                        want.len() - lost.len(),
                        want.len()
                    );
                    if !lost.is_empty() {
                        missed.push(format!("{code} {query:?}: {lost:?}"));
                    }
                }
            });
        }
        assert!(missed.is_empty(), "{missed:#?}");
    }

    /// Each item has a title to show, and an address the explainer reads back as itself: the
    /// state it lands on (an anchor's page aside).
    #[test]
    fn every_item_has_a_title_and_an_address_that_lands() {
        for lang in [Lang::En, Lang::Uk] {
            in_language(lang, || {
                let o = outline();
                let items = items();
                assert!(items.len() > 500, "{}", items.len());
                for item in items.iter().filter(|i| i.kind != Kind::Source) {
                    assert!(!item.title.trim().is_empty(), "{}", item.key);
                    let (page, anchor) =
                        item.address.split_once('#').unwrap_or((&item.address, ""));
                    let state = UrlState::parse_address(page, o);
                    assert_eq!(state.to_address(o), page, "{}", item.key);
                    assert!(anchor.is_empty() || !page.contains('?'), "{}", item.key);
                }
            });
        }
    }

    #[test]
    fn hostile_queries_find_nothing_and_do_not_fail() {
        in_language(Lang::Uk, || {
            let items = items();
            for query in [
                "",
                "   ",
                "((",
                ".*[",
                "\u{200f}\u{200e}",
                "😀😀",
                &"ы".repeat(10_000),
            ] {
                assert!(search(&items, query).len() < items.len(), "{query:?}");
            }
            assert!(search(&items, "").is_empty());
        });
    }
}
