//! The names the page and its script share: the ids, classes and attributes the pre-render
//! writes (`render/src/views/`) and the browser's script looks for (`src/controls/`). Both sides take them
//! from here, so a renamed hook is renamed on both; the values of `data-action` and
//! `data-toggle` are [`Action`] and [`Toggle`], and those of `data-go` and `data-place` are
//! `model::moves::Move`s.
//!
//! A native test of the renderer (`render/src/contract.rs`) renders every page of both editions and checks that
//! every id, class and attribute named here is in them, that every button's action and
//! chip's toggle reads, and that the names the script hands on to the stylesheet are in it.
//! In Leptos's `view!` an attribute's name must be written out (`data-go=…`): the constant
//! is what the script uses, and the test shows that the two agree.

use crate::outline;
use model::cards::Card;
use model::lanes::{Anchor, Tip};
use model::moves::Target;
use model::types::{DocumentId, EventId, IssueId, PartyId};
use model::url_state::View;

pub use model::buttons::{Action, Toggle};

// ---- Ids of one element ----

/// The part of the page that a switch to another view replaces: everything between the
/// masthead and the footer (`controls/pages.rs`).
pub const MAIN: &str = "main";

/// The "as of" control's slider and date field (`controls/as_of.rs` reads and sets them).
pub const AS_OF_RANGE: &str = "as-of-range";
pub const AS_OF_JUMP: &str = "as-of-jump";

/// The timeline's search field and person menu (`controls/timeline.rs`).
pub const EVENT_SEARCH: &str = "event-search";
pub const PERSON_FILTER: &str = "person-filter";

/// The Embed dialog, the share bar's button that opens it (the focus returns there when the
/// button that opened it is gone), its two text fields, which the script fills, and the
/// preview of a card, a frame the script points at the card (`controls/share.rs`).
pub const EMBED_DIALOG: &str = "embed-dialog";
pub const EMBED_OPEN: &str = "embed-open";
pub const EMBED_CODE: &str = "embed-code";
pub const EMBED_LINK: &str = "embed-link";
pub const EMBED_PREVIEW: &str = "embed-preview";

/// The land maps' heading (or their card's), which names their card in the embed code.
pub const LAND_TITLE_ID: &str = "land-title";

/// The tracks picture's title and help, which name the picture's SVG when the script
/// redraws it (`picture.rs`).
pub const TRACKS_TITLE: &str = "tracks-title";
pub const TRACKS_HELP: &str = "tracks-help";

/// The start script's element, which Trunk writes (`Trunk.toml`'s `pattern_script`): the
/// script finds the assets' folder from its address (`controls/share.rs`).
pub const START_SCRIPT: &str = "explainer-start";

// ---- Ids of the record's items, and of the views ----

/// The section that holds a view.
pub fn view_id(view: View) -> String {
    format!("view-{}", view.slug())
}

/// A view's heading, where the focus lands when the reader switches to it.
pub fn view_title_id(view: View) -> String {
    format!("{}-title", view.slug())
}

/// A view's link in the view switcher.
pub fn view_link_id(view: View) -> String {
    format!("view-link-{}", view.slug())
}

/// An issue's row in the positions table.
pub fn issue_id(issue: IssueId) -> String {
    format!("issue-{}", outline().issue(issue).id)
}

/// One party's cell in an issue's row of the positions table; also what the land maps and
/// their table say they follow (`data-follows`).
pub fn cell_id(issue: IssueId, party: PartyId) -> String {
    let o = outline();
    format!("cell-{}-{}", o.issue(issue).id, o.party(party).id)
}

/// An issue's row in the plans compared.
pub fn plans_row_id(issue: IssueId) -> String {
    format!("plans-{}", outline().issue(issue).id)
}

/// An event's item in the timeline.
pub fn event_id(event: EventId) -> String {
    format!("event-{}", outline().event(event).id)
}

/// The block of an event's sources, which a link to the event opens.
pub fn event_sources_id(event: EventId) -> String {
    format!("{}-sources", event_id(event))
}

/// The element a state points at (see `model::moves::Target`).
pub fn target_id(target: Target) -> String {
    match target {
        Target::IssueRow(issue) => issue_id(issue),
        Target::Cell(issue, party) => cell_id(issue, party),
        Target::PlansRow(issue) => plans_row_id(issue),
        Target::Event(event) => event_id(event),
    }
}

