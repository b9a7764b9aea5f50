//! Where the page's links go: a link to an event, an issue, one party's cell, one stance or
//! one person's events moves the reader from their current state to another. The same move
//! gives the link's address (applied to the default state, so a copied link or a new tab
//! opens the canonical page) and, on a plain click, the reader's next state (applied to
//! their own state, so their choices stay).
//!
//! The pre-rendered page writes each link's move into a data attribute ([`Move::attr`]) and
//! the browser's script reads it back ([`Move::parse`]), so the script needs no words of the
//! record to follow a link.
//!
//! Where a state points within its view ([`Target`]: a row, a cell, an event) is what the
//! script marks as selected and where a followed link lands ([`UrlState::landing`]).

use crate::date::Date;
use crate::filter::{SearchIndex, TimelineFilter};
use crate::outline::Outline;
use crate::types::{DocumentId, EventId, IssueId, PartyId, PersonId, StanceId};
use crate::url_state::{add_sorted, UrlState, View, DOCUMENTS_COMPARED};

/// A move from one state of the page to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// To the timeline with this event open.
    Event(EventId),
    /// To the positions table at this issue's row.
    Issue(IssueId),
    /// To the positions table at one party's cell on one issue.
    Cell(IssueId, PartyId),
    /// To the cell of one stance, read on the day it began.
    Stance(StanceId),
    /// To the timeline showing one person's events.
    Person(PersonId),
    /// To the plans compared, with this document among them.
    Document(DocumentId),
    /// To the plans compared at this issue's row, with this document among them.
    Provision(DocumentId, IssueId),
}

impl Move {
    /// The state this move leads to from `state`. `words` is consulted only when the reader
    /// is searching the timeline.
    pub fn apply(self, state: &UrlState, outline: &Outline, words: &SearchIndex) -> UrlState {
        match self {
            Move::Event(event) => state.with_event(event, outline, words),
            Move::Issue(issue) => state.with_issue(issue),
            Move::Cell(issue, party) => state.with_cell(issue, party),
            Move::Stance(stance) => state.with_stance(stance, outline),
            Move::Person(person) => state.with_person(person),
            Move::Document(document) => state.with_document(document, None),
            Move::Provision(document, issue) => state.with_document(document, Some(issue)),
        }
    }

    /// The move as words for a data attribute: `event davos`, `issue nato`,
    /// `cell nato ukraine`, `stance nato ukraine 2025-12-14`, `person witkoff`,
    /// `document 28pt`, `provision 28pt amnesty`.
    pub fn attr(self, outline: &Outline) -> String {
        match self {
            Move::Event(e) => format!("event {}", outline.event(e).id),
            Move::Issue(i) => format!("issue {}", outline.issue(i).id),
            Move::Cell(i, p) => format!("cell {} {}", outline.issue(i).id, outline.party(p).id),
            Move::Stance(s) => {
                let s = outline.stance(s);
                format!(
                    "stance {} {} {}",
                    outline.issue(s.issue).id,
                    outline.party(s.party).id,
                    s.from.iso()
                )
            }
            Move::Person(p) => format!("person {}", outline.person(p).id),
            Move::Document(d) => format!("document {}", outline.document(d).id),
            Move::Provision(d, i) => format!(
                "provision {} {}",
                outline.document(d).id,
                outline.issue(i).id
            ),
        }
    }

    /// Reads what [`Move::attr`] wrote; `None` for anything else.
    pub fn parse(attr: &str, outline: &Outline) -> Option<Move> {
        let words: Vec<&str> = attr.split(' ').collect();
        match words.as_slice() {
            ["event", id] => outline.find_event(id).map(Move::Event),
            ["issue", id] => outline.find_issue(id).map(Move::Issue),
            ["cell", issue, party] => Some(Move::Cell(
                outline.find_issue(issue)?,
                outline.find_party(party)?,
            )),
            ["stance", issue, party, from] => {
                let (issue, party) = (outline.find_issue(issue)?, outline.find_party(party)?);
                let from = Date::parse(from).ok()?;
                outline
                    .stance_history(issue, party)
                    .find(|s| outline.stance(*s).from == from)
                    .map(Move::Stance)
            }
            ["person", id] => outline.find_person(id).map(Move::Person),
            ["document", id] => outline.find_document(id).map(Move::Document),
            ["provision", document, issue] => Some(Move::Provision(
                outline.find_document(document)?,
                outline.find_issue(issue)?,
            )),
            _ => None,
        }
    }
}

