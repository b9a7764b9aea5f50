//! The reader's choices as an address, and back: the view is the page (a folder of the
//! edition, `timeline/`), everything else the query string (`?tracks=trilateral&q=davos`).
//!
//! Defaults are left out, so the plain URL is the default page. Anything unknown, repeated,
//! empty, overlong or malformed falls back to the default for that parameter: a shared link
//! can never break the page.
//!
//! Links published before each view had its page said `?view=timeline`. `assets/start.js`
//! moves them to their page before the page is drawn; here, a `view` parameter is ignored.

use crate::date::Date;
use crate::filter::TimelineFilter;
use crate::outline::Outline;
use crate::types::{DocumentId, EventId, GroupId, IssueId, PartyId};

/// "Compare the plans" shows two to four documents side by side.
pub const DOCUMENTS_COMPARED: std::ops::RangeInclusive<usize> = 2..=4;

/// Longer parameter values are ignored: nothing legitimate comes close.
pub const MAX_VALUE_LEN: usize = 200;
/// The search box accepts at most this many characters.
pub const MAX_SEARCH_LEN: usize = 100;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Positions,
    Plans,
    Timeline,
    People,
    Sources,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Positions,
        View::Plans,
        View::Timeline,
        View::People,
        View::Sources,
    ];

    /// The name used in the URL and in element ids.
    pub fn slug(self) -> &'static str {
        match self {
            View::Positions => "positions",
            View::Plans => "plans",
            View::Timeline => "timeline",
            View::People => "people",
            View::Sources => "sources",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Positions => "Positions",
            View::Plans => "Compare the plans",
            View::Timeline => "Timeline",
            View::People => "People",
            View::Sources => "Sources & method",
        }
    }

    /// The view whose slug this is (`"timeline"`), as pages and links name it.
    pub fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }

    /// The view's page, as a folder of the edition: the positions are the edition's own
    /// page (`""`), every other view a folder below it (`"timeline/"`).
    pub fn folder(self) -> &'static str {
        match self {
            View::Positions => "",
            View::Plans => "plans/",
            View::Timeline => "timeline/",
            View::People => "people/",
            View::Sources => "sources/",
        }
    }

    /// What a relative address on this view's page starts with to reach the edition's root:
    /// nothing on the root's own page, `../` a folder below it.
    pub fn to_root(self) -> &'static str {
        match self {
            View::Positions => "",
            _ => "../",
        }
    }

    /// The view whose page is at `path` below the edition's root (`"timeline/"`,
    /// `"timeline/index.html"`, `""`), if any.
    pub fn at(path: &str) -> Option<View> {
        let folder = path.strip_suffix("index.html").unwrap_or(path);
        View::ALL.into_iter().find(|v| v.folder() == folder)
    }
}

/// The path of the edition's root (`/talks/uk/`), from the path of one of its pages and the
/// view that page shows (`/talks/uk/timeline/` and the timeline).
pub fn edition_root(path: &str, view: View) -> &str {
    let folder = path.strip_suffix("index.html").unwrap_or(path);
    folder.strip_suffix(view.folder()).unwrap_or(folder)
}

/// The colour theme: the reader's system setting unless a link (an embed) says otherwise.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    fn from_slug(slug: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.slug() == Some(slug))
    }
}

/// Everything a link carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlState {
    pub view: View,
    /// The parties compared, in the record's order; never empty.
    pub parties: Vec<PartyId>,
    /// The issue groups shown in the positions table, in the record's order; never empty.
    pub groups: Vec<GroupId>,
    /// The documents compared side by side, in date order: two to four.
    pub documents: Vec<DocumentId>,
    pub filter: TimelineFilter,
    /// The event a link points to, shown open and scrolled into view.
    pub event: Option<EventId>,
    /// The issue a link points to, its row (in the positions table, or in the plans
    /// compared) scrolled into view.
    pub issue: Option<IssueId>,
    /// The party whose cell in that issue's row a link points to; only with `issue`.
    pub party: Option<PartyId>,
    /// The date the positions are read at, when not the record's snapshot date.
    pub as_of: Option<Date>,
    pub theme: Theme,
    /// Embed mode: the page without its chrome, for an iframe.
    pub embed: bool,
}