/// The `i`th mark of the tracks picture.
pub fn mark_id(i: usize) -> String {
    format!("mark-{i}")
}

/// Which mark an id names: the reverse of [`mark_id`].
pub fn mark_index(id: &str) -> Option<usize> {
    id.strip_prefix("mark-")?.parse().ok()
}

// ---- Classes the script looks for ----

/// The view switcher's links (`controls/events.rs`).
pub const VIEW_LINK: &str = "view-link";

/// The masthead (its `h1` titles the embed code), its link out to the full page in embed
/// mode and its link to the other edition, whose addresses the script keeps up to date
/// (`controls/masthead.rs`, `controls/share.rs`).
pub const MASTHEAD: &str = "masthead";
pub const OPEN_FULL: &str = "open-full";
pub const LANGUAGE_SWITCH: &str = "language-switch";

/// Where Copy link and the Embed dialog say how a copy went (`controls/share.rs`).
pub const SHARE_STATUS: &str = "share-status";
pub const DIALOG_STATUS: &str = "dialog-status";

/// The Embed dialog's words for the whole view and for one card, both drawn: the script
/// shows one set and hides the other (`controls/share.rs`), so it carries none of them.
pub const FOR_VIEW: &str = "for-view";
pub const FOR_CARD: &str = "for-card";

/// An issue's name in its row of the positions table and of the plans compared, which names
/// its cards in the embed code.
pub const ISSUE_NAME: &str = "issue-name";

/// A disclosure button, which shows and hides the block its `aria-controls` names
/// (`controls/disclosures.rs`).
pub const DISCLOSURE: &str = "disclosure";

/// A fold: on a phone, the blocks marked `FOLDED` are put away under a button of class
/// `FOLD_TOGGLE` whose `aria-controls` names them, so that a page opens on its first item
/// (`render/src/views/fold.rs`, `controls/disclosures.rs`). On a wider screen, or without
/// JavaScript, the button is not shown and the blocks always are (the stylesheet).
pub const FOLD_TOGGLE: &str = "fold-toggle";
pub const FOLDED: &str = "data-folded";

/// The "as of" control (`controls/as_of.rs`): the control itself (a reader coming near it
/// sets off the fetch of the stances' other versions, `controls/events.rs`), its date, the
/// dates in the text that say which day the table is read at, the words of the current step
/// and the hidden list of every step's words, the note shown past the snapshot, and a cell's
/// "changed at this step".
pub const AS_OF_CONTROL: &str = "as-of-control";
pub const AS_OF_DATE: &str = "as-of-date";
pub const READING_DATE: &str = "reading-date";
pub const AS_OF_STEP: &str = "as-of-step";
pub const AS_OF_STEPS: &str = "as-of-steps";
pub const AFTER_NOTE: &str = "after-note";
pub const CHANGED_MARK: &str = "changed-mark";

/// The two tables whose rows are the issues, and the land maps: the chips show and hide
/// their columns and groups (`controls/pickers.rs`, `controls/plans.rs`), and the selection
/// is marked in the tables (`controls/selection.rs`).
pub const POSITIONS_TABLE: &str = "positions";
pub const PLANS_TABLE: &str = "plans";
pub const LAND: &str = "land";
/// A group's heading row, which spans the columns shown.
pub const GROUP_ROW: &str = "group-row";
/// A mark in the plans compared saying how a text stands to an earlier one (`data-pair`).
pub const CHANGE: &str = "change";

/// The class of a party's column, cells and land map, which the party chips show and hide;
/// it also carries the party's colour.
pub fn party_class(party: PartyId) -> String {
    format!("party-{}", outline().party(party).id)
}

/// The timeline (`controls/timeline.rs`): its two parts (up to the snapshot, after it), each
/// with its "nothing matches" note and "Show more" button, and the count of events shown.
pub const ERA: &str = "era";
pub const EMPTY: &str = "empty";
pub const MORE: &str = "more";
pub const RESULT_COUNT: &str = "result-count";

/// An event's words in the timeline: what search reads (`controls/timeline.rs`), and the
/// date and title the tracks picture names each mark with (`controls/tracks.rs`).
pub const EVENT_WHEN: &str = "event-when";
pub const EVENT_TITLE: &str = "event-title";
pub const EVENT_SUMMARY: &str = "event-summary";
pub const EVENT_PLACE: &str = "event-place";
pub const EVENT_PEOPLE: &str = "event-people";
pub const EVENT_TRACKS: &str = "event-tracks";