impl UrlState {
    /// The state a link to one event opens: the timeline, with that event open. Filters
    /// that would hide the event are cleared, so the link always lands on it.
    pub fn with_event(&self, event: EventId, outline: &Outline, words: &SearchIndex) -> UrlState {
        let hidden = !self.filter.matcher(outline).matches(event, words);
        UrlState {
            view: View::Timeline,
            event: Some(event),
            filter: if hidden {
                TimelineFilter::default()
            } else {
                self.filter.clone()
            },
            ..self.clone()
        }
    }

    /// The state a link to one issue opens: the positions table, at that issue's row.
    pub fn with_issue(&self, issue: IssueId) -> UrlState {
        UrlState {
            view: View::Positions,
            issue: Some(issue),
            party: None,
            ..self.clone()
        }
    }

    /// The positions table at one party's cell on one issue.
    pub fn with_cell(&self, issue: IssueId, party: PartyId) -> UrlState {
        UrlState {
            party: Some(party),
            ..self.with_issue(issue)
        }
    }

    /// The state a link to one stance opens: its cell, read on the day the stance began,
    /// with its party's column and its issue's group shown.
    pub fn with_stance(&self, stance: StanceId, outline: &Outline) -> UrlState {
        let stance = outline.stance(stance);
        let day = stance.from.first_day();
        let mut state = self.with_cell(stance.issue, stance.party);
        state.as_of = (day != outline.as_of).then_some(day);
        add_sorted(&mut state.parties, stance.party);
        add_sorted(&mut state.groups, outline.issue(stance.issue).group);
        state
    }

    /// The timeline showing one person's events, and no other filter.
    pub fn with_person(&self, person: PersonId) -> UrlState {
        let filter = TimelineFilter {
            person: Some(person),
            ..TimelineFilter::default()
        };
        UrlState {
            view: View::Timeline,
            filter,
            ..self.clone()
        }
    }

    /// The plans compared with `document` among them, at `issue`'s row if one is given. The
    /// reader's documents stay; where there is no room for one more, the one furthest from it
    /// in time makes way.
    pub fn with_document(&self, document: DocumentId, issue: Option<IssueId>) -> UrlState {
        let mut documents = self.documents.clone();
        add_sorted(&mut documents, document);
        while documents.len() > *DOCUMENTS_COMPARED.end() {
            let furthest =
                if document.0 - documents[0].0 >= documents[documents.len() - 1].0 - document.0 {
                    0
                } else {
                    documents.len() - 1
                };
            documents.remove(furthest);
        }
        UrlState {
            view: View::Plans,
            documents,
            issue,
            party: None,
            ..self.clone()
        }
    }
}

/// A part of a view that a state can point at: marked as selected, and where a link lands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An issue's row in the positions table.
    IssueRow(IssueId),
    /// One party's cell in an issue's row of the positions table.
    Cell(IssueId, PartyId),
    /// An issue's row in the plans compared.
    PlansRow(IssueId),
    /// An event in the timeline.
    Event(EventId),
}

impl UrlState {
    /// The rows and cell of the two tables that this state points at, whichever view shows:
    /// the issue's row in each, and the party's cell in the positions table.
    pub fn selected_in_tables(&self) -> Vec<Target> {
        let Some(issue) = self.issue else {
            return Vec::new();
        };
        let mut selected = vec![Target::IssueRow(issue), Target::PlansRow(issue)];
        selected.extend(self.party.map(|party| Target::Cell(issue, party)));
        selected
    }