impl UrlState {
    pub fn default_for(outline: &Outline) -> UrlState {
        UrlState {
            view: View::default(),
            parties: outline.party_ids().collect(),
            groups: outline.group_ids().collect(),
            documents: outline.compared_first.to_vec(),
            filter: TimelineFilter::default(),
            event: None,
            issue: None,
            party: None,
            as_of: None,
            theme: Theme::System,
            embed: false,
        }
    }

    /// Reads an address relative to the edition's root: a view's folder, then the query
    /// (`timeline/?q=davos`). A path that is no view's page is the default view.
    pub fn parse_address(address: &str, outline: &Outline) -> UrlState {
        // `get`, not `split_at`: slicing a `str` can panic, and that panic's message (with
        // `char`'s `Debug` and Unicode tables) costs the wasm about 4 KB of gzip. The query
        // keeps its `?`.
        let path = address.split('?').next().unwrap_or(address);
        let query = address.get(path.len()..).unwrap_or_default();
        let mut state = UrlState::parse(query, outline);
        state.view = View::at(path.strip_prefix("./").unwrap_or(path)).unwrap_or_default();
        state
    }

    /// Reads a query string (with or without the leading `?`), for the default view: the
    /// view is the page's (see [`UrlState::parse_address`]).
    pub fn parse(query: &str, outline: &Outline) -> UrlState {
        let mut state = UrlState::default_for(outline);
        let params = Params::parse(query);
        let parties = id_list(params.get("parties"), |id| outline.find_party(id));
        if !parties.is_empty() {
            state.parties = parties;
        }
        let groups = id_list(params.get("groups"), |id| outline.find_group(id));
        if !groups.is_empty() {
            state.groups = groups;
        }
        // Fewer than two or more than four is no comparison the page can show: the default.
        let documents = id_list(params.get("docs"), |id| outline.find_document(id));
        if DOCUMENTS_COMPARED.contains(&documents.len()) {
            state.documents = documents;
        }
        state.filter.tracks = id_list(params.get("tracks"), |id| outline.find_track(id));
        state.filter.person = params.get("person").and_then(|id| outline.find_person(id));
        if let Some(q) = params
            .get("q")
            .filter(|q| q.chars().count() <= MAX_SEARCH_LEN)
        {
            state.filter.text = q.trim().to_owned();
        }
        state.event = params.get("event").and_then(|id| outline.find_event(id));
        state.issue = params.get("issue").and_then(|id| outline.find_issue(id));
        state.party = state
            .issue
            .and(params.get("party"))
            .and_then(|id| outline.find_party(id));
        // Only a full day; the snapshot date itself is the default, not a choice.
        state.as_of = params
            .get("asof")
            .and_then(|d| Date::parse(d).ok())
            .filter(|d| !d.is_month() && *d != outline.as_of);
        state.theme = params
            .get("theme")
            .and_then(Theme::from_slug)
            .unwrap_or_default();
        state.embed = params.get("embed").is_some_and(|v| v == "1" || v == "true");
        state
    }

    /// The address relative to the edition's root: the view's folder and the query
    /// (`timeline/?q=davos`, or `""` for the default state).
    pub fn to_address(&self, outline: &Outline) -> String {
        format!("{}{}", self.view.folder(), self.to_query(outline))
    }

    /// A link to this state from the page of view `here`: `../timeline/?q=davos`, or
    /// `./?q=davos` on the timeline's own page.
    pub fn link_from(&self, here: View, outline: &Outline) -> String {
        if self.view == here {
            format!("./{}", self.to_query(outline))
        } else {
            format!("{}{}", here.to_root(), self.to_address(outline))
        }
    }