/// The tracks picture (`controls/tracks.rs`, `controls/events.rs`): the box the script
/// draws it in for its width, the SVG, and each event's mark on it.
pub const TRACKS_CANVAS: &str = "tracks-canvas";
pub const TRACKS_SVG: &str = "tracks-svg";
pub const MARK: &str = "mark";

// ---- Attributes the script reads ----

/// The view of the page, on the root element: the pre-render writes it
/// (`bin/prerender.rs`), and `assets/start.js` and the script read it.
pub const PAGE_ATTR: &str = "data-page";
/// The view a switcher link leads to (its slug).
pub const VIEW_ATTR: &str = "data-view";

/// Links to another state of the page (`controls/links.rs`): where the link leads and
/// where the reader is when they click (each a `model::moves::Move`), and the id of the
/// element they continue from when not the link's target.
pub const GO_ATTR: &str = "data-go";
pub const PLACE_ATTR: &str = "data-place";
pub const FOCUS_ATTR: &str = "data-focus";

/// A button's [`Action`] and a chip's [`Toggle`] (`controls/events.rs`).
pub const ACTION_ATTR: &str = "data-action";
pub const TOGGLE_ATTR: &str = "data-toggle";

/// The days a version of a stance holds, from and until (ISO days), and the cell (its
/// [`cell_id`]) that a land map or a cell of their table follows (`controls/as_of.rs`).
pub const FROM_ATTR: &str = "data-from";
pub const UNTIL_ATTR: &str = "data-until";
pub const FOLLOWS_ATTR: &str = "data-follows";
/// The day of a step in the "as of" control's list of steps.
pub const DAY_ATTR: &str = "data-day";

/// The group of issues a `<tbody>` holds (`controls/pickers.rs`).
pub const GROUP_ATTR: &str = "data-group";
/// The document of a column of the plans compared (its id), and the two documents a
/// change mark compares (a [`pair`]) (`controls/plans.rs`).
pub const DOCUMENT_ATTR: &str = "data-document";
pub const PAIR_ATTR: &str = "data-pair";

/// Two documents compared, earlier first, as a change mark names them: `28pt 20pt`.
pub fn pair(earlier: DocumentId, later: DocumentId) -> String {
    let o = outline();
    format!("{} {}", o.document(earlier).id, o.document(later).id)
}

/// The other edition's root, relative to this edition's (`controls/masthead.rs`).
pub const EDITION_ATTR: &str = "data-edition";

// ---- The stances' other versions ----

/// "Cite this" (`render/src/views/cite_this.rs`): its two fields, the citation as text and
/// as BibTeX, each written from the template in its [`CITE_TEMPLATE_ATTR`] with the page's
/// address and the day it is read, which the pre-render cannot know, filled in by
/// `assets/start.js` (so a card needs no wasm for it); its copy buttons ([`CITE_COPY_ATTR`]
/// names the field), and where it says how a copy went.
pub const CITE_TEXT: &str = "cite-text";
pub const CITE_BIBTEX: &str = "cite-bibtex";
pub const CITE_TEMPLATE_ATTR: &str = "data-template";
pub const CITE_COPY_ATTR: &str = "data-copy";
pub const CITE_STATUS: &str = "cite-status";
/// The blanks of a citation's template: the page's address, and the day it was read, as the
/// edition writes a date in figures (`2026-12-06`; `06.12.2026` in Ukrainian, as ДСТУ 8302
/// cites) and as BibTeX's `urldate` wants it (`2026-12-06`).
pub const CITE_ADDRESS: &str = "{address}";
pub const CITE_READ: &str = "{read}";
pub const CITE_READ_ISO: &str = "{read-iso}";

/// The search box in the masthead (`render/src/views/search.rs`): `assets/start.js` loads
/// `assets/search.js` when the reader first focuses it, which fills its listbox and says the
/// count in its status.
pub const SEARCH_INPUT: &str = "site-search";
pub const SEARCH_RESULTS: &str = "site-search-results";
pub const SEARCH_STATUS: &str = "site-search-status";

