//! Embed cards: one piece of the explainer on a small page of its own, for an article's
//! iframe. Each card is a folder of the edition (`cards/issue/donbas/`), drawn at build time;
//! its query carries only what the card can show differently (`?asof=2025-12-23` on an issue
//! or the maps, `?docs=28pt,20pt,e3` on a comparison, and `theme`).
//!
//! The addresses are a public interface, like the pages': `tests/addresses.json` lists the
//! published forms. A card address that asks for what the card cannot show (a date it cannot
//! read, a set of documents it cannot compare) is a [`Problem`] the card says in words, with
//! a link to the explainer, rather than something it quietly drops.

use crate::date::Date;
use crate::outline::Outline;
use crate::types::{EventId, IssueId};
use crate::url_state::{Params, UrlState, View, DOCUMENTS_COMPARED};

/// The folder below an edition's root that holds every card.
pub const CARDS_FOLDER: &str = "cards/";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    /// One issue: the parties' positions on it, as of a date.
    Issue(IssueId),
    /// The land maps, their legend and their table, as of a date.
    Land,
    /// The peace texts compared: on one issue, or the whole table.
    Plans(Option<IssueId>),
    /// One event of the timeline, with the stances it moved.
    Event(EventId),
}

/// What a card's address asks for that the card cannot show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// `asof` is not a day the card can read (`2025-13-40`, `soon`, a month).
    Date,
    /// `docs` names a text the record does not have, or fewer than two or more than four.
    Documents,
}

impl Problem {
    pub const ALL: [Problem; 2] = [Problem::Date, Problem::Documents];

    /// Its name in the card's markup (`data-problem`), where its words are pre-rendered.
    pub fn slug(self) -> &'static str {
        match self {
            Problem::Date => "date",
            Problem::Documents => "docs",
        }
    }
}

impl Card {
    /// Every card the build writes, in a stable order: the issues, the maps, the whole
    /// comparison and the comparison on each issue, then the events.
    pub fn all(outline: &Outline) -> Vec<Card> {
        let mut cards: Vec<Card> = outline.issue_ids().map(Card::Issue).collect();
        cards.push(Card::Land);
        cards.push(Card::Plans(None));
        cards.extend(outline.issue_ids().map(|i| Card::Plans(Some(i))));
        cards.extend(outline.event_ids().map(Card::Event));
        cards
    }

