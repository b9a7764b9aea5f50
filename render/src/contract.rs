//! The contract checked: every page of both editions is rendered once, scanned for its
//! elements, and every hook of `hooks.rs` looked for in them. A hook renamed on one side
//! only, or an element the script looks for that the page no longer draws, fails here rather
//! than silently in the browser, where the script's `if let Some(el)` would do nothing.
//!
//! Every constant of `hooks.rs` is in one of the lists below and every function has a test
//! (`every_hook_is_checked` reads the file to make sure).

use common::hooks::*;
use common::outline;
use common::picture::FIRST_WIDTH;
use model::cards::{Card, Problem};
use model::date::Date;
use model::lanes::{Anchor, Tip};
use model::lanes::{Layout, Zoom};
use model::lang::Lang;
use model::moves::{Move, Target};
use model::url_state::View;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A list of hooks with their names, for the messages and the check that none is left out.
macro_rules! named {
    ($($hook:ident),* $(,)?) => { &[$((stringify!($hook), $hook)),*] };
}

/// The ids the script finds with `by_id`.
const IDS: &[(&str, &str)] = named![
    MAIN,
    AS_OF_RANGE,
    AS_OF_JUMP,
    EVENT_SEARCH,
    PERSON_FILTER,
    EMBED_DIALOG,
    EMBED_OPEN,
    EMBED_CODE,
    EMBED_LINK,
    EMBED_PREVIEW,
    LAND_TITLE_ID,
    TRACKS_TITLE,
    TRACKS_HELP,
];

/// The classes the script looks for.
const CLASSES: &[(&str, &str)] = named![
    VIEW_LINK,
    MASTHEAD,
    OPEN_FULL,
    LANGUAGE_SWITCH,
    SHARE_STATUS,
    DIALOG_STATUS,
    FOR_VIEW,
    FOR_CARD,
    ISSUE_NAME,
    DISCLOSURE,
    FOLD_TOGGLE,
    AS_OF_CONTROL,
    AS_OF_DATE,
    READING_DATE,
    AS_OF_STEP,
    AS_OF_STEPS,
    AFTER_NOTE,
    CHANGED_MARK,
    VERSION,
    POSITIONS_TABLE,
    PLANS_TABLE,
    LAND,
    GROUP_ROW,
    CHANGE,
    ERA,
    EMPTY,
    MORE,
    RESULT_COUNT,
    EVENT_WHEN,
    EVENT_TITLE,
    EVENT_SUMMARY,
    EVENT_PLACE,
    EVENT_PEOPLE,
    EVENT_TRACKS,
    TRACKS_CANVAS,
    TRACKS_SVG,
    MARK,
    CARD_CREDIT,
];

/// The attributes the script reads in the pages.
const ATTRIBUTES: &[(&str, &str)] = named![
    VIEW_ATTR,
    GO_ATTR,
    PLACE_ATTR,
    FOCUS_ATTR,
    ACTION_ATTR,
    TOGGLE_ATTR,
    FROM_ATTR,
    UNTIL_ATTR,
    FOLLOWS_ATTR,
    DAY_ATTR,
    GROUP_ATTR,
    DOCUMENT_ATTR,
    PAIR_ATTR,
    CARD_ATTR,
    EDITION_ATTR,
    PROBLEM_ATTR,
    FOLDED,
];

/// The classes the script writes for the stylesheet (besides the tip's places).
const STYLESHEET_CLASSES: &[(&str, &str)] =
    named![SELECTED, CHANGED, FADED, EMBEDDED, TIP, TIP_WHEN, TIP_TITLE];

/// The attributes the script writes for the stylesheet.
const STYLESHEET_ATTRIBUTES: &[(&str, &str)] = named![THEME_ATTR];

/// The attributes the script reads in the file of every stance version.
const VERSIONS_FILE_ATTRIBUTES: &[(&str, &str)] = named![CELL_ATTR];