/// The Share button, beside Copy link: `assets/start.js` shows it where the browser can hand
/// the page to the device's own sharing (the Web Share API) and does so when pressed.
pub const SHARE_ATTR: &str = "data-share";

/// Each page's and card's sharing picture, beside its `index.html`: link previews show it, and
/// the Embed dialog's code falls back on it where a frame is dropped.
pub const SHARE_PICTURE: &str = "share.png";

/// Every version of every stance, beside each edition's positions page: the script fetches it
/// and slots the versions into the table's cells (`controls/versions.rs`).
pub const STANCE_VERSIONS_FILE: &str = "stance-versions.html";

/// A version of a stance in a cell, in the page or in that file, with the days it holds
/// ([`FROM_ATTR`], [`UNTIL_ATTR`]): the script slots the file's into the cells by them.
pub const VERSION: &str = "version";

/// The attribute of each cell's block in that file, naming the cell's id.
pub const CELL_ATTR: &str = "data-cell";

/// Set on the positions table once every version is in it.
pub const ALL_VERSIONS_ATTR: &str = "data-all-versions";

// ---- Embed cards ----

/// A card's name (`model::cards::Card::name`, `issue/donbas`): on a card's page, on the root
/// element, which `assets/start.js` and the script read (`controls/card.rs`); and on a button
/// of the explainer's pages that opens the Embed dialog on that card (with
/// [`Action::EmbedCard`], `controls/share.rs`).
pub const CARD_ATTR: &str = "data-card";
/// A card's credit line's link to the same state in the full explainer, which the script
/// keeps in step with the card (`controls/masthead.rs`).
pub const CARD_CREDIT: &str = "card-credit";
/// A card's content, between its notices and its credit line: `assets/start.js` cuts it to
/// fit a frame that cannot grow (WordPress's, at most 1000 px tall), marking the root element
/// [`FITTED`] and showing the card's [`CARD_MORE`] link to the rest.
pub const CARD_BODY: &str = "card-body";
pub const CARD_MORE: &str = "card-more";
pub const FITTED: &str = "fitted";
/// A card's notice of something its address asks that it cannot show, named by
/// `model::cards::Problem::slug`; the script shows the ones that apply.
pub const PROBLEM_ATTR: &str = "data-problem";

/// Where the page names a card, for the embed code's title: the id of the element that holds
/// the card's heading and the class of the heading within it (none when the element is the
/// heading itself). An issue's card and a plans row's are also named by their view's title
/// (`controls/share.rs`).
pub fn card_heading(card: Card) -> (String, Option<&'static str>) {
    match card {
        Card::Issue(issue) => (issue_id(issue), Some(ISSUE_NAME)),
        Card::Land => (LAND_TITLE_ID.to_owned(), None),
        Card::Plans(None) => (view_title_id(View::Plans), None),
        Card::Plans(Some(issue)) => (plans_row_id(issue), Some(ISSUE_NAME)),
        Card::Event(event) => (event_id(event), Some(EVENT_TITLE)),
    }
}

// ---- What the script writes for the stylesheet and the tests ----

/// The states the script marks: the selected row, cell, event or mark; a cell or map that
/// the last step of the "as of" control changed; a mark the timeline's filters hide. The
/// pre-render draws the first state with the same classes.
pub const SELECTED: &str = "selected";
pub const CHANGED: &str = "changed";
pub const FADED: &str = "faded";

/// Embed mode (a class) and the theme a link asks for (an attribute), on the root element.
pub const EMBEDDED: &str = "embedded";
pub const THEME_ATTR: &str = "data-theme";

/// The root element's attribute that says the script has started (`ready`), which the
/// browser tests wait for.
pub const APP_ATTR: &str = "data-app";

/// The tip over the tracks picture, which only the script draws, and its two lines.
pub const TIP: &str = "tip";
pub const TIP_WHEN: &str = "tip-when";
pub const TIP_TITLE: &str = "tip-title";

/// The tip's classes: where the stylesheet places it against its mark.
pub fn tip_class(tip: &Tip) -> String {
    let anchor = match tip.anchor {
        Anchor::FromLeft => "from-left",
        Anchor::Centred => "centred",
        Anchor::FromRight => "from-right",
    };
    let side = if tip.below { "below" } else { "above" };
    format!("{TIP} {anchor} {side}")
}