    /// The kind of card, as its folder and its markup name it (`data-card`).
    pub fn kind(self) -> &'static str {
        match self {
            Card::Issue(_) => "issue",
            Card::Land => "land",
            Card::Plans(_) => "plans",
            Card::Event(_) => "event",
        }
    }

    /// The card's page, as a folder of the edition: `cards/issue/donbas/`, `cards/land/`,
    /// `cards/plans/`, `cards/plans/donbas/`, `cards/event/davos-and-kremlin/`.
    pub fn folder(self, outline: &Outline) -> String {
        let id = match self {
            Card::Issue(issue) | Card::Plans(Some(issue)) => Some(outline.issue(issue).id),
            Card::Event(event) => Some(outline.event(event).id),
            Card::Land | Card::Plans(None) => None,
        };
        match id {
            Some(id) => format!("{CARDS_FOLDER}{}/{id}/", self.kind()),
            None => format!("{CARDS_FOLDER}{}/", self.kind()),
        }
    }

    /// The card's name in its page's markup and in the Embed buttons (`data-card`): its
    /// folder below `cards/`, without the final `/` (`issue/donbas`, `land`).
    pub fn name(self, outline: &Outline) -> String {
        let folder = self.folder(outline);
        let name = folder.strip_prefix(CARDS_FOLDER).unwrap_or(&folder);
        name.strip_suffix('/').unwrap_or(name).to_owned()
    }

    /// The card of that name, if any.
    pub fn named(name: &str, outline: &Outline) -> Option<Card> {
        Card::at(&format!("{CARDS_FOLDER}{name}/"), outline)
    }

    /// What a relative address on the card's page starts with to reach the edition's root.
    pub fn to_root(self) -> &'static str {
        match self {
            Card::Land | Card::Plans(None) => "../../",
            Card::Issue(_) | Card::Plans(Some(_)) | Card::Event(_) => "../../../",
        }
    }

    /// The card whose page is at `path` below the edition's root (`cards/issue/donbas/`,
    /// with or without `index.html`), if any.
    pub fn at(path: &str, outline: &Outline) -> Option<Card> {
        let folder = path.strip_suffix("index.html").unwrap_or(path);
        let rest = folder.strip_prefix(CARDS_FOLDER)?.strip_suffix('/')?;
        let mut parts = rest.split('/');
        let card = match (parts.next()?, parts.next()) {
            ("issue", Some(id)) => Card::Issue(outline.find_issue(id)?),
            ("land", None) => Card::Land,
            ("plans", None) => Card::Plans(None),
            ("plans", Some(id)) => Card::Plans(Some(outline.find_issue(id)?)),
            ("event", Some(id)) => Card::Event(outline.find_event(id)?),
            _ => return None,
        };
        parts.next().is_none().then_some(card)
    }

    /// The view of the explainer the card is a piece of.
    pub fn view(self) -> View {
        match self {
            Card::Issue(_) | Card::Land => View::Positions,
            Card::Plans(_) => View::Plans,
            Card::Event(_) => View::Timeline,
        }
    }

    /// Whether the card has a control the reader can use (and so needs the script): the date
    /// of the positions and maps, the texts compared. An event card has none.
    pub fn has_control(self) -> bool {
        !matches!(self, Card::Event(_))
    }

    /// Whether the card's address can ask for what `problem` is about.
    pub fn can_have(self, problem: Problem) -> bool {
        match problem {
            Problem::Date => self.takes_date(),
            Problem::Documents => self.takes_documents(),
        }
    }

    /// What a card's query can carry: the date for the positions and maps, the texts for a
    /// comparison.
    fn takes_date(self) -> bool {
        matches!(self, Card::Issue(_) | Card::Land)
    }

    fn takes_documents(self) -> bool {
        matches!(self, Card::Plans(_))
    }

    /// The state a card's query asks for, with only what the card can show: the rest of a
    /// page's state (filters, parties, a target) is left at its default.
    pub fn state(self, query: &str, outline: &Outline) -> UrlState {
        self.kept(&UrlState::parse(query, outline), outline)
    }

    /// The card's address in `state` relative to the edition's root:
    /// `cards/issue/donbas/?asof=2025-12-23`.
    pub fn address(self, state: &UrlState, outline: &Outline) -> String {
        let query = self.kept(state, outline).to_query(outline);
        format!("{}{query}", self.folder(outline))
    }

    /// Of a state, what this card shows: its date or texts, its theme and embed mode; the
    /// rest is the default.
    fn kept(self, state: &UrlState, outline: &Outline) -> UrlState {
        let mut kept = UrlState::default_for(outline);
        kept.view = self.view();
        if self.takes_date() {
            kept.as_of = state.as_of;
        }
        if self.takes_documents() {
            kept.documents = state.documents.clone();
        }
        kept.theme = state.theme;
        kept.embed = state.embed;
        kept
    }

    /// The state of the full explainer the card shows a piece of, which its credit line links
    /// to: the issue's row at the card's date, the plans with its texts at its issue, the
    /// event open on the timeline. Never in embed mode or a forced theme: it opens in a tab
    /// of its own.
    pub fn explainer_state(self, card: &UrlState, outline: &Outline) -> UrlState {
        let mut state = UrlState::default_for(outline);
        state.view = self.view();
        match self {
            Card::Issue(issue) => {
                state.issue = Some(issue);
                state.as_of = card.as_of;
            }
            Card::Land => state.as_of = card.as_of,
            Card::Plans(issue) => {
                state.issue = issue;
                state.documents = card.documents.clone();
            }
            Card::Event(event) => state.event = Some(event),
        }
        state
    }

    /// What in `query` the card cannot show. Parameters the card does not take are no
    /// problem: a page's link with a card's path still shows the card.
    pub fn problems(self, query: &str, outline: &Outline) -> Vec<Problem> {
        let params = Params::parse(query);
        let mut problems = Vec::new();
        if self.takes_date() {
            let readable = params
                .get("asof")
                .is_some_and(|d| Date::parse(d).is_ok_and(|d| !d.is_month()));
            if params.has("asof") && !readable {
                problems.push(Problem::Date);
            }
        }
        if self.takes_documents() {
            let comparable = params.get("docs").is_some_and(|ids| {
                let ids: Vec<&str> = ids.split(',').map(str::trim).collect();
                ids.iter().all(|id| outline.find_document(id).is_some())
                    && DOCUMENTS_COMPARED.contains(&ids.len())
            });
            if params.has("docs") && !comparable {
                problems.push(Problem::Documents);
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::OUTLINE;

    fn outline() -> &'static Outline {
        &OUTLINE
    }

    #[test]
    fn every_card_has_a_folder_that_leads_back_to_it() {
        let o = outline();
        let cards = Card::all(o);
        assert!(cards.len() > 4);
        for card in &cards {
            let folder = card.folder(o);
            assert_eq!(Card::at(&folder, o), Some(*card), "{folder}");
            assert_eq!(
                Card::at(&format!("{folder}index.html"), o),
                Some(*card),
                "{folder}"
            );
            assert_eq!(Card::named(&card.name(o), o), Some(*card), "{folder}");
            // The way back to the root is as deep as the folder.
            assert_eq!(card.to_root().len() / 3, folder.matches('/').count());
        }
        let mut folders: Vec<String> = cards.iter().map(|c| c.folder(o)).collect();
        folders.sort();
        folders.dedup();
        assert_eq!(folders.len(), cards.len(), "two cards share a folder");
    }

    #[test]
    fn a_card_is_found_from_its_name_and_nothing_else() {
        let o = outline();
        for card in Card::all(o) {
            let attr = card.name(o);
            assert_eq!(Card::named(&attr, o), Some(card), "{attr}");
            assert!(!attr.starts_with('/') && !attr.ends_with('/'), "{attr}");
        }
        assert_eq!(Card::Land.name(o), "land");
        assert_eq!(Card::Plans(None).name(o), "plans");
        let issue = o.issue_ids().next().unwrap();
        let id = o.issue(issue).id;
        assert_eq!(Card::Issue(issue).name(o), format!("issue/{id}"));
        assert_eq!(Card::Plans(Some(issue)).name(o), format!("plans/{id}"));
        for bad in [
            "",
            "/",
            "land/",
            "/land",
            "cards/land",
            "issue",
            "issue/",
            "issue/nowhere",
            &format!("issue/{id}/"),
            &format!("issue/{id}/x"),
            "Land",
        ] {
            assert_eq!(Card::named(bad, o), None, "{bad:?}");
        }
    }

    #[test]
    fn unknown_card_paths_are_no_card() {
        let o = outline();
        for path in [
            "",
            "cards/",
            "cards/issue/",
            "cards/issue/nowhere/",
            "cards/event/nowhere/",
            "cards/land/extra/",
            "cards/land",
            "cards/issue/a/b/",
            "timeline/",
        ] {
            assert_eq!(Card::at(path, o), None, "{path:?}");
        }
    }

    #[test]
    fn a_card_keeps_only_what_it_shows() {
        let o = outline();
        let issue = o.issue_ids().next().unwrap();
        let card = Card::Issue(issue);
        let state = card.state("?asof=2025-01-05&q=talks&docs=a,b&theme=dark", o);
        assert_eq!(state.as_of.map(|d| d.iso()), Some("2025-01-05".into()));
        assert!(state.filter.text.is_empty());
        assert_eq!(
            card.address(&state, o),
            format!(
                "cards/issue/{}/?asof=2025-01-05&theme=dark",
                o.issue(issue).id
            )
        );
        // A comparison takes the texts, not the date.
        let plans = Card::Plans(None);
        let docs: Vec<&str> = o.document_ids().map(|d| o.document(d).id).collect();
        let query = format!("?asof=2025-01-05&docs={},{}", docs[0], docs[1]);
        let state = plans.state(&query, o);
        assert_eq!(state.as_of, None);
        assert_eq!(
            plans.address(&state, o),
            if state.documents == UrlState::default_for(o).documents {
                "cards/plans/".to_owned()
            } else {
                format!("cards/plans/?docs={},{}", docs[0], docs[1])
            }
        );
    }

    #[test]
    fn the_credit_links_to_the_same_state_in_the_explainer() {
        let o = outline();
        let issue = o.issue_ids().next().unwrap();
        let card = Card::Issue(issue);
        let state = card.state("?asof=2025-01-05", o);
        let full = card.explainer_state(&state, o);
        assert_eq!(
            full.to_address(o),
            format!("?issue={}&asof=2025-01-05", o.issue(issue).id)
        );
        let event = o.event_ids().next().unwrap();
        let full = Card::Event(event).explainer_state(&state, o);
        assert_eq!(
            full.to_address(o),
            format!("timeline/?event={}", o.event(event).id)
        );
    }

    #[test]
    fn what_a_card_cannot_show_is_a_problem() {
        let o = outline();
        let issue = Card::Issue(o.issue_ids().next().unwrap());
        let docs: Vec<&str> = o.document_ids().map(|d| o.document(d).id).collect();
        assert_eq!(issue.problems("", o), []);
        assert_eq!(issue.problems("?asof=2025-01-05&q=x", o), []);
        for bad in ["?asof=soon", "?asof=2025-13-40", "?asof=2025-01", "?asof="] {
            assert_eq!(issue.problems(bad, o), [Problem::Date], "{bad}");
        }
        // Texts on a card that compares none are not its business.
        assert_eq!(issue.problems("?docs=nothing", o), []);
        let plans = Card::Plans(None);
        let two = format!("?docs={},{}", docs[0], docs[1]);
        assert_eq!(plans.problems(&two, o), []);
        let five = format!("?docs={}", [docs[0]; 5].join(","));
        for bad in ["?docs=nothing,else", &five, &format!("?docs={}", docs[0])] {
            assert_eq!(plans.problems(bad, o), [Problem::Documents], "{bad}");
        }
        assert_eq!(plans.problems("?asof=soon", o), []);
    }
}