    /// Writes the query string, starting with `?`, or an empty string for the defaults. The
    /// view is not in it: it is the page's folder (see [`UrlState::to_address`]).
    pub fn to_query(&self, outline: &Outline) -> String {
        let default = UrlState::default_for(outline);
        // Written straight into one string: no list of pairs, no `format!`.
        let mut query = String::new();
        let mut add = |key: &str, value: &str| {
            query.push(if query.is_empty() { '?' } else { '&' });
            query.push_str(key);
            query.push('=');
            query.push_str(&encode(value));
        };
        if self.parties != default.parties && !self.parties.is_empty() {
            add(
                "parties",
                &join(self.parties.iter().map(|p| outline.party(*p).id)),
            );
        }
        if self.groups != default.groups && !self.groups.is_empty() {
            add(
                "groups",
                &join(self.groups.iter().map(|g| outline.group(*g).id)),
            );
        }
        if self.documents != default.documents && !self.documents.is_empty() {
            add(
                "docs",
                &join(self.documents.iter().map(|d| outline.document(*d).id)),
            );
        }
        if !self.filter.tracks.is_empty() {
            add(
                "tracks",
                &join(self.filter.tracks.iter().map(|t| outline.track(*t).id)),
            );
        }
        if let Some(person) = self.filter.person {
            add("person", outline.person(person).id);
        }
        let text = self.filter.text.trim();
        if !text.is_empty() {
            add("q", text);
        }
        if let Some(event) = self.event {
            add("event", outline.event(event).id);
        }
        if let Some(issue) = self.issue {
            add("issue", outline.issue(issue).id);
            if let Some(party) = self.party {
                add("party", outline.party(party).id);
            }
        }
        if let Some(date) = self.as_of.filter(|d| *d != outline.as_of) {
            add("asof", &date.iso());
        }
        if let Some(theme) = self.theme.slug() {
            add("theme", theme);
        }
        if self.embed {
            add("embed", "1");
        }
        query
    }
}

impl UrlState {
    /// Adds a document to the comparison or takes it away, unless that would leave fewer
    /// than two or more than four; true if it did.
    pub fn toggle_document(&mut self, document: DocumentId) -> bool {
        let mut documents = self.documents.clone();
        match documents.iter().position(|d| *d == document) {
            Some(i) => {
                documents.remove(i);
            }
            None => add_sorted(&mut documents, document),
        }
        let allowed = DOCUMENTS_COMPARED.contains(&documents.len());
        if allowed {
            self.documents = documents;
        }
        allowed
    }

    /// Shows a party's column or hides it, unless it is the last one shown.
    pub fn toggle_party(&mut self, party: PartyId) {
        toggle_keeping_one(&mut self.parties, party);
    }

    /// Shows a group of issues or hides it, unless it is the last one shown.
    pub fn toggle_group(&mut self, group: GroupId) {
        toggle_keeping_one(&mut self.groups, group);
    }
}

/// Adds `item` to a sorted list, or removes it unless it is the last one.
fn toggle_keeping_one<T: Ord + Copy>(items: &mut Vec<T>, item: T) {
    match items.iter().position(|x| *x == item) {
        Some(_) if items.len() == 1 => {}
        Some(i) => {
            items.remove(i);
        }
        None => add_sorted(items, item),
    }
}

/// One parameter of a query string, decoded, if it appears exactly once with a value: for
/// the parameters that belong to an embedding page rather than to the reader (Pym's `childId`).
pub fn query_param(query: &str, key: &str) -> Option<String> {
    Params::parse(query).get(key).map(str::to_owned)
}

/// Ids in a comma-separated list, known ones only, each once, in the record's order.
fn id_list<Id: Ord + Copy>(value: Option<&str>, find: impl Fn(&str) -> Option<Id>) -> Vec<Id> {
    let mut ids = Vec::new();
    for id in value
        .unwrap_or("")
        .split(',')
        .filter_map(|id| find(id.trim()))
    {
        add_sorted(&mut ids, id);
    }
    ids
}

/// Adds `item` to a sorted list unless it is there. (By hand rather than with `sort`: the
/// lists are a few items long, and each instance of the standard sort costs the wasm 3 KB.)
pub fn add_sorted<T: Ord + Copy>(items: &mut Vec<T>, item: T) {
    if let Err(at) = items.binary_search(&item) {
        items.insert(at, item);
    }
}

fn join<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.collect::<Vec<_>>().join(",")
}

/// The decoded parameters; those that appear exactly once with a usable value have it.
pub(crate) struct Params(Vec<(String, Option<String>)>);

impl Params {
    pub(crate) fn parse(query: &str) -> Params {
        let mut seen: Vec<(String, Option<String>)> = Vec::new();
        for pair in query
            .strip_prefix('?')
            .unwrap_or(query)
            .split('&')
            .filter(|p| !p.is_empty())
        {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(key) = decode(key) else { continue };
            let value = decode(value).filter(|v| !v.trim().is_empty() && v.len() <= MAX_VALUE_LEN);
            match seen.iter_mut().find(|(k, _)| *k == key) {
                // A repeated parameter is ambiguous: neither value wins.
                Some(entry) => entry.1 = None,
                None => seen.push((key, value)),
            }
        }
        Params(seen)
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .and_then(|(_, v)| v.as_deref())
    }

