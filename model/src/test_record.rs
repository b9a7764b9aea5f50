//! A tiny hand-made record for the unit tests of the logic modules.

use crate::date::{Date, When};
use crate::outline::*;
use crate::types::*;

const S: &[SourceId] = &[SourceId(0)];

/// The record's outline, written out by hand the way the build generates it; checked to
/// agree with the record by `outline_agrees_with_the_record`.
pub static OUTLINE: Outline = Outline {
    as_of: Date::new(2026, 1, 22),
    parties: &[
        Key { id: "ukraine" },
        Key { id: "russia" },
        Key { id: "us" },
    ],
    groups: &[Key { id: "security" }, Key { id: "justice" }],
    issues: &[
        IssueKey {
            id: "nato",
            group: GroupId(0),
        },
        IssueKey {
            id: "amnesty",
            group: GroupId(1),
        },
    ],
    tracks: &[
        Key { id: "us-russia" },
        Key { id: "trilateral" },
        Key { id: "multilateral" },
    ],
    people: &[Key { id: "witkoff" }, Key { id: "dmitriev" }],
    events: &[
        EventKey {
            id: "minsk",
            when: When::On(Date::new(2014, 9, 5)),
            tracks: &[TrackId(2)],
            people: &[],
        },
        EventKey {
            id: "davos",
            when: When::On(Date::new(2026, 1, 20)),
            tracks: &[TrackId(0)],
            people: &[PersonId(0), PersonId(1)],
        },
        EventKey {
            id: "abu-dhabi",
            when: When::Span(Date::new(2026, 1, 23), Date::new(2026, 1, 24)),
            tracks: &[TrackId(1), TrackId(0)],
            people: &[PersonId(0)],
        },
    ],
    stances: &[
        StanceKey {
            issue: IssueId(0),
            party: PartyId(0),
            from: Date::new(2022, 9, 30),
            event: None,
        },
        StanceKey {
            issue: IssueId(0),
            party: PartyId(0),
            from: Date::new(2025, 12, 14),
            event: None,
        },
        StanceKey {
            issue: IssueId(0),
            party: PartyId(1),
            from: Date::new(2025, 6, 2),
            event: None,
        },
        StanceKey {
            issue: IssueId(0),
            party: PartyId(2),
            from: Date::new(2025, 11, 0),
            event: None,
        },
    ],
    documents: &[
        Key { id: "memo" },
        Key { id: "plan" },
        Key { id: "framework" },
    ],
    compared_first: &[DocumentId(1), DocumentId(2)],
};