    /// Where a link in this state lands: in the positions table, the cell when its party's
    /// column is shown, else the issue's row; in the plans compared, the issue's row; in the
    /// timeline, the event. `None` where the state points at nothing in its view.
    pub fn landing(&self) -> Option<Target> {
        match self.view {
            View::Positions => {
                let issue = self.issue?;
                Some(match self.party {
                    Some(party) if self.parties.contains(&party) => Target::Cell(issue, party),
                    _ => Target::IssueRow(issue),
                })
            }
            View::Plans => self.issue.map(Target::PlansRow),
            View::Timeline => self.event.map(Target::Event),
            View::People | View::Sources => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::{OUTLINE, RECORD};

    fn parse(q: &str) -> UrlState {
        UrlState::parse_address(q, &OUTLINE)
    }

    #[test]
    fn links_to_an_event_an_issue_or_a_person() {
        let start = parse("people/?parties=ukraine&q=minsk&tracks=trilateral");
        let davos = OUTLINE.find_event("davos").unwrap();
        assert_eq!(
            start
                .with_event(davos, &OUTLINE, &SearchIndex::new(&RECORD))
                .to_address(&OUTLINE),
            "timeline/?parties=ukraine&event=davos",
            "filters that hide the event are cleared"
        );
        let on_track = parse("?tracks=us-russia&q=davos");
        assert_eq!(
            on_track
                .with_event(davos, &OUTLINE, &SearchIndex::new(&RECORD))
                .to_address(&OUTLINE),
            "timeline/?tracks=us-russia&q=davos&event=davos",
            "filters that show it are kept"
        );
        let nato = OUTLINE.find_issue("nato").unwrap();
        assert_eq!(
            start.with_issue(nato).to_address(&OUTLINE),
            "?parties=ukraine&tracks=trilateral&q=minsk&issue=nato"
        );
        let ukraine = OUTLINE.find_party("ukraine").unwrap();
        assert_eq!(
            start.with_cell(nato, ukraine).to_address(&OUTLINE),
            "?parties=ukraine&tracks=trilateral&q=minsk&issue=nato&party=ukraine"
        );
        assert_eq!(
            start.with_cell(nato, ukraine).with_issue(nato).party,
            None,
            "a link to a row points at no cell"
        );
        let witkoff = OUTLINE.find_person("witkoff").unwrap();
        assert_eq!(
            start.with_person(witkoff).to_address(&OUTLINE),
            "timeline/?parties=ukraine&person=witkoff"
        );
    }

    #[test]
    fn a_link_to_a_stance_shows_its_cell_on_its_first_day() {
        let start = parse("timeline/?parties=russia&groups=justice&event=davos");
        let nato = OUTLINE.find_issue("nato").unwrap();
        let ukraine = OUTLINE.find_party("ukraine").unwrap();
        let stance = OUTLINE.stance_history(nato, ukraine).nth(1).unwrap();
        let state = start.with_stance(stance, &OUTLINE);
        assert_eq!(state.view, View::Positions);
        assert_eq!((state.issue, state.party), (Some(nato), Some(ukraine)));
        assert_eq!(state.as_of, Some(OUTLINE.stance(stance).from));
        assert!(state.parties.contains(&ukraine), "its column is shown");
        assert!(state.groups.contains(&OUTLINE.issues[nato.index()].group));
        assert_eq!(
            state.to_address(&OUTLINE),
            "?parties=ukraine,russia&event=davos&issue=nato&party=ukraine&asof=2025-12-14"
        );
        let us = OUTLINE.find_party("us").unwrap();
        let by_month = OUTLINE.stance_history(nato, us).next().unwrap();
        assert!(OUTLINE.stance(by_month).from.is_month());
        let state = start.with_stance(by_month, &OUTLINE);
        assert_eq!(
            state.as_of,
            Some(Date::new(2025, 11, 1)),
            "a month is read from its first day"
        );
        assert_eq!(
            OUTLINE.stance_on(nato, us, Date::new(2025, 11, 1)),
            Some(by_month)
        );
    }

    #[test]
    fn a_move_reads_back_from_its_attribute() {
        let o = &OUTLINE;
        let nato = o.find_issue("nato").unwrap();
        let us = o.find_party("us").unwrap();
        let moves = [
            Move::Event(o.find_event("abu-dhabi").unwrap()),
            Move::Issue(nato),
            Move::Cell(nato, us),
            Move::Stance(o.stance_history(nato, us).next().unwrap()),
            Move::Stance(
                o.stance_history(nato, o.find_party("ukraine").unwrap())
                    .nth(1)
                    .unwrap(),
            ),
            Move::Person(o.find_person("dmitriev").unwrap()),
            Move::Document(o.find_document("memo").unwrap()),
            Move::Provision(o.find_document("framework").unwrap(), nato),
        ];
        for m in moves {
            assert_eq!(Move::parse(&m.attr(o), o), Some(m), "{}", m.attr(o));
        }
        assert_eq!(Move::Stance(StanceId(3)).attr(o), "stance nato us 2025-11");
        for bad in [
            "",
            "event",
            "event nowhere",
            "cell nato",
            "cell nato nobody",
            "stance nato us 2025-12-01",
            "stance nato us",
            "issue nato extra",
            "EVENT davos",
            "document",
            "document nothing",
            "provision memo",
            "provision memo nowhere",
            "provision nothing nato",
        ] {
            assert_eq!(Move::parse(bad, o), None, "{bad:?}");
        }
    }

    #[test]
    fn a_link_to_a_document_adds_it_to_the_comparison() {
        let o = &OUTLINE;
        let (memo, framework) = (
            o.find_document("memo").unwrap(),
            o.find_document("framework").unwrap(),
        );
        let nato = o.find_issue("nato").unwrap();
        let start = parse("?issue=nato&party=us&q=minsk");
        assert_eq!(
            start.with_document(memo, None).to_address(o),
            "plans/?docs=memo,plan,framework&q=minsk",
            "added in date order; the table's cell is no longer the target"
        );
        assert_eq!(
            start.with_document(framework, Some(nato)).to_address(o),
            "plans/?q=minsk&issue=nato",
            "already compared: the documents stay as they are"
        );
    }

    #[test]
    fn a_document_takes_the_place_of_the_one_furthest_from_it() {
        let ids: Vec<DocumentId> = (0..6).map(DocumentId).collect();
        let full = UrlState {
            documents: vec![ids[0], ids[1], ids[2], ids[3]],
            ..parse("")
        };
        assert_eq!(
            full.with_document(ids[5], None).documents,
            [ids[1], ids[2], ids[3], ids[5]],
            "the oldest makes way for a later one"
        );
        let later = UrlState {
            documents: vec![ids[2], ids[3], ids[4], ids[5]],
            ..parse("")
        };
        assert_eq!(
            later.with_document(ids[0], None).documents,
            [ids[0], ids[2], ids[3], ids[4]],
            "the newest makes way for an earlier one"
        );
    }

    #[test]
    fn a_link_lands_on_the_cell_when_its_column_shows_else_on_the_row() {
        let o = &OUTLINE;
        let (nato, amnesty) = (
            o.find_issue("nato").unwrap(),
            o.find_issue("amnesty").unwrap(),
        );
        let (ukraine, us) = (
            o.find_party("ukraine").unwrap(),
            o.find_party("us").unwrap(),
        );
        let lands = |q: &str| parse(q).landing();
        assert_eq!(lands(""), None, "the default state points at nothing");
        assert_eq!(lands("?issue=nato"), Some(Target::IssueRow(nato)));
        assert_eq!(lands("?issue=nato&party=us"), Some(Target::Cell(nato, us)));
        assert_eq!(
            lands("?parties=ukraine&issue=nato&party=us"),
            Some(Target::IssueRow(nato)),
            "the cell's column is hidden: the row"
        );
        assert_eq!(
            lands("?parties=ukraine&issue=amnesty&party=ukraine"),
            Some(Target::Cell(amnesty, ukraine))
        );
        assert_eq!(
            lands("plans/?issue=nato&party=us"),
            Some(Target::PlansRow(nato))
        );
        assert_eq!(
            lands("timeline/?event=davos&issue=nato"),
            Some(Target::Event(o.find_event("davos").unwrap()))
        );
        assert_eq!(lands("timeline/?issue=nato"), None);
        assert_eq!(lands("people/?event=davos&issue=nato"), None);
        assert_eq!(lands("sources/?event=davos&issue=nato"), None);
    }

    #[test]
    fn a_state_selects_the_rows_of_its_issue_and_its_cell() {
        let o = &OUTLINE;
        let (nato, us) = (o.find_issue("nato").unwrap(), o.find_party("us").unwrap());
        assert_eq!(parse("timeline/?event=davos").selected_in_tables(), []);
        assert_eq!(
            parse("?issue=nato").selected_in_tables(),
            [Target::IssueRow(nato), Target::PlansRow(nato)]
        );
        assert_eq!(
            parse("people/?parties=ukraine&issue=nato&party=us").selected_in_tables(),
            [
                Target::IssueRow(nato),
                Target::PlansRow(nato),
                Target::Cell(nato, us)
            ],
            "in any view, and the cell even when its column is hidden"
        );
    }

    #[test]
    fn a_move_applies_as_its_method_does() {
        let o = &OUTLINE;
        let words = SearchIndex::new(&RECORD);
        let start = parse("people/?q=minsk");
        let davos = o.find_event("davos").unwrap();
        assert_eq!(
            Move::Event(davos).apply(&start, o, &words),
            start.with_event(davos, o, &words)
        );
        let witkoff = o.find_person("witkoff").unwrap();
        assert_eq!(
            Move::Person(witkoff).apply(&start, o, &words),
            start.with_person(witkoff)
        );
    }
}
