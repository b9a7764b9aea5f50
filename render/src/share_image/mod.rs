//! The sharing pictures (`og:image`): a 1200 × 630 PNG per page, drawn at build time from an
//! SVG written here and rasterised with `resvg`, in the edition's language. Each picture is
//! the page's own drawing where it has one (the land maps, the tracks picture), or its words
//! in large type, and every one carries the explainer's name and its snapshot date.
//!
//! The text is set in DejaVu Sans, shipped in `assets/fonts/` with its licence and built into
//! the pre-render: no system font is ever looked up, so every machine draws the same picture,
//! Latin and Cyrillic alike. The words are the record's and the interface's (`tr`), wrapped
//! by measuring the font's glyph advances, and cut with "…" where they would overflow. The
//! colours are the light theme's, read from `style/main.css`'s tokens.
//!
//! Native only: neither `resvg` nor the fonts reach the wasm.

use crate::drawing::{in_language, record};
use crate::words::{long_date, tr, trf};
use canvas::{capitalised, footer, Svg, BOLD, REGULAR};
use event::{event_card, long_when};
use issue::positions;
use maps::{maps, MapsHeading};
use model::lang::Lang;
use model::types::{EventId, IssueId};
use model::url_state::View;
use plans::{compared, plans, plans_on};
use raster::rasterise;
use std::path::Path;
use title_card::title_card;
use tracks::tracks;

mod canvas;
mod event;
mod issue;
mod maps;
mod plans;
mod raster;
mod title_card;
mod tracks;

/// The code of every file here, which decides how a picture is drawn: part of the cache's
/// key, so a change to any of them draws every picture anew. A test checks that none is
/// left out.
const CODE: [&str; 9] = [
    include_str!("mod.rs"),
    include_str!("canvas.rs"),
    include_str!("raster.rs"),
    include_str!("maps.rs"),
    include_str!("tracks.rs"),
    include_str!("title_card.rs"),
    include_str!("issue.rs"),
    include_str!("plans.rs"),
    include_str!("event.rs"),
];

/// The picture's size in pixels: what link previews show large (1.91 : 1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The picture's file, beside its page's `index.html`.
pub const FILE: &str = common::hooks::SHARE_PICTURE;

/// What a picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// A view's page: the land maps for the positions, the tracks for the timeline, a title
    /// card for the others.
    View(View),
    /// One issue: each party's position at the snapshot.
    Issue(IssueId),
    /// The land maps, with their legend.
    Land,
    /// The two documents "Compare the plans" first shows: what each says on the issue, or,
    /// without one, on every issue either speaks of.
    Plans(Option<IssueId>),
    /// One event: its date and title.
    Event(EventId),
}

impl Picture {
    /// A card's picture: the drawing of its piece.
    pub fn of_card(card: model::cards::Card) -> Picture {
        use model::cards::Card;
        match card {
            Card::Issue(issue) => Picture::Issue(issue),
            Card::Land => Picture::Land,
            Card::Plans(issue) => Picture::Plans(issue),
            Card::Event(event) => Picture::Event(event),
        }
    }
}

/// The picture as a PNG, in `lang`.
pub fn draw(lang: Lang, picture: &Picture) -> Result<Vec<u8>, String> {
    rasterise(&svg(lang, picture))
}

/// The picture as a PNG, in `lang`, taken from `cache` (a folder) when an earlier build drew
/// the same SVG with the same code and fonts, else drawn and kept there: rasterising is most
/// of the pre-render's time, and most pictures do not change from one build to the next.
pub fn draw_cached(lang: Lang, picture: &Picture, cache: &Path) -> Result<Vec<u8>, String> {
    let svg = svg(lang, picture);
    // The pictures' code, the fonts and the SVG decide the picture.
    let key = [CODE.concat().as_bytes(), REGULAR, BOLD, svg.as_bytes()]
        .iter()
        .flat_map(|part| part.iter())
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    let kept = cache.join(format!("{key:016x}.png"));
    if let Ok(png) = std::fs::read(&kept) {
        return Ok(png);
    }
    let png = rasterise(&svg)?;
    // A cache that cannot be written only costs time next build.
    let _ = std::fs::create_dir_all(cache).and_then(|()| std::fs::write(&kept, &png));
    Ok(png)
}

/// The picture's SVG, in `lang`, before it is rasterised.
pub fn svg(lang: Lang, picture: &Picture) -> String {
    in_language(lang, || {
        let mut s = Svg::new();
        match *picture {
            Picture::View(View::Positions) => maps(&mut s, MapsHeading::Explainer),
            Picture::Land => maps(&mut s, MapsHeading::Land),
            Picture::View(View::Timeline) => tracks(&mut s),
            Picture::View(view) => title_card(&mut s, view),
            Picture::Issue(issue) => positions(&mut s, issue),
            Picture::Plans(Some(issue)) => plans_on(&mut s, issue),
            Picture::Plans(None) => plans(&mut s),
            Picture::Event(event) => event_card(&mut s, event),
        }
        footer(&mut s);
        s.finish()
    })
}

