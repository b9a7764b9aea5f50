//! The drawing surface every picture shares: the layout, the light theme's colours, the
//! type (DejaVu Sans, measured to wrap), the SVG writer, and the heading, footer and card
//! that pictures are made of.

use super::{HEIGHT, WIDTH};
use crate::drawing::{outline, record};
use crate::words::{long_date, tr};
use common::picture::escape;
use model::types::{PartyId, TrackId};
use std::fmt::Write;

/// The fonts, from the repository (`assets/fonts/`, with `LICENSE-DejaVu.txt`).
pub(super) const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

pub(super) const BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

pub(super) const FAMILY: &str = "DejaVu Sans";

// Layout: a margin each side, the accent strip on top, the footer at the bottom.
pub(super) const W: f32 = WIDTH as f32;

pub(super) const H: f32 = HEIGHT as f32;

pub(super) const MARGIN: f32 = 48.0;

pub(super) const INNER: f32 = W - 2.0 * MARGIN;

pub(super) const FOOTER_TOP: f32 = 562.0;

/// The light theme's colours, from the stylesheet's tokens.
#[derive(Clone, Copy)]
pub(super) struct Palette {
    pub(super) bg: &'static str,
    pub(super) surface: &'static str,
    pub(super) surface_2: &'static str,
    pub(super) text: &'static str,
    pub(super) muted: &'static str,
    pub(super) rule: &'static str,
    pub(super) accent: &'static str,
    pub(super) after: &'static str,
}

pub(super) fn palette() -> Palette {
    Palette {
        bg: token("bg"),
        surface: token("surface"),
        surface_2: token("surface-2"),
        text: token("text"),
        muted: token("muted"),
        rule: token("rule"),
        accent: token("accent"),
        after: token("after"),
    }
}

/// A colour token's light value: `--party-us: light-dark(#6a3fb5, #c4a8ff)` gives `#6a3fb5`.
pub(super) fn token(name: &str) -> &'static str {
    const CSS: &str = include_str!("../../../style/main.css");
    let start = format!("--{name}: light-dark(");
    let at = CSS
        .find(&start)
        .map(|at| at + start.len())
        .unwrap_or_else(|| panic!("style/main.css has no light-dark() token --{name}"));
    let end = CSS[at..].find(',').map_or(at, |e| at + e);
    CSS[at..end].trim()
}

pub(super) fn party_colour(party: PartyId) -> &'static str {
    token(&format!("party-{}", record().party(party).id))
}

pub(super) fn track_colour(track: TrackId) -> &'static str {
    token(&format!("track-{}", outline().track(track).id))
}

/// How a run of text is set.
#[derive(Clone, Copy)]
pub(super) struct Type {
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) fill: &'static str,
}

impl Type {
    pub(super) fn new(size: f32, bold: bool, fill: &'static str) -> Type {
        Type { size, bold, fill }
    }

    /// The width of `text` in this type, from the font's advances (no kerning: a little wide,
    /// which errs on the safe side).
    pub(super) fn width(self, text: &str) -> f32 {
        use skrifa::instance::{LocationRef, Size};
        use skrifa::MetadataProvider;
        let Ok(font) = skrifa::FontRef::new(if self.bold { BOLD } else { REGULAR }) else {
            return text.chars().count() as f32 * self.size;
        };
        let glyphs = font.charmap();
        let metrics = font.glyph_metrics(Size::new(self.size), LocationRef::default());
        text.chars()
            .map(|c| {
                glyphs
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(self.size)
            })
            .sum()
    }