/// Named from their constant wherever they are written and read, and in no page: the file of
/// every stance version (the pre-render writes it, the script fetches it), the mark the
/// script leaves on the positions table once the versions are in (only it reads it), and
/// each page's sharing picture (the pre-render draws it, the Embed dialog's code names it).
const OWN: &[(&str, &str)] = named![STANCE_VERSIONS_FILE, ALL_VERSIONS_ATTR, SHARE_PICTURE];

/// The hooks that live outside the pages Rust draws: each, the file that writes or reads
/// it, and how it is written there.
fn elsewhere() -> [(&'static str, &'static str, String); 19] {
    let dataset = |attr: &str| format!("dataset.{}", attr.strip_prefix("data-").unwrap());
    [
        (
            "START_SCRIPT",
            "Trunk.toml",
            format!("id=\"{START_SCRIPT}\""),
        ),
        ("PAGE_ATTR", "assets/start.js", dataset(PAGE_ATTR)),
        ("CARD_ATTR", "assets/start.js", dataset(CARD_ATTR)),
        ("CARD_BODY", "assets/start.js", format!("'.{CARD_BODY}'")),
        ("CARD_MORE", "assets/start.js", format!("'.{CARD_MORE}'")),
        ("FITTED", "style/main.css", format!(".{FITTED} ")),
        ("CITE_TEXT", "assets/start.js", format!("'{CITE_TEXT}'")),
        ("CITE_BIBTEX", "assets/start.js", format!("'{CITE_BIBTEX}'")),
        (
            "CITE_TEMPLATE_ATTR",
            "assets/start.js",
            dataset(CITE_TEMPLATE_ATTR),
        ),
        (
            "CITE_COPY_ATTR",
            "assets/start.js",
            format!("[{CITE_COPY_ATTR}]"),
        ),
        (
            "CITE_STATUS",
            "assets/start.js",
            format!("'.{CITE_STATUS}'"),
        ),
        (
            "CITE_ADDRESS",
            "assets/start.js",
            format!("'{CITE_ADDRESS}'"),
        ),
        ("CITE_READ", "assets/start.js", format!("'{CITE_READ}'")),
        (
            "CITE_READ_ISO",
            "assets/start.js",
            format!("'{CITE_READ_ISO}'"),
        ),
        ("SHARE_ATTR", "assets/start.js", format!("[{SHARE_ATTR}]")),
        (
            "SEARCH_INPUT",
            "assets/start.js",
            format!("'{SEARCH_INPUT}'"),
        ),
        (
            "SEARCH_RESULTS",
            "assets/search.js",
            "aria-controls".to_owned(),
        ),
        (
            "SEARCH_STATUS",
            "assets/search.js",
            "dataset.status".to_owned(),
        ),
        (
            "APP_ATTR",
            "tests/browser/harness.mjs",
            format!("[{APP_ATTR}=\"ready\"]"),
        ),
    ]
}

/// The functions of `hooks.rs`, each checked by a test below.
const FUNCTIONS: &[&str] = &[
    "view_id",
    "view_title_id",
    "view_link_id",
    "issue_id",
    "cell_id",
    "plans_row_id",
    "event_id",
    "event_sources_id",
    "target_id",
    "mark_id",
    "mark_index",
    "party_class",
    "pair",
    "card_heading",
    "tip_class",
];

// ---- The pages, scanned ----

/// One start tag of a page: its name, its attributes as written, and the text right after
/// it (up to the next tag).
struct Element {
    attrs: Vec<(String, String)>,
    text: String,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn id(&self) -> Option<&str> {
        self.attr("id")
    }

    fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }
}