/// A short description of the picture for readers who cannot see it (`og:image:alt`), in
/// the language being drawn.
pub fn alt(picture: &Picture) -> String {
    let r = record();
    let date = long_date(r.meta.as_of);
    match *picture {
        Picture::View(View::Positions) | Picture::Land => land_intro(),
        Picture::View(View::Timeline) => trf(
            "Each row a track of the talks and each mark an event, across time; hollow marks come after {date}",
            &[("date", &date)],
        ),
        Picture::View(view) => trf(
            "{view} — the Russia–Ukraine peace talks, as of {date}",
            &[("view", tr(view.label())), ("date", &date)],
        ),
        Picture::Issue(issue) => trf(
            "Each side's position on “{issue}”, as of {date}",
            &[("issue", r.issue(issue).name), ("date", &date)],
        ),
        Picture::Plans(Some(issue)) => {
            let [first, second] = compared();
            trf(
                "What the {first} and the {second} say on “{issue}”",
                &[
                    ("first", r.document(first).short),
                    ("second", r.document(second).short),
                    ("issue", r.issue(issue).name),
                ],
            )
        }
        Picture::Plans(None) => {
            let [first, second] = compared();
            capitalised(&trf(
                "The {first} and the {second} compared, issue by issue",
                &[
                    ("first", r.document(first).short),
                    ("second", r.document(second).short),
                ],
            ))
        }
        Picture::Event(event) => {
            let e = r.event(event);
            format!("{}: {}", long_when(e.when), e.title)
        }
    }
}

/// "What each side's position on “Sovereignty over occupied land” says about each of
/// Ukraine's regions, as of 22 January 2026", as the land maps' introduction says it. The
/// issue's name is quoted as written: lower-cased, it read "zaporizhzhia" and «аес».
fn land_intro() -> String {
    let r = record();
    let issue = r.map.issue.map_or("", |i| r.issue(i).name);
    trf(
        "What each side's position on “{issue}” says about each of Ukraine's regions, as of ",
        &[("issue", issue)],
    ) + &long_date(r.meta.as_of)
}

/// Every picture the API can draw, for the record's items, in the language being drawn.
#[cfg(test)]
pub fn every_picture() -> Vec<Picture> {
    let r = record();
    let mut all: Vec<Picture> = View::ALL.into_iter().map(Picture::View).collect();
    all.push(Picture::Land);
    all.push(Picture::Plans(None));
    for group in r.group_ids() {
        for (issue, _) in r.issues_in(group) {
            all.push(Picture::Issue(issue));
            all.push(Picture::Plans(Some(issue)));
        }
    }
    all.extend(r.event_ids().map(Picture::Event));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The width and height a PNG's header gives, after checking its signature.
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "the PNG signature");
        assert_eq!(&png[12..16], b"IHDR", "the first chunk is the header");
        let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        (number(16), number(20))
    }

    #[test]
    fn the_cache_key_holds_the_code_of_every_file_here() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/share_image");
        let files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .collect();
        assert_eq!(
            files.len(),
            CODE.len(),
            "name every file of {dir:?} in CODE"
        );
        for file in files {
            let code = std::fs::read_to_string(&file).unwrap();
            assert!(CODE.contains(&code.as_str()), "{file:?} is not in CODE");
        }
    }

    #[test]
    fn a_cached_picture_is_the_one_drawn_and_each_picture_has_its_own() {
        let cache = std::env::temp_dir().join(format!("share-pictures-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&cache);
        let people = Picture::View(View::People);
        let drawn = draw_cached(Lang::En, &people, &cache).unwrap();
        assert_eq!(drawn, draw(Lang::En, &people).unwrap());
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 1, "kept once");
        assert_eq!(draw_cached(Lang::En, &people, &cache).unwrap(), drawn);
        let ukrainian = draw_cached(Lang::Uk, &people, &cache).unwrap();
        assert_ne!(ukrainian, drawn, "another language is another picture");
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 2);
        std::fs::remove_dir_all(&cache).unwrap();
    }

    #[test]
    fn every_views_picture_is_a_png_of_1200_by_630_under_100_kb() {
        for lang in [Lang::En, Lang::Uk] {
            for view in View::ALL {
                let png = draw(lang, &Picture::View(view)).unwrap();
                assert_eq!(png_size(&png), (1200, 630), "{lang:?} {view:?}");
                assert!(
                    png.len() < 100_000,
                    "{lang:?} {view:?}: {} bytes",
                    png.len()
                );
            }
        }
    }

    #[test]
    fn the_other_pictures_draw_too() {
        for lang in [Lang::En, Lang::Uk] {
            let (issue, event) = in_language(lang, || {
                let r = record();
                // The longest title: the one most likely to overflow.
                let event = r
                    .event_ids()
                    .max_by_key(|e| r.event(*e).title.len())
                    .unwrap();
                (
                    r.outline
                        .issues_in(model::types::GroupId(0))
                        .next()
                        .unwrap(),
                    event,
                )
            });
            for picture in [
                Picture::Land,
                Picture::Issue(issue),
                Picture::Plans(Some(issue)),
                Picture::Plans(None),
                Picture::Event(event),
            ] {
                let png = draw(lang, &picture).unwrap();
                assert_eq!(png_size(&png), (1200, 630), "{lang:?} {picture:?}");
                assert!(
                    png.len() < 100_000,
                    "{lang:?} {picture:?}: {} bytes",
                    png.len()
                );
            }
        }
    }

    #[test]
    fn every_pictures_svg_is_well_formed_with_its_words_escaped() {
        for lang in [Lang::En, Lang::Uk] {
            for picture in in_language(lang, every_picture) {
                let svg = svg(lang, &picture);
                if let Err(e) = parses(&svg) {
                    panic!("{lang:?} {picture:?}: {e}");
                }
                assert!(!in_language(lang, || alt(&picture)).is_empty());
            }
        }
    }

    /// Whether `svg` parses as SVG, without drawing it.
    fn parses(svg: &str) -> Result<(), String> {
        let options = resvg::usvg::Options::default();
        resvg::usvg::Tree::from_str(svg, &options)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}
