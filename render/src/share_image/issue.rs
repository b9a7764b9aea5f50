//! One issue's card picture: each party's position at the snapshot.

use super::canvas::{card, heading, party_colour, Anchor, Svg, Type, FOOTER_TOP, INNER, MARGIN};
use crate::drawing::record;
use crate::words::tr;
use model::types::{IssueId, PartyId};

/// One issue: the four parties' positions at the snapshot, each under its name and colour.
pub(super) fn positions(s: &mut Svg, issue: IssueId) {
    let r = record();
    let i = r.issue(issue);
    let top = heading(s, i.name, Some(i.question));
    let parties: Vec<PartyId> = r.party_ids().collect();
    let (cols, gap) = (2usize, 24.0);
    let rows = parties.len().div_ceil(cols);
    let cell_w = (INNER - gap) / 2.0;
    let cell_h = ((FOOTER_TOP - 20.0 - top) - gap * (rows as f32 - 1.0)) / rows as f32;
    let c = s.colours;
    let (surface, rule, text, muted) = (c.surface, c.rule, c.text, c.muted);
    let says = |party: PartyId| match r.stance_on(issue, party, r.meta.as_of) {
        Some(stance) => (stance.summary, Type::new(28.0, true, text)),
        None => (
            tr("No public position found"),
            Type::new(26.0, false, muted),
        ),
    };
    // One size for the four: the largest in which each fits its card.
    let sizes = [28.0, 24.0, 21.0];
    let size = parties
        .iter()
        .map(|party| {
            let (words, t) = says(*party);
            t.fitting(&sizes, words, cell_w - 32.0, cell_h - 52.0)
                .0
                .size
        })
        .fold(sizes[0], f32::min);
    for (k, party) in parties.iter().enumerate() {
        let x = MARGIN + (k % cols) as f32 * (cell_w + gap);
        let y = top + (k / cols) as f32 * (cell_h + gap);
        card(s, x, y, cell_w, cell_h, party_colour(*party), surface, rule);
        let name = Type::new(22.0, true, party_colour(*party));
        s.text(
            x + 16.0,
            y + 36.0,
            name,
            Anchor::Start,
            &name.fit(r.party(*party).name, cell_w - 32.0),
        );
        let (words, t) = says(*party);
        let (t, lines) = Type { size, ..t }.fitting(&[size], words, cell_w - 32.0, cell_h - 52.0);
        s.para(x + 16.0, y + 50.0 + t.size, cell_w - 32.0, lines, t, words);
    }
}