/// The start tags of `html`, in order. Enough for the pre-render's markup, which quotes
/// every attribute value with `"` and escapes `<`, `>` and `"` inside text and values.
fn elements(html: &str) -> Vec<Element> {
    let name_end = |s: &str| {
        s.find(|c: char| c.is_whitespace() || "=>/".contains(c))
            .unwrap_or(s.len())
    };
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        if rest.starts_with(['/', '!']) {
            continue;
        }
        rest = &rest[name_end(rest)..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start();
            if rest.is_empty() || rest.starts_with('>') || rest.starts_with("/>") {
                break;
            }
            let end = name_end(rest).max(1);
            let name = rest[..end].to_owned();
            rest = &rest[end..];
            let mut value = String::new();
            if let Some(quoted) = rest.strip_prefix("=\"") {
                let end = quoted.find('"').expect("a closing quote");
                value = quoted[..end].to_owned();
                rest = &quoted[end + 1..];
            }
            attrs.push((name, value));
        }
        rest = rest.trim_start_matches('/').trim_start_matches('>');
        let text = rest[..rest.find('<').unwrap_or(rest.len())]
            .trim()
            .to_owned();
        out.push(Element { attrs, text });
    }
    out
}

struct Page {
    lang: Lang,
    view: View,
    /// The card, on a card's page (its view is the card's).
    card: Option<Card>,
    elements: Vec<Element>,
}

impl Page {
    fn ids(&self) -> HashSet<&str> {
        self.elements.iter().filter_map(Element::id).collect()
    }

    fn has_class(&self, class: &str) -> bool {
        self.elements.iter().any(|e| e.has_class(class))
    }

    fn has_attr(&self, name: &str) -> bool {
        self.elements.iter().any(|e| e.attr(name).is_some())
    }

    /// Every value of attribute `name` in the page.
    fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.elements.iter().filter_map(move |e| e.attr(name))
    }

    fn name(&self) -> String {
        match self.card {
            Some(card) => format!("{} card {}", self.lang.code(), card.name(outline())),
            None => format!("{} {}", self.lang.code(), self.view.slug()),
        }
    }
}

const EDITIONS: [Lang; 2] = [Lang::En, Lang::Uk];

/// A card of each kind (`model::cards`): their pages are the views' markup, so the same
/// hooks hold in them.
fn some_cards() -> Vec<Card> {
    let o = outline();
    let issue = o.issue_ids().next().unwrap();
    let event = o.event_ids().next().unwrap();
    vec![
        Card::Issue(issue),
        Card::Land,
        Card::Plans(None),
        Card::Plans(Some(issue)),
        Card::Event(event),
    ]
}

/// Every page of both editions, and a card of each kind, rendered and scanned once for all
/// the tests.
fn pages() -> &'static [Page] {
    static PAGES: OnceLock<Vec<Page>> = OnceLock::new();
    PAGES.get_or_init(|| {
        let mut pages: Vec<Page> = EDITIONS
            .into_iter()
            .flat_map(|lang| View::ALL.map(|view| (lang, view)))
            .map(|(lang, view)| Page {
                lang,
                view,
                card: None,
                elements: elements(&crate::render(lang, view, None).1),
            })
            .collect();
        for lang in EDITIONS {
            pages.extend(some_cards().into_iter().map(|card| Page {
                lang,
                view: card.view(),
                card: Some(card),
                elements: elements(&crate::render_card(lang, card, None).1),
            }));
        }
        pages
    })
}

/// The page of a view (not a card's).
fn page(lang: Lang, view: View) -> &'static Page {
    pages()
        .iter()
        .find(|p| p.lang == lang && p.view == view && p.card.is_none())
        .unwrap()
}

fn cards() -> impl Iterator<Item = &'static Page> {
    pages().iter().filter(|p| p.card.is_some())
}

fn edition(lang: Lang) -> impl Iterator<Item = &'static Page> {
    pages().iter().filter(move |p| p.lang == lang)
}

