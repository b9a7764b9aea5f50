//! Each edition's Atom feed (RFC 4287, `feed.xml` at the edition's root): what changed in the
//! record since it was published. An entry for each correction to the explainer
//! (`revisions.json`), each event after the snapshot, and each stance or document dated after
//! it, newest first, each linking to its item in the explainer.
//!
//! Everything in it comes from the record: an entry's `updated` is the item's own date and the
//! feed's the record's last change (`Record::last_change`), never the build's time, so a
//! rebuild with no change writes the same bytes. An entry's id is made from what never
//! changes (its kind and the item's id), not from its words.

use crate::drawing::{lang, outline, record};
use crate::words::{tr, trf};
use model::date::Date;
use model::embed::attr;
use model::url_state::UrlState;

/// The feed's file name, at each edition's root.
pub const FILE: &str = "feed.xml";

/// One entry of the feed.
#[derive(Debug)]
pub struct Entry {
    /// What never changes about the item: its kind and id (`revision/alaska-later-name`).
    pub key: String,
    pub kind: Kind,
    pub title: String,
    /// The entry's text, in paragraphs.
    pub text: Vec<String>,
    /// The item in the explainer, relative to the edition's root (`timeline/?event=…`).
    pub address: String,
    pub updated: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Correction,
    Event,
    Stance,
    Document,
}

impl Kind {
    fn term(self) -> &'static str {
        match self {
            Kind::Correction => "correction",
            Kind::Event => "event",
            Kind::Stance => "position",
            Kind::Document => "document",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Correction => tr("Correction to this explainer"),
            Kind::Event => tr("Event after the snapshot"),
            Kind::Stance => tr("Position after the snapshot"),
            Kind::Document => tr("Peace text after the snapshot"),
        }
    }
}

/// The feed's entries in the language being drawn, newest first (by key on the same day).
pub fn entries() -> Vec<Entry> {
    let r = record();
    let o = outline();
    let as_of = r.meta.as_of;
    let link = |state: UrlState| state.to_address(o);
    let mut entries: Vec<Entry> = r
        .revisions
        .iter()
        .map(|x| Entry {
            key: format!("revision/{}", x.id),
            kind: Kind::Correction,
            title: x.what.to_owned(),
            text: vec![
                format!("{}{}", tr("It said: "), x.before),
                format!("{}{}", tr("It now says: "), x.after),
                format!("{}{}", tr("Why: "), x.why),
            ],
            address: format!(
                "{}#{}",
                model::url_state::View::Sources.folder(),
                revision_anchor(x.id)
            ),
            updated: x.when,
        })
        .collect();
    for id in r.event_ids() {
        let event = r.event(id);
        if event.when.starts_after(as_of) {
            entries.push(Entry {
                key: format!("event/{}", event.id),
                kind: Kind::Event,
                title: event.title.to_owned(),
                text: vec![event.summary.to_owned()],
                address: link(UrlState {
                    view: model::url_state::View::Timeline,
                    event: Some(id),
                    ..UrlState::default_for(o)
                }),
                updated: event.when.start().first_day(),
            });
        }
    }
    for stance in r.stances.iter().filter(|s| s.from > as_of) {
        let (party, issue) = (r.party(stance.party), r.issue(stance.issue));
        entries.push(Entry {
            key: format!("stance/{}/{}/{}", issue.id, party.id, stance.from.iso()),
            kind: Kind::Stance,
            title: trf(
                "{party} on “{issue}”: {summary}",
                &[
                    ("party", party.name),
                    ("issue", issue.name),
                    ("summary", stance.summary),
                ],
            ),
            text: vec![stance.details.to_owned()],
            address: link(UrlState {
                issue: Some(stance.issue),
                party: Some(stance.party),
                as_of: Some(stance.from),
                ..UrlState::default_for(o)
            }),
            updated: stance.from,
        });
    }
    for id in o.document_ids() {
        let document = r.document(id);
        if document.when.starts_after(as_of) {
            // The new text beside the one before it, or the texts compared first.
            let mut state = UrlState {
                view: model::url_state::View::Plans,
                ..UrlState::default_for(o)
            };
            if let Some(before) = o.document_ids().filter(|d| *d < id).last() {
                state.documents = vec![before, id];
            }
            entries.push(Entry {
                key: format!("document/{}", document.id),
                kind: Kind::Document,
                title: document.title.to_owned(),
                text: vec![document.public.to_owned()],
                address: link(state),
                updated: document.when.start().first_day(),
            });
        }
    }
    entries.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.key.cmp(&b.key)));
    entries
}

