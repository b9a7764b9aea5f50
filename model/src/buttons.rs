//! What the page's buttons ask of the browser's script. The pre-render writes it into a data
//! attribute and the script reads it back, as it does for links ([`crate::moves`]):
//!
//! - an [`Action`] (`data-action="copy-link"`): a button that does one thing;
//! - a [`Toggle`] (`data-toggle="track trilateral"`): a chip that switches one thing on or off.
//!
//! Each is written with `attr()` and read with `parse()`, so both sides take the words from
//! here and a native test (`render/src/contract.rs`) checks that every button in the pages reads.

use crate::lanes::Zoom;
use crate::outline::Outline;
use crate::types::{DocumentId, GroupId, PartyId, TrackId};

/// A button that does one thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The "as of" control: the day of the previous or next event, or back to the snapshot.
    AsOfPrevious,
    AsOfNext,
    AsOfBack,
    /// The timeline: clear its filters, or list the next page of events.
    ClearFilters,
    More,
    /// Sharing: copy the link, open the Embed dialog, copy its code, close it.
    CopyLink,
    OpenEmbed,
    CopyCode,
    CloseEmbed,
    /// Open the Embed dialog on one card (`crate::cards::Card`), which the button names in
    /// its `data-card`.
    EmbedCard,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::AsOfPrevious,
        Action::AsOfNext,
        Action::AsOfBack,
        Action::ClearFilters,
        Action::More,
        Action::CopyLink,
        Action::OpenEmbed,
        Action::CopyCode,
        Action::CloseEmbed,
        Action::EmbedCard,
    ];

    /// The action as its data attribute says it.
    pub fn attr(self) -> &'static str {
        match self {
            Action::AsOfPrevious => "as-of-previous",
            Action::AsOfNext => "as-of-next",
            Action::AsOfBack => "as-of-back",
            Action::ClearFilters => "clear-filters",
            Action::More => "more",
            Action::CopyLink => "copy-link",
            Action::OpenEmbed => "open-embed",
            Action::CopyCode => "copy-code",
            Action::CloseEmbed => "close-embed",
            Action::EmbedCard => "embed-card",
        }
    }

    /// Reads what [`Action::attr`] wrote; `None` for anything else.
    pub fn parse(attr: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.attr() == attr)
    }
}

/// A chip: what it switches on or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggle {
    /// A party's column in the positions table (and its land map).
    Party(PartyId),
    /// A group of issues in the positions table.
    Group(GroupId),
    /// A track in the timeline's filters.
    Track(TrackId),
    /// A document among the plans compared.
    Document(DocumentId),
    /// The tracks picture's time span.
    Zoom(Zoom),
}

impl Toggle {
    /// The chip as words for its data attribute, a kind and an id: `party ukraine`,
    /// `group security`, `track trilateral`, `document 28pt`, `zoom close`.
    pub fn attr(self, outline: &Outline) -> String {
        let (kind, id) = match self {
            Toggle::Party(p) => ("party", outline.party(p).id),
            Toggle::Group(g) => ("group", outline.group(g).id),
            Toggle::Track(t) => ("track", outline.track(t).id),
            Toggle::Document(d) => ("document", outline.document(d).id),
            Toggle::Zoom(z) => ("zoom", z.slug()),
        };
        format!("{kind} {id}")
    }

    /// Reads what [`Toggle::attr`] wrote; `None` for anything else.
    pub fn parse(attr: &str, outline: &Outline) -> Option<Toggle> {
        let (kind, id) = attr.split_once(' ')?;
        match kind {
            "party" => outline.find_party(id).map(Toggle::Party),
            "group" => outline.find_group(id).map(Toggle::Group),
            "track" => outline.find_track(id).map(Toggle::Track),
            "document" => outline.find_document(id).map(Toggle::Document),
            "zoom" => Zoom::from_slug(id).map(Toggle::Zoom),
            _ => None,
        }
    }

    /// Every chip the record makes possible, kind by kind in the record's order.
    pub fn all(outline: &Outline) -> impl Iterator<Item = Toggle> + '_ {
        (outline.party_ids().map(Toggle::Party))
            .chain(outline.group_ids().map(Toggle::Group))
            .chain(outline.track_ids().map(Toggle::Track))
            .chain(outline.document_ids().map(Toggle::Document))
            .chain(Zoom::ALL.map(Toggle::Zoom))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::OUTLINE;

    #[test]
    fn an_action_reads_back_from_its_attribute() {
        for action in Action::ALL {
            assert_eq!(Action::parse(action.attr()), Some(action), "{action:?}");
        }
        assert_eq!(Action::parse("copy-link"), Some(Action::CopyLink));
        assert_eq!(Action::parse("embed-card"), Some(Action::EmbedCard));
        for bad in [
            "",
            "copy",
            "Copy-link",
            "copy-link ",
            "as-of",
            "embed",
            "embed-cards",
        ] {
            assert_eq!(Action::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_toggle_reads_back_from_its_attribute() {
        let o = &OUTLINE;
        let all: Vec<Toggle> = Toggle::all(o).collect();
        assert_eq!(
            all.len(),
            o.parties.len() + o.groups.len() + o.tracks.len() + o.documents.len() + 2
        );
        for toggle in all {
            assert_eq!(
                Toggle::parse(&toggle.attr(o), o),
                Some(toggle),
                "{toggle:?}"
            );
        }
        assert_eq!(
            Toggle::Track(o.find_track("trilateral").unwrap()).attr(o),
            "track trilateral"
        );
        assert_eq!(Toggle::Zoom(Zoom::Close).attr(o), "zoom close");
        for bad in [
            "",
            "party",
            "party ",
            "party nobody",
            "track ukraine",
            "zoom closer",
            "Party ukraine",
            "party  ukraine",
            "colour red",
        ] {
            assert_eq!(Toggle::parse(bad, o), None, "{bad:?}");
        }
    }
}