pub static RECORD: Record = Record {
    outline: &OUTLINE,
    meta: Meta {
        title: "Test record",
        as_of: Date::new(2026, 1, 22),
        standfirst: "A record for tests.",
        state_of_play: &[],
    },
    parties: &[
        Party {
            id: "ukraine",
            name: "Ukraine",
            side: "Ukraine",
            description: "Kyiv",
        },
        Party {
            id: "russia",
            name: "Russia",
            side: "Russia",
            description: "Moscow",
        },
        Party {
            id: "us",
            name: "US plan",
            side: "United States",
            description: "Washington",
        },
    ],
    groups: &[
        Group {
            id: "security",
            name: "Security",
        },
        Group {
            id: "justice",
            name: "Justice",
        },
    ],
    issues: &[
        Issue {
            id: "nato",
            group: GroupId(0),
            name: "NATO",
            question: "Will Ukraine join?",
        },
        Issue {
            id: "amnesty",
            group: GroupId(1),
            name: "Amnesty",
            question: "Who is forgiven?",
        },
    ],
    tracks: &[
        Track {
            id: "us-russia",
            name: "US–Russia",
            description: "Envoys",
        },
        Track {
            id: "trilateral",
            name: "Trilateral",
            description: "All three",
        },
        Track {
            id: "multilateral",
            name: "Multilateral",
            description: "Many",
        },
    ],
    people: &[
        Person {
            id: "witkoff",
            name: "Steve Witkoff",
            side: Some(PartyId(2)),
            role: "Envoy",
            sources: S,
        },
        Person {
            id: "dmitriev",
            name: "Kirill Dmitriev",
            side: Some(PartyId(1)),
            role: "Envoy",
            sources: S,
        },
    ],
    sources: &[
        Source {
            id: "src",
            publisher: "Wire",
            via: None,
            date: None,
            url: "https://example.org/",
            state_media: false,
        },
        Source {
            id: "tass",
            publisher: "TASS",
            via: None,
            date: None,
            url: "https://example.org/t",
            state_media: true,
        },
    ],
    events: &[
        Event {
            id: "minsk",
            when: When::On(Date::new(2014, 9, 5)),
            title: "Minsk Protocol",
            tracks: &[TrackId(2)],
            place: "Minsk",
            people: &[],
            summary: "A ceasefire that did not hold.",
            sources: S,
            confidence: Confidence::High,
        },
        Event {
            id: "davos",
            when: When::On(Date::new(2026, 1, 20)),
            title: "Envoys meet in Davos",
            tracks: &[TrackId(0)],
            place: "Davos",
            people: &[PersonId(0), PersonId(1)],
            summary: "A two-hour meeting.",
            sources: &[SourceId(1), SourceId(0)],
            confidence: Confidence::High,
        },
        Event {
            id: "abu-dhabi",
            when: When::Span(Date::new(2026, 1, 23), Date::new(2026, 1, 24)),
            title: "First trilateral talks",
            tracks: &[TrackId(1), TrackId(0)],
            place: "Emirates Palace, Abu Dhabi",
            people: &[PersonId(0)],
            summary: "A security working group.",
            sources: S,
            confidence: Confidence::High,
        },
    ],
    stances: &[
        Stance {
            issue: IssueId(0),
            party: PartyId(0),
            from: Date::new(2022, 9, 30),
            summary: "Wants to join NATO",
            details: "Fast-track application.",
            event: None,
            document: None,
            regions: &[],
            sources: S,
            confidence: Confidence::High,
        },
        Stance {
            issue: IssueId(0),
            party: PartyId(0),
            from: Date::new(2025, 12, 14),
            summary: "Would forgo NATO for guarantees",
            details: "Offered in Berlin.",
            event: None,
            document: None,
            regions: &[],
            sources: S,
            confidence: Confidence::High,
        },
        Stance {
            issue: IssueId(0),
            party: PartyId(1),
            from: Date::new(2025, 6, 2),
            summary: "Permanent neutrality",
            details: "In the memorandum.",
            event: None,
            document: None,
            regions: &[],
            sources: &[SourceId(1)],
            confidence: Confidence::High,
        },
        Stance {
            issue: IssueId(0),
            party: PartyId(2),
            from: Date::new(2025, 11, 0),
            summary: "No NATO",
            details: "In the draft.",
            event: None,
            document: None,
            regions: &[],
            sources: S,
            confidence: Confidence::Medium,
        },
    ],
    documents: &[
        Document {
            id: "memo",
            title: "The memorandum",
            short: "memorandum",
            when: When::On(Date::new(2025, 6, 2)),
            by: "Russia",
            status: "published",
            public: "Published.",
            event: None,
            sources: S,
            confidence: Confidence::High,
        },
        Document {
            id: "plan",
            title: "The plan",
            short: "plan",
            when: When::On(Date::new(2025, 11, 20)),
            by: "The US",
            status: "leaked",
            public: "Leaked.",
            event: None,
            sources: S,
            confidence: Confidence::High,
        },
        Document {
            id: "framework",
            title: "The framework",
            short: "framework",
            when: When::Span(Date::new(2025, 12, 23), Date::new(2025, 12, 24)),
            by: "The US and Ukraine",
            status: "read out",
            public: "Read out.",
            event: Some(EventId(1)),
            sources: S,
            confidence: Confidence::Medium,
        },
    ],
    provisions: &[
        Provision {
            document: DocumentId(0),
            issue: IssueId(0),
            point: None,
            text: "Neutrality.",
            omits: false,
            same_as: &[],
            sources: S,
        },
        Provision {
            document: DocumentId(1),
            issue: IssueId(0),
            point: Some(7),
            text: "No NATO, in the constitution.",
            omits: false,
            same_as: &[],
            sources: S,
        },
        Provision {
            document: DocumentId(1),
            issue: IssueId(1),
            point: Some(26),
            text: "An amnesty for all.",
            omits: false,
            same_as: &[],
            sources: S,
        },
        Provision {
            document: DocumentId(2),
            issue: IssueId(0),
            point: None,
            text: "Neutrality, as the memorandum had it.",
            omits: false,
            same_as: &[DocumentId(0)],
            sources: S,
        },
        Provision {
            document: DocumentId(2),
            issue: IssueId(1),
            point: None,
            text: "No amnesty clause.",
            omits: true,
            same_as: &[],
            sources: S,
        },
    ],
    corrections: &[],
    revisions: &[],
    map: LandMap {
        view_box: "0 0 10 10",
        regions: &[],
        issue: None,
        plant_issue: None,
    },
};