    /// `text` in lines of at most `width`, broken at spaces (within a word only if it is
    /// wider than a line), and at most `max` of them: the last one cut short with "…" if the
    /// text goes on.
    pub(super) fn wrap(self, text: &str, width: f32, max: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let tried = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if self.width(&tried) <= width {
                line = tried;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than a line is broken where it must be.
            for c in word.chars() {
                line.push(c);
                if self.width(&line) > width {
                    line.pop();
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        if lines.len() > max {
            lines.truncate(max);
            if let Some(last) = lines.last_mut() {
                *last = self.cut(last, width);
            }
        }
        lines
    }

    /// `text` cut short to end in "…" within `width`.
    pub(super) fn cut(self, text: &str, width: f32) -> String {
        let mut kept: String = text.to_owned();
        loop {
            let trimmed = kept.trim_end_matches([' ', ',', ';', ':', '.', '—', '–', '-']);
            let candidate = format!("{trimmed}…");
            if self.width(&candidate) <= width || trimmed.is_empty() {
                return candidate;
            }
            kept = trimmed.to_owned();
            kept.pop();
        }
    }

    /// One line of `text`, cut short if it is wider than `width`.
    pub(super) fn fit(self, text: &str, width: f32) -> String {
        if self.width(text) <= width {
            text.to_owned()
        } else {
            self.cut(text, width)
        }
    }

    /// The largest of `sizes` (largest first) in which `text` fits `width` in `height`
    /// without being cut, or the smallest, and how many of its lines fit there.
    pub(super) fn fitting(
        self,
        sizes: &[f32],
        text: &str,
        width: f32,
        height: f32,
    ) -> (Type, usize) {
        let lines_in = |t: Type| ((height / t.leading()).floor() as usize).max(1);
        let sized = |size: f32| Type { size, ..self };
        sizes
            .iter()
            .map(|size| sized(*size))
            .find(|t| t.wrap(text, width, usize::MAX).len() <= lines_in(*t))
            .or_else(|| sizes.last().map(|size| sized(*size)))
            .map_or((self, lines_in(self)), |t| (t, lines_in(t)))
    }

    /// The distance between two lines' baselines.
    pub(super) fn leading(self) -> f32 {
        (self.size * 1.25).round()
    }
}

#[derive(Clone, Copy)]
pub(super) enum Anchor {
    Start,
    End,
}

/// The picture's SVG as it is written.
pub(super) struct Svg {
    pub(super) out: String,
    pub(super) colours: Palette,
}

impl Svg {
    pub(super) fn new() -> Svg {
        let colours = palette();
        let mut out = String::new();
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FAMILY}"><rect width="{WIDTH}" height="{HEIGHT}" fill="{bg}"/><rect width="{WIDTH}" height="8" fill="{accent}"/>"#,
            bg = colours.bg,
            accent = colours.accent,
        );
        Svg { out, colours }
    }

    pub(super) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: &str) {
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}"/>"#
        );
    }

    pub(super) fn text(&mut self, x: f32, y: f32, t: Type, anchor: Anchor, text: &str) {
        let _ = write!(
            self.out,
            r#"<text x="{x}" y="{y}" font-size="{size}"{weight}{anchor} fill="{fill}">{text}</text>"#,
            size = t.size,
            weight = if t.bold { r#" font-weight="bold""# } else { "" },
            anchor = match anchor {
                Anchor::Start => "",
                Anchor::End => r#" text-anchor="end""#,
            },
            fill = t.fill,
            text = escape(text),
        );
    }

    /// `text` wrapped to `width` in at most `max` lines, the first baseline at `y`; returns
    /// the baseline after the last line.
    pub(super) fn para(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        max: usize,
        t: Type,
        text: &str,
    ) -> f32 {
        let mut y = y;
        for line in t.wrap(text, width, max) {
            self.text(x, y, t, Anchor::Start, &line);
            y += t.leading();
        }
        y
    }

    pub(super) fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// The picture's heading and, under it, a line or two in smaller type; returns where the
/// rest may start.
pub(super) fn heading(s: &mut Svg, title: &str, under: Option<&str>) -> f32 {
    let c = s.colours;
    let (text, muted) = (c.text, c.muted);
    // On one line if it fits at either size, else on two.
    let (t, _) = Type::new(44.0, true, text).fitting(&[44.0, 38.0], title, INNER, 55.0);
    let mut y = s.para(MARGIN, 78.0, INNER, 2, t, title);
    if let Some(under) = under {
        y = s.para(
            MARGIN,
            y - 8.0,
            INNER,
            2,
            Type::new(24.0, false, muted),
            under,
        );
    }
    y
}

/// Every picture's footer: the explainer's name, and the snapshot's date.
pub(super) fn footer(s: &mut Svg) {
    let c = s.colours;
    let (band, rule, text, muted) = (c.surface_2, c.rule, c.text, c.muted);
    s.rect(0.0, FOOTER_TOP, W, H - FOOTER_TOP, band);
    s.rect(0.0, FOOTER_TOP, W, 2.0, rule);
    let r = record();
    let date = Type::new(24.0, false, muted);
    let as_of = format!("{}{}", tr("As of "), long_date(r.meta.as_of));
    let name = Type::new(26.0, true, text);
    let room = INNER - date.width(&as_of) - 32.0;
    let baseline = FOOTER_TOP + (H - FOOTER_TOP) / 2.0 + 10.0;
    s.text(
        MARGIN,
        baseline,
        name,
        Anchor::Start,
        &name.fit(r.meta.title, room),
    );
    s.text(W - MARGIN, baseline, date, Anchor::End, &as_of);
}

/// A card: a rule round it and a bar of `colour` on top.
#[allow(clippy::too_many_arguments)]
pub(super) fn card(
    s: &mut Svg,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    colour: &str,
    surface: &str,
    rule: &str,
) {
    s.rect(x, y, w, h, rule);
    s.rect(x + 1.0, y + 1.0, w - 2.0, h - 2.0, surface);
    s.rect(x, y, w, 6.0, colour);
}

/// `text` with its first letter a capital: a document's short name begins a heading.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_at_spaces_and_is_cut_with_an_ellipsis() {
        let t = Type::new(20.0, false, "#000");
        let one = t.width("word");
        assert!(one > 30.0 && one < 60.0, "{one}");
        assert!(
            Type::new(20.0, true, "#000").width("word") > one,
            "bold is wider"
        );
        assert!(t.width("Позиції") > 0.0);
        let lines = t.wrap("one two three four five six", t.width("one two three"), 9);
        assert_eq!(lines, ["one two three", "four five six"]);
        let cut = t.wrap("one two three four five six", t.width("one two three"), 1);
        assert_eq!(cut.len(), 1);
        assert!(cut[0].ends_with('…') && t.width(&cut[0]) <= t.width("one two three"));
        // A word wider than the line is broken inside.
        let long = t.wrap("abcdefghijklmnop", t.width("abcde"), 9);
        assert!(long.len() > 2 && long.iter().all(|l| t.width(l) <= t.width("abcde")));
        assert_eq!(t.fit("short", 500.0), "short");
    }

    #[test]
    fn colours_come_from_the_stylesheets_light_theme() {
        assert_eq!(token("bg"), "#fbfaf7");
        assert_eq!(token("party-us"), "#6a3fb5");
        for party in record().party_ids() {
            assert!(party_colour(party).starts_with('#'));
        }
        for track in record().track_ids() {
            assert!(track_colour(track).starts_with('#'));
        }
    }
}