    /// Whether the query names `key` at all, usable or not.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }
}

/// Percent-decodes a query component (`+` is a space). `None` if malformed or not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let digit = |b: u8| (b as char).to_digit(16);
                out.push((digit(hex[0])? * 16 + digit(hex[1])?) as u8);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a query value, keeping the characters that are safe and readable.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::OUTLINE;

    /// Reads an address relative to the edition's root (`timeline/?q=davos`).
    fn parse(address: &str) -> UrlState {
        UrlState::parse_address(address, &OUTLINE)
    }

    #[test]
    fn empty_query_is_the_default_and_prints_empty() {
        let state = parse("");
        assert_eq!(state, UrlState::default_for(&OUTLINE));
        assert_eq!(state.to_address(&OUTLINE), "");
        assert_eq!(parse("?"), state);
    }

    #[test]
    fn reads_every_parameter() {
        let s = parse("timeline/?parties=russia,ukraine&groups=justice&tracks=trilateral&person=witkoff&q=abu+dhabi");
        assert_eq!(s.view, View::Timeline);
        assert_eq!(s.groups, vec![OUTLINE.find_group("justice").unwrap()]);
        assert_eq!(
            s.parties,
            vec![
                OUTLINE.find_party("ukraine").unwrap(),
                OUTLINE.find_party("russia").unwrap()
            ]
        );
        assert_eq!(
            s.filter.tracks,
            vec![OUTLINE.find_track("trilateral").unwrap()]
        );
        assert_eq!(s.filter.person, OUTLINE.find_person("witkoff"));
        assert_eq!(s.filter.text, "abu dhabi");
    }

    #[test]
    fn round_trips() {
        let queries = [
            "",
            "timeline/",
            "people/",
            "?parties=ukraine,russia",
            "?groups=justice",
            "?parties=us&groups=security",
            "timeline/?tracks=us-russia,trilateral&person=dmitriev&q=Zelenskyy%E2%80%99s+%22plan%22+%26+more",
            "sources/?q=a%2Bb%3Dc",
            "timeline/?event=davos",
            "?issue=nato&asof=2025-12-01",
            "?issue=nato&party=russia&asof=2025-12-01",
            "?theme=dark&embed=1",
            "people/?theme=light",
            "plans/",
            "plans/?docs=memo,plan,framework",
            "plans/?docs=memo,framework&issue=amnesty",
        ];
        for address in queries {
            let state = parse(address);
            assert_eq!(
                state.to_address(&OUTLINE),
                address,
                "printing what {address} parsed to"
            );
            assert_eq!(parse(&state.to_address(&OUTLINE)), state);
        }
    }

    #[test]
    fn leaves_defaults_out() {
        assert_eq!(
            parse("./?parties=ukraine,russia,us&groups=justice,security").to_address(&OUTLINE),
            ""
        );
    }

    #[test]
    fn bad_values_fall_back_to_defaults() {
        let default = UrlState::default_for(&OUTLINE);
        for q in [
            "?view=nonsense",
            "?view=",
            "?view=timeline&view=people",
            "?parties=mars",
            "?parties=,,,",
            "?groups=economy",
            "?tracks=nowhere",
            "?person=nobody",
            "?q=%E2%28",
            "?q=%zz",
            "?q=%",
            "?q=%2",
            "?q=+++",
            "?unknown=1&&&=&==",
            "?%ff=1",
            "?event=nowhere",
            "?issue=none",
            "?asof=2025-02-30",
            "?asof=2025-12",
            "?asof=2026-01-22",
            "?theme=purple",
            "?embed=yes",
            "?embed=1&embed=1",
            "?docs=plan",
            "?docs=plan,plan",
            "?docs=plan,nothing",
            "?docs=memo,plan,framework,memo&docs=plan",
            "?docs=%3Cscript%3E,plan",
        ] {
            assert_eq!(parse(q), default, "{q}");
        }
        let long = format!("?q={}", "a".repeat(MAX_SEARCH_LEN + 1));
        assert_eq!(parse(&long), default);
        let huge = format!("?view={}", "x".repeat(100_000));
        assert_eq!(parse(&huge), default);
    }

    #[test]
    fn documents_come_in_date_order_two_to_four() {
        let ids = |q: &str| -> Vec<&str> {
            parse(q)
                .documents
                .iter()
                .map(|d| OUTLINE.document(*d).id)
                .collect()
        };
        assert_eq!(ids(""), ["plan", "framework"], "the default");
        assert_eq!(ids("?docs=framework,memo"), ["memo", "framework"]);
        assert_eq!(ids("?docs=framework,memo,framework"), ["memo", "framework"]);
        assert_eq!(
            ids("?docs=plan,mars,memo"),
            ["memo", "plan"],
            "the known ones"
        );
        assert_eq!(
            ids("?docs=memo"),
            ["plan", "framework"],
            "one is no comparison"
        );
        assert_eq!(
            parse("?docs=plan,framework").to_query(&OUTLINE),
            "",
            "the default is left out"
        );
    }

    #[test]
    fn documents_are_toggled_within_two_to_four() {
        let (memo, plan, framework) = (DocumentId(0), DocumentId(1), DocumentId(2));
        let mut state = parse("");
        assert!(
            !state.toggle_document(plan),
            "two stay chosen: taking one away is refused"
        );
        assert_eq!(state.documents, [plan, framework]);
        assert!(state.toggle_document(memo));
        assert_eq!(state.documents, [memo, plan, framework], "in date order");
        assert!(state.toggle_document(plan));
        assert_eq!(state.documents, [memo, framework]);
        let mut four = UrlState {
            documents: (0..4).map(DocumentId).collect(),
            ..parse("")
        };
        assert!(!four.toggle_document(DocumentId(5)), "four at most");
        assert_eq!(four.documents.len(), 4);
    }

    #[test]
    fn parties_and_groups_are_toggled_keeping_one() {
        let (ukraine, russia, us) = (PartyId(0), PartyId(1), PartyId(2));
        let mut state = parse("?parties=us,ukraine");
        state.toggle_party(russia);
        assert_eq!(
            state.parties,
            [ukraine, russia, us],
            "in the record's order"
        );
        state.toggle_party(ukraine);
        state.toggle_party(us);
        assert_eq!(state.parties, [russia]);
        state.toggle_party(russia);
        assert_eq!(state.parties, [russia], "the last one stays");
        let (security, justice) = (GroupId(0), GroupId(1));
        state.toggle_group(security);
        assert_eq!(state.groups, [justice]);
        state.toggle_group(justice);
        assert_eq!(state.groups, [justice], "the last one stays");
        state.toggle_group(security);
        assert_eq!(state.groups, [security, justice]);
    }

    #[test]
    fn reads_selection_date_theme_and_embed() {
        let s = parse("?event=abu-dhabi&issue=nato&asof=2025-12-01&theme=dark&embed=true");
        assert_eq!(s.event, OUTLINE.find_event("abu-dhabi"));
        assert_eq!(s.issue, OUTLINE.find_issue("nato"));
        assert_eq!(s.as_of, Some(Date::new(2025, 12, 1)));
        assert_eq!(OUTLINE.reading_date(s.as_of), Date::new(2025, 12, 1));
        assert_eq!(OUTLINE.reading_date(parse("").as_of), OUTLINE.as_of);
        assert_eq!(s.theme, Theme::Dark);
        assert!(s.embed);
        assert_eq!(
            s.to_query(&OUTLINE),
            "?event=abu-dhabi&issue=nato&asof=2025-12-01&theme=dark&embed=1"
        );
    }

    #[test]
    fn a_party_counts_only_with_an_issue() {
        assert_eq!(parse("?party=ukraine"), UrlState::default_for(&OUTLINE));
        assert_eq!(parse("?issue=nato&party=mars").party, None);
        assert_eq!(
            parse("?issue=nato&party=us").party,
            OUTLINE.find_party("us")
        );
    }

    #[test]
    fn embedding_pages_parameters_are_read_apart() {
        let q = "?initialWidth=640&childId=explainer-1&parentUrl=https%3A%2F%2Fnews.example%2Fa";
        assert_eq!(query_param(q, "childId").as_deref(), Some("explainer-1"));
        assert_eq!(
            query_param(q, "parentUrl").as_deref(),
            Some("https://news.example/a")
        );
        assert_eq!(query_param(q, "id"), None);
        assert_eq!(
            parse(&format!("timeline/{q}&tracks=trilateral"))
                .filter
                .tracks,
            vec![OUTLINE.find_track("trilateral").unwrap()],
            "the page's own parameters still apply"
        );
    }

    #[test]
    fn the_view_is_the_page_not_the_query() {
        for view in View::ALL {
            assert_eq!(View::from_slug(view.slug()), Some(view));
        }
        assert_eq!(View::from_slug("tabs"), None);
        assert_eq!(parse("?view=timeline").view, View::Positions);
        assert_eq!(parse("plans/?view=timeline").view, View::Plans);
        assert_eq!(parse("plans/index.html?q=x").view, View::Plans);
        assert_eq!(parse("./").view, View::Positions);
        assert_eq!(parse("index.html").view, View::Positions);
        assert_eq!(parse("nowhere/?q=minsk").view, View::Positions);
        assert_eq!(
            parse("timeline").view,
            View::Positions,
            "a folder ends in /"
        );
    }

    #[test]
    fn links_between_pages_are_relative() {
        let o = &OUTLINE;
        let at = |address: &str| parse(address);
        assert_eq!(
            at("timeline/?q=a").link_from(View::Positions, o),
            "timeline/?q=a"
        );
        assert_eq!(at("timeline/?q=a").link_from(View::Timeline, o), "./?q=a");
        assert_eq!(
            at("timeline/?q=a").link_from(View::People, o),
            "../timeline/?q=a"
        );
        assert_eq!(
            at("?issue=nato").link_from(View::Plans, o),
            "../?issue=nato"
        );
        assert_eq!(at("").link_from(View::Positions, o), "./");
        assert_eq!(at("").link_from(View::Sources, o), "../");
    }

    #[test]
    fn finds_the_editions_root_from_any_of_its_pages() {
        for (path, view, root) in [
            ("/", View::Positions, "/"),
            ("/index.html", View::Positions, "/"),
            ("/talks/uk/timeline/", View::Timeline, "/talks/uk/"),
            (
                "/talks/uk/timeline/index.html",
                View::Timeline,
                "/talks/uk/",
            ),
            ("/plans/", View::Plans, "/"),
            ("/talks/", View::Positions, "/talks/"),
            // Not the page's own folder: the path as it is, rather than a guess.
            ("/elsewhere/", View::People, "/elsewhere/"),
        ] {
            assert_eq!(edition_root(path, view), root, "{path}");
        }
        for view in View::ALL {
            let path = format!("/talks/{}", view.folder());
            assert_eq!(View::at(&path["/talks/".len()..]), Some(view));
            assert_eq!(edition_root(&path, view), "/talks/");
        }
    }

    #[test]
    fn keeps_the_good_parts_of_a_mixed_list() {
        let s = parse("?parties=ukraine,mars,ukraine&tracks=trilateral,xyz");
        assert_eq!(s.parties, vec![OUTLINE.find_party("ukraine").unwrap()]);
        assert_eq!(
            s.filter.tracks,
            vec![OUTLINE.find_track("trilateral").unwrap()]
        );
    }

    #[test]
    fn decoding() {
        assert_eq!(decode("a+b%20c").as_deref(), Some("a b c"));
        assert_eq!(decode("%C3%A9").as_deref(), Some("é"));
        assert_eq!(decode("%+1"), None);
        assert_eq!(decode("%C3"), None, "half a UTF-8 character");
        assert_eq!(encode("é & b"), "%C3%A9+%26+b");
    }

    /// Random and hostile query strings: parsing must never panic, and whatever it makes
    /// must print to a query that parses back to the same state.
    #[test]
    fn never_panics_on_random_queries() {
        let alphabet: Vec<char> = "?&=%+,;#/ azAZ09-_.~éЖ😀\u{0}\u{7f}viewpartiesgroupstrackspersonqtimelineukrainerussiajusticeeventissuepartyasofthemedarkembed1davos2025-12-01"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = (next() % 60) as usize;
            let query: String = (0..len)
                .map(|_| alphabet[(next() as usize) % alphabet.len()])
                .collect();
            let state = parse(&query);
            assert_eq!(parse(&state.to_query(&OUTLINE)), state, "{query:?}");
        }
    }
}
