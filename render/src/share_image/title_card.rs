//! The picture of a view without a drawing of its own: the people, the sources, the plans.

use super::canvas::{party_colour, Svg, Type, INNER, MARGIN};
use crate::drawing::record;
use crate::words::tr;
use model::url_state::View;

/// A view without a drawing of its own: its name in large type, what it holds, and the
/// parties' colours.
pub(super) fn title_card(s: &mut Svg, view: View) {
    let r = record();
    for (k, party) in r.party_ids().enumerate() {
        s.rect(
            MARGIN + k as f32 * 84.0,
            120.0,
            72.0,
            12.0,
            party_colour(party),
        );
    }
    let c = s.colours;
    let (text, muted) = (c.text, c.muted);
    let y = s.para(
        MARGIN,
        222.0,
        INNER,
        2,
        Type::new(72.0, true, text),
        tr(view.label()),
    );
    s.para(
        MARGIN,
        y - 12.0,
        INNER - 80.0,
        4,
        Type::new(30.0, false, muted),
        &crate::head::about(view),
    );
}