/// A file of the repository, named from its root.
fn read(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

// ---- The checks ----

#[test]
fn the_scan_reads_tags_attributes_and_text() {
    let found = elements(
        "<!-- <b id=\"no\"> --><p class=\"a b\" hidden data-x=\"1 > 0\">Hi <i>there</i></p><!><br/>",
    );
    assert_eq!(found.len(), 3);
    assert!(found[0].has_class("b") && !found[0].has_class("a b"));
    assert_eq!(found[0].attr("hidden"), Some(""));
    assert_eq!(found[0].attr("data-x"), Some("1 > 0"));
    assert_eq!(found[0].text, "Hi");
    assert_eq!(found[1].text, "there");
    assert!(found[2].attrs.is_empty());
}

#[test]
fn every_id_the_script_looks_for_is_in_the_pages() {
    let o = outline();
    for lang in EDITIONS {
        let ids: HashSet<&str> = edition(lang).flat_map(Page::ids).collect();
        for (name, id) in IDS {
            assert!(ids.contains(id), "{name} = {id:?} is in no {lang:?} page");
        }
        for view in View::ALL {
            let here = page(lang, view);
            let ids = here.ids();
            let mut expected = vec![MAIN.to_owned(), view_id(view), view_title_id(view)];
            expected.extend(View::ALL.map(view_link_id));
            match view {
                View::Positions => {
                    for issue in o.issue_ids() {
                        expected.push(issue_id(issue));
                        expected.extend(o.party_ids().map(|party| cell_id(issue, party)));
                    }
                }
                View::Plans => expected.extend(o.issue_ids().map(plans_row_id)),
                View::Timeline => {
                    expected.extend(o.event_ids().map(event_id));
                    expected.extend(o.event_ids().map(event_sources_id));
                    let layout = Layout::new(o, Zoom::default(), FIRST_WIDTH, lang);
                    expected.extend((0..layout.marks.len()).map(mark_id));
                    let marks = here.elements.iter().filter(|e| e.has_class(MARK));
                    assert_eq!(marks.count(), layout.marks.len(), "{}", here.name());
                }
                View::People | View::Sources => {}
            }
            for id in &expected {
                assert!(ids.contains(id.as_str()), "no id {id:?} in {}", here.name());
            }
        }
    }
}

#[test]
fn every_card_has_its_view_its_credit_and_its_notices() {
    for page in cards() {
        let card = page.card.unwrap();
        let ids = page.ids();
        for id in [MAIN.to_owned(), view_id(card.view())] {
            assert!(ids.contains(id.as_str()), "no id {id:?} in {}", page.name());
        }
        assert!(page.has_class(CARD_CREDIT), "no credit in {}", page.name());
        let notices: Vec<&str> = page.values(PROBLEM_ATTR).collect();
        let expected: Vec<&str> = Problem::ALL
            .into_iter()
            .filter(|p| card.can_have(*p))
            .map(Problem::slug)
            .collect();
        assert_eq!(notices, expected, "{}", page.name());
        // A card with nothing to control has nothing that needs the script.
        if !card.has_control() {
            assert!(
                !page.has_class("needs-app"),
                "{} has a control but no reason to load the script",
                page.name()
            );
        }
        // A card's links are plain links to the full explainer: no moves within the page.
        assert!(!page.has_attr(GO_ATTR), "{} has a move", page.name());
    }
}

#[test]
fn every_id_is_once_in_its_page() {
    for page in pages() {
        let mut seen = HashSet::new();
        for id in page.elements.iter().filter_map(Element::id) {
            assert!(seen.insert(id), "id {id:?} twice in {}", page.name());
        }
    }
}

#[test]
fn a_target_is_the_element_of_its_kind() {
    let o = outline();
    let (issue, party, event) = (
        o.issue_ids().next().unwrap(),
        o.party_ids().last().unwrap(),
        o.event_ids().last().unwrap(),
    );
    assert_eq!(target_id(Target::IssueRow(issue)), issue_id(issue));
    assert_eq!(target_id(Target::Cell(issue, party)), cell_id(issue, party));
    assert_eq!(target_id(Target::PlansRow(issue)), plans_row_id(issue));
    assert_eq!(target_id(Target::Event(event)), event_id(event));
}

#[test]
fn a_mark_is_found_from_its_id() {
    for i in [0, 7, 123] {
        assert_eq!(mark_index(&mark_id(i)), Some(i));
    }
    for bad in ["", "mark-", "mark-x", "marks-1", "event-1", "mark--1"] {
        assert_eq!(mark_index(bad), None, "{bad:?}");
    }
}

#[test]
fn every_class_the_script_looks_for_is_in_the_pages() {
    let o = outline();
    for lang in EDITIONS {
        for (name, class) in CLASSES {
            assert!(
                edition(lang).any(|p| p.has_class(class)),
                "{name} = {class:?} is the class of nothing in the {lang:?} pages"
            );
        }
        let positions = page(lang, View::Positions);
        for party in o.party_ids() {
            let class = party_class(party);
            assert!(positions.has_class(&class), "no {class:?} in {lang:?}");
        }
    }
}

#[test]
fn every_attribute_the_script_reads_is_in_the_pages() {
    for lang in EDITIONS {
        for (name, attr) in ATTRIBUTES {
            assert!(
                edition(lang).any(|p| p.has_attr(attr)),
                "{name} = {attr:?} is on nothing in the {lang:?} pages"
            );
        }
    }
}

#[test]
fn every_button_and_chip_says_what_it_does_and_every_one_is_there() {
    let o = outline();
    for lang in EDITIONS {
        let mut actions = Vec::new();
        let mut toggles = Vec::new();
        for page in edition(lang) {
            for value in page.values(ACTION_ATTR) {
                let action = Action::parse(value);
                assert!(
                    action.is_some(),
                    "{ACTION_ATTR}={value:?} in {}",
                    page.name()
                );
                actions.extend(action);
            }
            for value in page.values(TOGGLE_ATTR) {
                let toggle = Toggle::parse(value, o);
                assert!(
                    toggle.is_some(),
                    "{TOGGLE_ATTR}={value:?} in {}",
                    page.name()
                );
                toggles.extend(toggle);
            }
        }
        for action in Action::ALL {
            assert!(
                actions.contains(&action),
                "no {action:?} button in {lang:?}"
            );
        }
        for toggle in Toggle::all(o) {
            assert!(toggles.contains(&toggle), "no {toggle:?} chip in {lang:?}");
        }
    }
}

#[test]
fn every_value_the_script_reads_names_something_of_the_record() {
    let o = outline();
    let cells: HashSet<String> = o
        .issue_ids()
        .flat_map(|i| o.party_ids().map(move |p| cell_id(i, p)))
        .collect();
    let document = |id: &str| o.find_document(id).is_some();
    for lang in EDITIONS {
        let ids: HashSet<&str> = edition(lang).flat_map(Page::ids).collect();
        for page in edition(lang) {
            let at = page.name();
            for attr in [GO_ATTR, PLACE_ATTR] {
                for value in page.values(attr) {
                    assert!(Move::parse(value, o).is_some(), "{attr}={value:?} in {at}");
                }
            }
            for value in page.values(FOCUS_ATTR) {
                assert!(ids.contains(value), "{FOCUS_ATTR}={value:?} in {at}");
            }
            for value in page.values(FOLLOWS_ATTR) {
                assert!(cells.contains(value), "{FOLLOWS_ATTR}={value:?} in {at}");
            }
            for attr in [FROM_ATTR, UNTIL_ATTR, DAY_ATTR] {
                for value in page.values(attr) {
                    assert!(Date::parse(value).is_ok(), "{attr}={value:?} in {at}");
                }
            }
            for value in page.values(GROUP_ATTR) {
                assert!(
                    o.find_group(value).is_some(),
                    "{GROUP_ATTR}={value:?} in {at}"
                );
            }
            for value in page.values(DOCUMENT_ATTR) {
                assert!(document(value), "{DOCUMENT_ATTR}={value:?} in {at}");
            }
            for value in page.values(PAIR_ATTR) {
                let documents = value
                    .split_once(' ')
                    .and_then(|(a, b)| Some((o.find_document(a)?, o.find_document(b)?)));
                assert!(
                    documents.is_some_and(|(a, b)| a < b && pair(a, b) == value),
                    "{PAIR_ATTR}={value:?} in {at}"
                );
            }
            for value in page.values(CARD_ATTR) {
                // As the script reads it (`controls/share.rs`).
                let card = Card::at(&format!("cards/{value}/"), o);
                assert!(card.is_some(), "{CARD_ATTR}={value:?} in {at}");
            }
            for value in page.values(VIEW_ATTR) {
                assert!(
                    View::ALL.iter().any(|v| v.slug() == value),
                    "{VIEW_ATTR}={value:?} in {at}"
                );
            }
        }
    }
}

#[test]
fn every_card_has_a_button_in_its_views_page_and_a_heading_to_name_it() {
    // The script opens the Embed dialog on the card a button names, and titles the embed
    // code with the card's heading as the page draws it (`card_heading`).
    let o = outline();
    let embed = Action::EmbedCard.attr();
    for page in cards() {
        // A card's page has no Embed dialog.
        assert!(
            !page.has_attr(CARD_ATTR),
            "an Embed button in {}",
            page.name()
        );
    }
    for page in pages() {
        for e in &page.elements {
            let (action, card) = (e.attr(ACTION_ATTR), e.attr(CARD_ATTR));
            assert_eq!(
                action == Some(embed),
                card.is_some(),
                "{ACTION_ATTR}={action:?} with {CARD_ATTR}={card:?} in {}",
                page.name()
            );
        }
    }
    for lang in EDITIONS {
        for card in Card::all(o) {
            let here = page(lang, card.view());
            let at = format!("{card:?} in {}", here.name());
            let attr = card.name(o);
            let buttons = here.values(CARD_ATTR).filter(|v| *v == attr).count();
            assert_eq!(buttons, 1, "{at}: {buttons} buttons");
            // The heading: the element of that id, or the first of the class after it and
            // before the next card's element.
            let (id, class) = card_heading(card);
            let containers: HashSet<String> = Card::all(o)
                .into_iter()
                .map(|c| card_heading(c).0)
                .collect();
            let start = here
                .elements
                .iter()
                .position(|e| e.id() == Some(id.as_str()))
                .unwrap_or_else(|| panic!("{at}: no #{id}"));
            let heading = match class {
                None => Some(&here.elements[start]),
                Some(class) => here.elements[start + 1..]
                    .iter()
                    .take_while(|e| e.id().is_none_or(|id| !containers.contains(id)))
                    .find(|e| e.has_class(class)),
            };
            let text = heading.map(|h| h.text.as_str()).unwrap_or_default();
            assert!(!text.is_empty(), "{at}: no heading in #{id} ({class:?})");
        }
    }
}

#[test]
fn every_cell_has_a_block_in_the_file_of_every_version() {
    let o = outline();
    for lang in EDITIONS {
        let file = elements(&crate::render_stance_versions(lang));
        let cells: Vec<String> = o
            .issue_ids()
            .flat_map(|i| o.party_ids().map(move |p| cell_id(i, p)))
            .collect();
        for (name, attr) in VERSIONS_FILE_ATTRIBUTES {
            let blocks: Vec<&str> = file.iter().filter_map(|e| e.attr(attr)).collect();
            assert_eq!(blocks, cells, "{name} = {attr:?} in {lang:?}");
        }
    }
}

#[test]
fn the_tracks_picture_names_its_marks_in_the_editions_language() {
    // The script names a mark, in its tip, with the date and title of its event's item in the
    // timeline: they must be there for every event, the date in the edition's language.
    let o = outline();
    let items: HashSet<String> = o.event_ids().map(event_id).collect();
    for lang in EDITIONS {
        let timeline = page(lang, View::Timeline);
        for event in o.event_ids() {
            let id = event_id(event);
            let item = timeline
                .elements
                .iter()
                .position(|e| e.id() == Some(id.as_str()))
                .unwrap();
            let within: Vec<&Element> = timeline.elements[item + 1..]
                .iter()
                .take_while(|e| e.id().is_none_or(|id| !items.contains(id)))
                .collect();
            let text = |class: &str| {
                within
                    .iter()
                    .find(|e| e.has_class(class))
                    .map(|e| e.text.as_str())
                    .unwrap_or_else(|| panic!("no {class} in {id} ({lang:?})"))
            };
            let when = text(EVENT_WHEN);
            assert!(!text(EVENT_TITLE).is_empty(), "{id} ({lang:?})");
            let latin = when.chars().any(|c| c.is_ascii_alphabetic());
            let cyrillic = when.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
            match lang {
                Lang::En => assert!(latin && !cyrillic, "{id}: {when:?}"),
                Lang::Uk => assert!(cyrillic && !latin, "{id}: {when:?}"),
            }
        }
    }
}

#[test]
fn the_names_the_script_hands_on_are_in_the_stylesheet() {
    let css = read("style/main.css");
    // `.name` not followed by more of a name.
    let has_class = |class: &str| {
        css.match_indices(&format!(".{class}")).any(|(at, found)| {
            !css[at + found.len()..].starts_with(|c: char| c.is_alphanumeric() || "-_".contains(c))
        })
    };
    for (name, class) in STYLESHEET_CLASSES {
        assert!(
            has_class(class),
            "{name} = {class:?} is not in the stylesheet"
        );
    }
    for (name, attr) in STYLESHEET_ATTRIBUTES {
        assert!(css.contains(&format!("[{attr}=")), "{name} = {attr:?}");
    }
    for anchor in Anchor::ALL {
        for below in [true, false] {
            let tip = Tip {
                x: 0.0,
                y: 0.0,
                anchor,
                below,
            };
            for class in tip_class(&tip).split(' ') {
                assert!(
                    has_class(class),
                    "the tip's {class:?} is not in the stylesheet"
                );
            }
        }
    }
}

#[test]
fn the_hooks_outside_the_pages_are_where_the_script_expects_them() {
    for (name, file, written) in elsewhere() {
        assert!(
            read(file).contains(&written),
            "{name}: no {written} in {file}"
        );
    }
}

#[test]
fn every_hook_is_checked() {
    let source = read("common/src/hooks.rs");
    let after = |prefix: &str| -> Vec<String> {
        source
            .lines()
            .filter_map(|line| line.strip_prefix(prefix))
            .map(|rest| {
                rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    let listed: HashSet<&str> = [
        IDS,
        CLASSES,
        ATTRIBUTES,
        STYLESHEET_CLASSES,
        STYLESHEET_ATTRIBUTES,
        VERSIONS_FILE_ATTRIBUTES,
        OWN,
    ]
    .into_iter()
    .flatten()
    .map(|(name, _)| *name)
    .chain(elsewhere().map(|(name, _, _)| name))
    .collect();
    for constant in after("pub const ") {
        assert!(
            listed.contains(constant.as_str()),
            "{constant} is in no list of contract.rs"
        );
    }
    for function in after("pub fn ") {
        assert!(
            FUNCTIONS.contains(&function.as_str()),
            "{function} is in no test of contract.rs"
        );
    }
}

#[test]
fn every_id_the_stylesheet_names_is_in_a_page() {
    // `#name` selectors, told from colours (`#fff`, `#b0103a`) by a letter past `f` or a
    // hyphen. A renamed id would leave its rules styling nothing (the sources view's spacing
    // did, once each view had its page).
    let css = read("style/main.css");
    let ids: HashSet<&str> = pages().iter().flat_map(Page::ids).collect();
    let named: Vec<&str> = css
        .match_indices('#')
        .map(|(at, _)| {
            let rest = &css[at + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| name.contains(|c: char| c == '-' || ('g'..='z').contains(&c)))
        .collect();
    assert!(named.len() >= 3, "{named:?}");
    let missing: Vec<&&str> = named.iter().filter(|name| !ids.contains(**name)).collect();
    assert!(
        missing.is_empty(),
        "main.css names ids no page has: {missing:?}"
    );
}