#[test]
fn documents_compare_issue_by_issue() {
    use crate::compare::Change;
    let (memo, plan, framework) = (DocumentId(0), DocumentId(1), DocumentId(2));
    let (nato, amnesty) = (IssueId(0), IssueId(1));
    assert_eq!(RECORD.change(memo, plan, nato), Some(Change::Changed));
    assert_eq!(RECORD.change(plan, framework, nato), Some(Change::Changed));
    assert_eq!(RECORD.change(memo, framework, nato), Some(Change::Same));
    assert_eq!(
        RECORD.change(memo, plan, amnesty),
        None,
        "what the memo says on it is not known"
    );
    assert_eq!(
        RECORD.change(plan, framework, amnesty),
        Some(Change::Dropped)
    );
    assert_eq!(
        RECORD.change(framework, plan, IssueId(1)),
        Some(Change::New)
    );
    assert_eq!(
        RECORD.change(plan, memo, amnesty),
        None,
        "the memo says nothing"
    );
    assert_eq!(
        RECORD.provision(plan, amnesty).and_then(|p| p.point),
        Some(26)
    );
    let from_davos: Vec<_> = RECORD.documents_from(EventId(1)).collect();
    assert_eq!(from_davos, vec![framework]);
}

#[test]
fn stance_on_a_date_is_the_latest_begun() {
    let (nato, ukraine, russia, us) = (IssueId(0), PartyId(0), PartyId(1), PartyId(2));
    let on = |party, y, m, d| {
        RECORD
            .stance_on(nato, party, Date::new(y, m, d))
            .map(|s| s.summary)
    };
    assert_eq!(on(ukraine, 2022, 9, 29), None, "before the first stance");
    assert_eq!(
        on(ukraine, 2022, 9, 30),
        Some("Wants to join NATO"),
        "on the same day"
    );
    assert_eq!(on(ukraine, 2025, 12, 13), Some("Wants to join NATO"));
    assert_eq!(
        on(ukraine, 2025, 12, 14),
        Some("Would forgo NATO for guarantees")
    );
    assert_eq!(on(us, 2025, 10, 31), None);
    assert_eq!(
        on(us, 2025, 11, 1),
        Some("No NATO"),
        "a month-precision stance holds from its first day"
    );
    assert_eq!(on(russia, 2025, 6, 1), None, "no stance recorded yet");
    assert_eq!(
        RECORD
            .stance_on(nato, us, Date::new(2025, 11, 0))
            .map(|s| s.summary),
        Some("No NATO")
    );
}

#[test]
fn outline_agrees_with_the_record() {
    assert_eq!(RECORD.outline.agrees_with(&RECORD), Ok(()));
    let missing_a_stance = Outline {
        stances: &OUTLINE.stances[1..],
        ..OUTLINE
    };
    assert_eq!(
        missing_a_stance.agrees_with(&RECORD),
        Err("stances: 3 in the outline, 4 in the record".to_owned())
    );
    let fewer_events = Outline {
        events: &OUTLINE.events[..2],
        ..OUTLINE
    };
    assert!(fewer_events.agrees_with(&RECORD).is_err());
}

#[test]
fn after_snapshot_follows_the_as_of_date() {
    let after: Vec<_> = OUTLINE
        .event_ids()
        .filter(|e| OUTLINE.is_after_snapshot(*e))
        .map(|e| OUTLINE.event(e).id)
        .collect();
    assert_eq!(after, ["abu-dhabi"]);
}

#[test]
fn finds_claims_resting_on_state_media_alone() {
    // The Davos event cites TASS and an independent wire; only the Russian stance rests on TASS alone.
    assert_eq!(
        RECORD.claims_on_state_media_alone(crate::lang::fill),
        ["Russia on NATO: Permanent neutrality"]
    );
}
