//! The land maps' picture: for the positions page and the maps card.

use super::canvas::{
    card, heading, party_colour, token, Anchor, Svg, Type, FOOTER_TOP, INNER, MARGIN, W,
};
use super::land_intro;
use crate::drawing::record;
use crate::land_map::{regions_at_snapshot, statuses_in, PATTERNS, PLANT};
use crate::words::tr;
use model::land::{status_of, RegionStatus, NOT_ADDRESSED};
use model::types::{PartyId, RegionId};
use model::url_state::View;
use std::fmt::Write;

pub(super) enum MapsHeading {
    /// The positions' page, which speaks for the whole explainer.
    Explainer,
    /// The land question's own picture.
    Land,
}

/// The land maps: one small map of the regions per party, shaded by what its position on the
/// mapped issue says of each at the snapshot, as the page first shows them, with a legend.
pub(super) fn maps(s: &mut Svg, heading_of: MapsHeading) {
    let r = record();
    let intro = land_intro();
    let top = match heading_of {
        MapsHeading::Explainer => heading(
            s,
            tr("The land question, region by region"),
            Some(&crate::head::about(View::Positions)),
        ),
        MapsHeading::Land => heading(s, tr("The land question, region by region"), Some(&intro)),
    };
    let Some(issue) = r.map.issue else {
        return;
    };
    let c = s.colours;
    let (edge, none) = (token("land-edge"), token("land-none"));
    let parties: Vec<PartyId> = r.party_ids().collect();

    // The legend first, from the bottom up, so the maps take the room that is left: the
    // statuses the maps show, "not addressed", the plant, and what the maps are not.
    let shown = statuses_in(
        parties
            .iter()
            .filter_map(|p| r.stance_on(issue, *p, r.meta.as_of)),
    );
    let mut items: Vec<(Option<String>, &str)> = shown
        .into_iter()
        .map(|st| (Some(status_fill(st)), tr(st.words())))
        .collect();
    items.push((Some(none.to_owned()), tr(NOT_ADDRESSED)));
    items.push((None, tr("Zaporizhzhia nuclear plant")));
    let words = Type::new(19.0, false, c.text);
    let swatch = (32.0, 22.0);
    let (row, item_gap) = (31.0, 28.0);
    let mut places = Vec::new();
    let (mut x, mut line) = (MARGIN, 0usize);
    for (_, label) in &items {
        let wide = swatch.0 + 8.0 + words.width(label);
        if x > MARGIN && x + wide > W - MARGIN {
            (x, line) = (MARGIN, line + 1);
        }
        places.push((x, line));
        x += wide + item_gap;
    }
    let note_y = FOOTER_TOP - 20.0;
    let legend_y = note_y - 36.0 - line as f32 * row;

    // The maps, as large as the room between the heading and the legend allows.
    let (vb_w, vb_h) = view_box_size(r.map.view_box);
    let gap = 20.0;
    let cell = (INNER - gap * (parties.len() as f32 - 1.0)) / parties.len() as f32;
    let y = top + 2.0;
    let room = legend_y - 42.0 - y - 44.0 - 8.0;
    let map_w = (cell - 16.0).min(room * vb_w / vb_h);
    let map_h = map_w * vb_h / vb_w;
    let scale = map_w / vb_w;
    let cell_h = 44.0 + map_h + 8.0;

    // The outlines once, and the fills' patterns, which the maps draw at their scale.
    s.out.push_str("<defs>");
    for p in PATTERNS {
        let ink = pattern_ink(p.name);
        let _ = write!(
            s.out,
            r#"<pattern id="fill-{name}" width="16" height="16" patternUnits="userSpaceOnUse"><rect width="16" height="16" fill="{none}"/>"#,
            name = p.name
        );
        if !p.line.is_empty() {
            let _ = write!(
                s.out,
                r#"<path d="{}" stroke="{ink}" stroke-width="5" fill="none"/>"#,
                p.line
            );
        }
        if p.dot {
            let _ = write!(s.out, r#"<circle cx="8" cy="8" r="3.5" fill="{ink}"/>"#);
        }
        s.out.push_str("</pattern>");
    }
    for region in r.map.regions {
        let _ = write!(
            s.out,
            r#"<path id="region-{}" d="{}"/>"#,
            region.id, region.path
        );
    }
    s.out.push_str("</defs>");

    for (k, party) in parties.iter().enumerate() {
        let x = MARGIN + k as f32 * (cell + gap);
        let colour = party_colour(*party);
        card(s, x, y, cell, cell_h, colour, c.surface, c.rule);
        let name = Type::new(22.0, true, colour);
        s.text(
            x + 10.0,
            y + 34.0,
            name,
            Anchor::Start,
            &name.fit(r.party(*party).name, cell - 20.0),
        );
        let regions = regions_at_snapshot(issue, *party);
        let _ = write!(
            s.out,
            r#"<svg x="{}" y="{}" width="{map_w}" height="{map_h}" viewBox="{}"><g stroke="{edge}" stroke-width="3" stroke-linejoin="round">"#,
            x + (cell - map_w) / 2.0,
            y + 44.0,
            r.map.view_box,
        );
        for (i, region) in r.map.regions.iter().enumerate() {
            let status = status_of(regions, &RegionId(i as u16));
            let _ = write!(
                s.out,
                r##"<use href="#region-{}" fill="{}"/>"##,
                region.id,
                status.map_or(none.to_owned(), status_fill)
            );
        }
        let (px, py) = PLANT;
        let _ = write!(
            s.out,
            r#"</g><circle cx="{px}" cy="{py}" r="16" fill="{}" stroke="{}" stroke-width="6"/></svg>"#,
            c.surface, c.text
        );
    }

    // The legend under the maps.
    let legend_y = y + cell_h + 42.0;
    for ((fill, label), (x, line)) in items.iter().zip(places) {
        let base = legend_y + line as f32 * row;
        // Each swatch at the maps' scale, so its texture looks as the maps' do.
        let (w, h) = (swatch.0 / scale, swatch.1 / scale);
        let _ = write!(
            s.out,
            r#"<svg x="{x}" y="{}" width="{}" height="{}" viewBox="0 0 {w} {h}">"#,
            base - swatch.1 + 4.0,
            swatch.0,
            swatch.1,
        );
        let _ = match fill {
            Some(fill) => write!(
                s.out,
                r#"<rect x="3" y="3" width="{}" height="{}" fill="{fill}" stroke="{edge}" stroke-width="6"/>"#,
                w - 6.0,
                h - 6.0
            ),
            None => write!(
                s.out,
                r#"<circle cx="{}" cy="{}" r="16" fill="{}" stroke="{}" stroke-width="6"/>"#,
                w / 2.0,
                h / 2.0,
                c.surface,
                c.text
            ),
        };
        s.out.push_str("</svg>");
        s.text(x + swatch.0 + 8.0, base, words, Anchor::Start, label);
    }
    let note = Type::new(19.0, true, c.muted);
    let note_text = tr("These maps show positions, not the front line.");
    s.text(
        MARGIN,
        legend_y + line as f32 * row + 36.0,
        note,
        Anchor::Start,
        &note.fit(note_text, INNER),
    );
}

/// A status's fill, as `style/main.css` draws it (`.status-*`): a plain colour, or its
/// pattern.
pub(super) fn status_fill(status: RegionStatus) -> String {
    match status {
        RegionStatus::Recognised => token("land-ru").to_owned(),
        RegionStatus::NotRecognised => token("land-ua-light").to_owned(),
        _ => format!("url(#fill-{})", status.slug()),
    }
}

/// A pattern's ink, as `style/main.css` draws it (`.fill-*`): Russian claims warm, Ukrainian
/// cool, the line grey.
pub(super) fn pattern_ink(name: &str) -> &'static str {
    match name {
        "recognised-in-fact" | "ukraine-withdraws" => token("land-ru"),
        "russia-withdraws" => token("land-ua"),
        _ => token("land-frozen"),
    }
}

/// The width and height of a `viewBox` ("0 0 1000 670").
pub(super) fn view_box_size(view_box: &str) -> (f32, f32) {
    let n: Vec<f32> = view_box
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match n[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => (w, h),
        _ => (1000.0, 670.0),
    }
}