/// The anchor of a correction in the corrections list of the sources page.
pub fn revision_anchor(id: &str) -> String {
    format!("revision-{id}")
}

/// The feed of the edition being drawn. `site`: the address the editions are hosted at;
/// with it the links are absolute and the feed names its own address (`rel="self"`), without
/// it they are relative to the feed, which sits at the edition's root.
pub fn atom(site: Option<&str>) -> String {
    let r = record();
    let root = site.map_or(String::new(), |site| format!("{site}{}", lang().folder()));
    // Absolute on a known host; else relative to the feed, at the edition's root, where the
    // positions' page is `./`.
    let here = |address: &str| match address {
        "" => attr(if root.is_empty() { "./" } else { &root }),
        _ if root.is_empty() && address.starts_with('?') => attr(&format!("./{address}")),
        _ => attr(&format!("{root}{address}")),
    };
    let mut xml = String::new();
    xml.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        lang().code()
    ));
    xml.push_str(&format!(
        "<id>{}</id>\n",
        id_of(&format!("feed/{}", lang().code()))
    ));
    xml.push_str(&format!("<title>{}</title>\n", attr(&title())));
    xml.push_str(&format!(
        "<subtitle>{}</subtitle>\n",
        attr(&trf(
            "Corrections to the explainer, and the events, positions and peace texts added after {date}.",
            &[("date", &crate::words::long_date(r.meta.as_of))]
        ))
    ));
    xml.push_str(&format!("<updated>{}</updated>\n", stamp(r.last_change())));
    xml.push_str(&format!(
        "<author><name>{}</name></author>\n",
        attr(tr("The Russia–Ukraine peace talks explainer"))
    ));
    xml.push_str(&format!(
        "<link rel=\"alternate\" type=\"text/html\" hreflang=\"{}\" href=\"{}\"/>\n",
        lang().code(),
        if root.is_empty() {
            "./".to_owned()
        } else {
            here("")
        }
    ));
    if site.is_some() {
        xml.push_str(&format!(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            here(FILE)
        ));
    }
    for entry in entries() {
        let body: String = entry
            .text
            .iter()
            .map(|p| format!("<p>{}</p>", attr(p)))
            .collect();
        xml.push_str(&format!(
            concat!(
                "<entry>\n",
                "<id>{id}</id>\n",
                "<title>{title}</title>\n",
                "<updated>{updated}</updated>\n",
                "<link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/>\n",
                "<category term=\"{term}\" label=\"{label}\"/>\n",
                "<content type=\"html\">{content}</content>\n",
                "</entry>\n"
            ),
            id = id_of(&format!("{}/{}", lang().code(), entry.key)),
            title = attr(&entry.title),
            updated = stamp(entry.updated),
            link = here(&entry.address),
            term = entry.kind.term(),
            label = attr(entry.kind.label()),
            content = attr(&body),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// The feed's title, which the pages' discovery links repeat.
pub fn title() -> String {
    tr("The Russia–Ukraine peace talks: what changed").to_owned()
}

/// A day as an Atom date (RFC 3339): its start, in UTC.
fn stamp(day: Date) -> String {
    format!("{}T00:00:00Z", day.first_day().iso())
}

/// A stable id for `key`: a name-based UUID (RFC 9562's version 8, from SHA-256) as a URN,
/// the same wherever the explainer is hosted and whatever its words.
pub fn id_of(key: &str) -> String {
    use sha2::Digest;
    let hash = sha2::Sha256::digest(format!("peace-talks-explainer/{key}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&hash[..16]);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8
    b[8] = (b[8] & 0x3f) | 0x80; // the RFC's variant
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::drawing::in_language;
    use model::lang::Lang;

    /// Every correction and every event after the snapshot is in each edition's feed, with
    /// its link, once.
    #[test]
    fn every_correction_and_later_event_is_in_the_feed() {
        for lang in [Lang::En, Lang::Uk] {
            in_language(lang, || {
                let r = record();
                let feed = atom(None);
                for x in r.revisions {
                    let link = format!("href=\"sources/#revision-{}\"", x.id);
                    assert_eq!(feed.matches(&link).count(), 1, "{lang:?}: {link}");
                    assert!(feed.contains(&attr(x.what)), "{lang:?}: {}", x.what);
                }
                let later: Vec<_> = r
                    .events
                    .iter()
                    .filter(|e| e.when.starts_after(r.meta.as_of))
                    .collect();
                assert_eq!(
                    later.len(),
                    15,
                    "the research's 15 events after the snapshot"
                );
                for e in later {
                    let link = format!("href=\"timeline/?event={}\"", e.id);
                    assert_eq!(feed.matches(&link).count(), 1, "{lang:?}: {link}");
                }
                let stances = r.stances.iter().filter(|s| s.from > r.meta.as_of).count();
                let expected = r.revisions.len() + 15 + stances;
                assert_eq!(feed.matches("<entry>").count(), expected, "{lang:?}");
                assert!(feed.contains(&format!("xml:lang=\"{}\"", lang.code())));
            });
        }
    }

    #[test]
    fn its_dates_are_the_records_and_the_newest_comes_first() {
        in_language(Lang::En, || {
            let r = record();
            let feed = atom(None);
            let updated = format!("<updated>{}T00:00:00Z</updated>", r.last_change().iso());
            assert_eq!(feed.find(&updated), feed.find("<updated>"), "{feed}");
            let days: Vec<Date> = entries().iter().map(|e| e.updated).collect();
            assert!(days.windows(2).all(|w| w[0] >= w[1]), "{days:?}");
            // The Russian position on Donbas of 23 January, linked at its date.
            assert!(feed.contains("href=\"./?issue=donbas&amp;party=russia&amp;asof=2026-01-23\""));
        });
    }

    #[test]
    fn ids_do_not_depend_on_the_words_or_the_host() {
        let id = id_of("en/revision/alaska-later-name");
        assert_eq!(id.len(), "urn:uuid:".len() + 36);
        assert_eq!(&id[9 + 14..9 + 15], "8", "version 8: {id}");
        assert_ne!(id, id_of("uk/revision/alaska-later-name"));
        in_language(Lang::En, || {
            let plain = atom(None);
            let hosted = atom(Some("https://news.example/talks/"));
            let ids = |feed: &str| -> Vec<String> {
                feed.split("<id>")
                    .skip(1)
                    .map(|s| s[..s.find('<').unwrap()].to_owned())
                    .collect()
            };
            assert_eq!(ids(&plain), ids(&hosted));
            assert!(hosted.contains(
                "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://news.example/talks/feed.xml\"/>"
            ));
            assert!(hosted.contains("href=\"https://news.example/talks/timeline/?event="));
            assert!(!plain.contains("rel=\"self\""));
            assert_eq!(plain, atom(None), "the same record writes the same feed");
        });
        in_language(Lang::Uk, || {
            let hosted = atom(Some("https://news.example/talks/"));
            assert!(hosted.contains("href=\"https://news.example/talks/uk/feed.xml\""));
        });
    }
}
