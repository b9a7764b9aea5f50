//! The sharing pictures (`og:image`): a 1200 × 630 PNG per page, drawn at build time from an
//! SVG written here and rasterised with `resvg`, in the edition's language. Each picture is
//! the page's own drawing where it has one (the land maps, the tracks picture), or its words
//! in large type, and every one carries the explainer's name and its snapshot date.
//!
//! The text is set in DejaVu Sans, shipped in `assets/fonts/` with its licence and built into
//! the pre-render: no system font is ever looked up, so every machine draws the same picture,
//! Latin and Cyrillic alike. The words are the record's and the interface's (`tr`), wrapped
//! by measuring the font's glyph advances, and cut with "…" where they would overflow. The
//! colours are the light theme's, read from `style/main.css`'s tokens.
//!
//! Native only: neither `resvg` nor the fonts reach the wasm.

use crate::data::{in_language, lang, outline, record};
use crate::land_map::{regions_at_snapshot, statuses_in, PATTERNS, PLANT};
use crate::picture::{escape, MarkStates};
use crate::views::{change_word, not_known_words, RecordNames};
use crate::words::{long_date, short_when, tr, trf};
use model::date::When;
use model::land::{status_of, RegionStatus, NOT_ADDRESSED};
use model::lanes::{Layout, Zoom};
use model::lang::Lang;
use model::types::{DocumentId, EventId, IssueId, PartyId, RegionId, TrackId};
use model::url_state::View;
use std::fmt::Write;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// The picture's size in pixels: what link previews show large (1.91 : 1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The picture's file, beside its page's `index.html`.
pub const FILE: &str = "share.png";

/// The fonts, from the repository (`assets/fonts/`, with `LICENSE-DejaVu.txt`).
const REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
const FAMILY: &str = "DejaVu Sans";

/// What a picture shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Picture {
    /// A view's page: the land maps for the positions, the tracks for the timeline, a title
    /// card for the others.
    View(View),
    /// One issue: each party's position at the snapshot.
    Issue(IssueId),
    /// The land maps, with their legend.
    Land,
    /// The two documents "Compare the plans" first shows: what each says on the issue, or,
    /// without one, on every issue either speaks of.
    Plans(Option<IssueId>),
    /// One event: its date and title.
    Event(EventId),
}

impl Picture {
    /// A card's picture: the drawing of its piece.
    pub fn of_card(card: model::cards::Card) -> Picture {
        use model::cards::Card;
        match card {
            Card::Issue(issue) => Picture::Issue(issue),
            Card::Land => Picture::Land,
            Card::Plans(issue) => Picture::Plans(issue),
            Card::Event(event) => Picture::Event(event),
        }
    }
}

/// The picture as a PNG, in `lang`.
pub fn draw(lang: Lang, picture: &Picture) -> Result<Vec<u8>, String> {
    rasterise(&svg(lang, picture))
}

/// The picture as a PNG, in `lang`, taken from `cache` (a folder) when an earlier build drew
/// the same SVG with the same code and fonts, else drawn and kept there: rasterising is most
/// of the pre-render's time, and most pictures do not change from one build to the next.
pub fn draw_cached(lang: Lang, picture: &Picture, cache: &Path) -> Result<Vec<u8>, String> {
    let svg = svg(lang, picture);
    // This file's code, the fonts and the SVG decide the picture.
    let key = [
        include_str!("share_image.rs").as_bytes(),
        REGULAR,
        BOLD,
        svg.as_bytes(),
    ]
    .iter()
    .flat_map(|part| part.iter())
    .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let kept = cache.join(format!("{key:016x}.png"));
    if let Ok(png) = std::fs::read(&kept) {
        return Ok(png);
    }
    let png = rasterise(&svg)?;
    // A cache that cannot be written only costs time next build.
    let _ = std::fs::create_dir_all(cache).and_then(|()| std::fs::write(&kept, &png));
    Ok(png)
}

/// The picture's SVG, in `lang`, before it is rasterised.
pub fn svg(lang: Lang, picture: &Picture) -> String {
    in_language(lang, || {
        let mut s = Svg::new();
        match *picture {
            Picture::View(View::Positions) => maps(&mut s, MapsHeading::Explainer),
            Picture::Land => maps(&mut s, MapsHeading::Land),
            Picture::View(View::Timeline) => tracks(&mut s),
            Picture::View(view) => title_card(&mut s, view),
            Picture::Issue(issue) => positions(&mut s, issue),
            Picture::Plans(Some(issue)) => plans_on(&mut s, issue),
            Picture::Plans(None) => plans(&mut s),
            Picture::Event(event) => event_card(&mut s, event),
        }
        footer(&mut s);
        s.finish()
    })
}

/// A short description of the picture for readers who cannot see it (`og:image:alt`), in
/// the language being drawn.
pub fn alt(picture: &Picture) -> String {
    let r = record();
    let date = long_date(r.meta.as_of);
    match *picture {
        Picture::View(View::Positions) | Picture::Land => land_intro(),
        Picture::View(View::Timeline) => trf(
            "Each row a track of the talks and each mark an event, across time; hollow marks come after {date}",
            &[("date", &date)],
        ),
        Picture::View(view) => trf(
            "{view} — the Russia–Ukraine peace talks, as of {date}",
            &[("view", tr(view.label())), ("date", &date)],
        ),
        Picture::Issue(issue) => trf(
            "Each side's position on {issue}, as of {date}",
            &[("issue", &r.issue(issue).name.to_lowercase()), ("date", &date)],
        ),
        Picture::Plans(Some(issue)) => {
            let [first, second] = compared();
            trf(
                "What the {first} and the {second} say on {issue}",
                &[
                    ("first", r.document(first).short),
                    ("second", r.document(second).short),
                    ("issue", &r.issue(issue).name.to_lowercase()),
                ],
            )
        }
        Picture::Plans(None) => {
            let [first, second] = compared();
            capitalised(&trf(
                "The {first} and the {second} compared, issue by issue",
                &[
                    ("first", r.document(first).short),
                    ("second", r.document(second).short),
                ],
            ))
        }
        Picture::Event(event) => {
            let e = r.event(event);
            format!("{}: {}", long_when(e.when), e.title)
        }
    }
}

/// "What each side's position on territory says about each of Ukraine's regions, as of 22
/// January 2026", as the land maps' introduction says it.
fn land_intro() -> String {
    let r = record();
    let issue = r.map.issue.map_or("", |i| r.issue(i).name).to_lowercase();
    trf(
        "What each side's position on {issue} says about each of Ukraine's regions, as of ",
        &[("issue", &issue)],
    ) + &long_date(r.meta.as_of)
}

// Layout: a margin each side, the accent strip on top, the footer at the bottom.
const W: f32 = WIDTH as f32;
const H: f32 = HEIGHT as f32;
const MARGIN: f32 = 48.0;
const INNER: f32 = W - 2.0 * MARGIN;
const FOOTER_TOP: f32 = 562.0;

/// The light theme's colours, from the stylesheet's tokens.
#[derive(Clone, Copy)]
struct Palette {
    bg: &'static str,
    surface: &'static str,
    surface_2: &'static str,
    text: &'static str,
    muted: &'static str,
    rule: &'static str,
    accent: &'static str,
    after: &'static str,
}

fn palette() -> Palette {
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
fn token(name: &str) -> &'static str {
    const CSS: &str = include_str!("../style/main.css");
    let start = format!("--{name}: light-dark(");
    let at = CSS
        .find(&start)
        .map(|at| at + start.len())
        .unwrap_or_else(|| panic!("style/main.css has no light-dark() token --{name}"));
    let end = CSS[at..].find(',').map_or(at, |e| at + e);
    CSS[at..end].trim()
}

fn party_colour(party: PartyId) -> &'static str {
    token(&format!("party-{}", record().party(party).id))
}

fn track_colour(track: TrackId) -> &'static str {
    token(&format!("track-{}", outline().track(track).id))
}

/// How a run of text is set.
#[derive(Clone, Copy)]
struct Type {
    size: f32,
    bold: bool,
    fill: &'static str,
}

impl Type {
    fn new(size: f32, bold: bool, fill: &'static str) -> Type {
        Type { size, bold, fill }
    }

    /// The width of `text` in this type, from the font's advances (no kerning: a little wide,
    /// which errs on the safe side).
    fn width(self, text: &str) -> f32 {
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
    fn wrap(self, text: &str, width: f32, max: usize) -> Vec<String> {
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
    fn cut(self, text: &str, width: f32) -> String {
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
    fn fit(self, text: &str, width: f32) -> String {
        if self.width(text) <= width {
            text.to_owned()
        } else {
            self.cut(text, width)
        }
    }

    /// The largest of `sizes` (largest first) in which `text` fits `width` in `height`
    /// without being cut, or the smallest, and how many of its lines fit there.
    fn fitting(self, sizes: &[f32], text: &str, width: f32, height: f32) -> (Type, usize) {
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
    fn leading(self) -> f32 {
        (self.size * 1.25).round()
    }
}

#[derive(Clone, Copy)]
enum Anchor {
    Start,
    End,
}

/// The picture's SVG as it is written.
struct Svg {
    out: String,
    colours: Palette,
}

impl Svg {
    fn new() -> Svg {
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

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: &str) {
        let _ = write!(
            self.out,
            r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}"/>"#
        );
    }

    fn text(&mut self, x: f32, y: f32, t: Type, anchor: Anchor, text: &str) {
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
    fn para(&mut self, x: f32, y: f32, width: f32, max: usize, t: Type, text: &str) -> f32 {
        let mut y = y;
        for line in t.wrap(text, width, max) {
            self.text(x, y, t, Anchor::Start, &line);
            y += t.leading();
        }
        y
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// The picture's heading and, under it, a line or two in smaller type; returns where the
/// rest may start.
fn heading(s: &mut Svg, title: &str, under: Option<&str>) -> f32 {
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
fn footer(s: &mut Svg) {
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

enum MapsHeading {
    /// The positions' page, which speaks for the whole explainer.
    Explainer,
    /// The land question's own picture.
    Land,
}

/// The land maps: one small map of the regions per party, shaded by what its position on the
/// mapped issue says of each at the snapshot, as the page first shows them, with a legend.
fn maps(s: &mut Svg, heading_of: MapsHeading) {
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
fn status_fill(status: RegionStatus) -> String {
    match status {
        RegionStatus::Recognised => token("land-ru").to_owned(),
        RegionStatus::NotRecognised => token("land-ua-light").to_owned(),
        _ => format!("url(#fill-{})", status.slug()),
    }
}

/// A pattern's ink, as `style/main.css` draws it (`.fill-*`): Russian claims warm, Ukrainian
/// cool, the line grey.
fn pattern_ink(name: &str) -> &'static str {
    match name {
        "recognised-in-fact" | "ukraine-withdraws" => token("land-ru"),
        "russia-withdraws" => token("land-ua"),
        _ => token("land-frozen"),
    }
}

/// The width and height of a `viewBox` ("0 0 1000 670").
fn view_box_size(view_box: &str) -> (f32, f32) {
    let n: Vec<f32> = view_box
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match n[..] {
        [_, _, w, h] if w > 0.0 && h > 0.0 => (w, h),
        _ => (1000.0, 670.0),
    }
}

/// The timeline's tracks picture, drawn by the page's own function (`picture.rs`) for the
/// whole span, scaled to the picture's width.
fn tracks(s: &mut Svg) {
    let r = record();
    let top = heading(s, tr("Timeline"), Some(tr("The tracks at a glance")));
    // Laid out a little narrower than the picture and scaled up: its words stay legible.
    let layout = Layout::new(outline(), Zoom::default(), 1000.0, lang());
    let room = FOOTER_TOP - 16.0 - top;
    let scale = (INNER / layout.width).min(room / layout.height);
    let states = MarkStates {
        faded: &|_| false,
        selected: None,
        tab_stop: 0,
    };
    let picture = crate::picture::svg(&layout, &RecordNames::new(), &states, lang());
    let c = s.colours;
    let mut style = format!(
        ".tick{{stroke:{rule};stroke-width:1}}.tick-label{{fill:{muted};font-size:11px}}\
         .snapshot-line{{stroke:{after};stroke-width:1.5;stroke-dasharray:4 3}}\
         .lane-line{{stroke-opacity:0.35;stroke-width:1.5}}\
         .lane-label{{fill:{text};font-size:11px;paint-order:stroke;stroke:{bg};stroke-width:4px;stroke-linejoin:round}}\
         .hit{{fill:none}}.dot{{stroke:{bg};stroke-width:1.5}}",
        rule = c.rule,
        muted = c.muted,
        after = c.after,
        text = c.text,
        bg = c.bg,
    );
    for track in r.track_ids() {
        let (id, colour) = (outline().track(track).id, track_colour(track));
        let _ = write!(
            style,
            ".lane-line.track-{id}{{stroke:{colour}}}.track-{id} .dot{{fill:{colour}}}\
             .track-{id}.after .dot{{fill:{bg};stroke:{colour};stroke-width:2}}",
            bg = c.bg
        );
    }
    let _ = write!(
        s.out,
        r#"<style>{style}</style><g transform="translate({MARGIN} {top}) scale({scale})">{picture}</g>"#
    );
}

/// A view without a drawing of its own: its name in large type, what it holds, and the
/// parties' colours.
fn title_card(s: &mut Svg, view: View) {
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

/// One issue: the four parties' positions at the snapshot, each under its name and colour.
fn positions(s: &mut Svg, issue: IssueId) {
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

/// A card: a rule round it and a bar of `colour` on top.
#[allow(clippy::too_many_arguments)]
fn card(s: &mut Svg, x: f32, y: f32, w: f32, h: f32, colour: &str, surface: &str, rule: &str) {
    s.rect(x, y, w, h, rule);
    s.rect(x + 1.0, y + 1.0, w - 2.0, h - 2.0, surface);
    s.rect(x, y, w, 6.0, colour);
}

/// The two documents "Compare the plans" first shows, the earlier first.
fn compared() -> [DocumentId; 2] {
    let first = outline().compared_first;
    [first[0], first[first.len() - 1]]
}

/// What the two documents say on one issue, side by side, and how the later stands to the
/// earlier.
fn plans_on(s: &mut Svg, issue: IssueId) {
    let r = record();
    let top = heading(s, r.issue(issue).name, Some(tr("Compare the plans")));
    let docs = compared();
    let gap = 24.0;
    let cell_w = (INNER - gap) / 2.0;
    let cell_h = FOOTER_TOP - 20.0 - top;
    let c = s.colours;
    let (surface, rule, text, muted, accent) = (c.surface, c.rule, c.text, c.muted, c.accent);
    for (k, document) in docs.iter().enumerate() {
        let d = r.document(*document);
        let x = MARGIN + k as f32 * (cell_w + gap);
        let y = top;
        card(s, x, y, cell_w, cell_h, accent, surface, rule);
        let name = Type::new(24.0, true, text);
        s.text(
            x + 16.0,
            y + 38.0,
            name,
            Anchor::Start,
            &name.fit(&capitalised(d.short), cell_w - 32.0),
        );
        let when = Type::new(19.0, false, muted);
        s.text(x + 16.0, y + 64.0, when, Anchor::Start, &short_when(d.when));
        let mut at = y + 100.0;
        if k > 0 {
            if let Some(change) = r.change(docs[0], *document, issue) {
                let badge = Type::new(20.0, true, accent);
                let words = format!(
                    "{}{}",
                    tr(change_word(change)),
                    trf(
                        " compared with the {document}",
                        &[("document", r.document(docs[0]).short)]
                    )
                );
                at = s.para(x + 16.0, at, cell_w - 32.0, 2, badge, &words) + 10.0;
            }
        }
        let (words, t) = match r.provision(*document, issue) {
            Some(p) => (
                match p.point {
                    Some(n) => trf("Point {n}: ", &[("n", &n.to_string())]) + p.text,
                    None => p.text.to_owned(),
                },
                Type::new(24.0, false, text),
            ),
            None => (
                tr(not_known_words(d.known_in_full())).to_owned(),
                Type::new(24.0, false, muted),
            ),
        };
        let room = y + cell_h - at + t.size - 8.0;
        let (t, lines) = t.fitting(&[24.0, 21.0, 19.0], &words, cell_w - 32.0, room);
        s.para(x + 16.0, at, cell_w - 32.0, lines, t, &words);
    }
}

/// The two documents on every issue either speaks of, a line each, as far as there is room.
fn plans(s: &mut Svg) {
    let r = record();
    let docs = compared();
    let top = heading(s, tr("Compare the plans"), None) + 4.0;
    let c = s.colours;
    let (text, muted, rule, accent) = (c.text, c.muted, c.rule, c.accent);
    let issue_w = 330.0;
    let gap = 24.0;
    let col_w = (INNER - issue_w - 2.0 * gap) / 2.0;
    let col_x = |k: usize| MARGIN + issue_w + gap + k as f32 * (col_w + gap);
    let head = Type::new(22.0, true, accent);
    for (k, document) in docs.iter().enumerate() {
        let name = capitalised(r.document(*document).short);
        s.text(col_x(k), top, head, Anchor::Start, &head.fit(&name, col_w));
    }
    let issues: Vec<IssueId> = r
        .group_ids()
        .flat_map(|g| r.issues_in(g).map(|(i, _)| i))
        .filter(|i| docs.iter().any(|d| r.provision(*d, *i).is_some()))
        .collect();
    let row_h = 30.0;
    let rows = ((FOOTER_TOP - 16.0 - (top + 14.0)) / row_h).floor() as usize;
    let (name_t, words_t, none_t) = (
        Type::new(18.0, true, text),
        Type::new(18.0, false, text),
        Type::new(18.0, false, muted),
    );
    for (k, issue) in issues.iter().take(rows).enumerate() {
        let y = top + 14.0 + k as f32 * row_h;
        s.rect(MARGIN, y, INNER, 1.0, rule);
        let base = y + 22.0;
        s.text(
            MARGIN,
            base,
            name_t,
            Anchor::Start,
            &name_t.fit(r.issue(*issue).name, issue_w),
        );
        for (j, document) in docs.iter().enumerate() {
            let (words, t) = match r.provision(*document, *issue) {
                Some(p) => (p.text, words_t),
                None => (
                    tr(not_known_words(r.document(*document).known_in_full())),
                    none_t,
                ),
            };
            s.text(col_x(j), base, t, Anchor::Start, &t.fit(words, col_w));
        }
    }
}

/// One event: its tracks, its date and its title in large type, and where it took place.
fn event_card(s: &mut Svg, event: EventId) {
    let r = record();
    let e = r.event(event);
    let c = s.colours;
    let (text, muted, after) = (c.text, c.muted, c.after);
    // Its tracks, each with its colour.
    let (mut x, y) = (MARGIN, 84.0);
    let track_t = Type::new(22.0, true, muted);
    for track in e.tracks {
        let name = r.track(*track).name;
        let wide = 24.0 + track_t.width(name) + 28.0;
        if x + wide > W - MARGIN {
            break;
        }
        let _ = write!(
            s.out,
            r#"<circle cx="{}" cy="{}" r="8" fill="{}"/>"#,
            x + 8.0,
            y - 8.0,
            track_colour(*track)
        );
        s.text(x + 24.0, y, track_t, Anchor::Start, name);
        x += wide;
    }
    let mut y = 160.0;
    s.text(
        MARGIN,
        y,
        Type::new(36.0, true, c.accent),
        Anchor::Start,
        &long_when(e.when),
    );
    let last = match e.when {
        When::On(d) | When::Span(_, d) => d,
    };
    if last.first_day() > r.meta.as_of {
        let note = Type::new(22.0, true, after);
        s.text(
            W - MARGIN,
            y,
            note,
            Anchor::End,
            &format!("{}{}", tr("After "), long_date(r.meta.as_of)),
        );
    }
    y += 70.0;
    y = s.para(MARGIN, y, INNER, 4, Type::new(52.0, true, text), e.title);
    if !e.place.is_empty() {
        s.para(
            MARGIN,
            y + 6.0,
            INNER,
            1,
            Type::new(26.0, false, muted),
            e.place,
        );
    }
}

/// An event's date in full: "22 January 2026"; a span as the timeline writes it.
fn long_when(when: When) -> String {
    match when {
        When::On(d) => long_date(d),
        span => short_when(span),
    }
}

/// `text` with its first letter a capital: a document's short name begins a heading.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The picture in at most 256 colours, as a palette and each pixel's index in it: its 256
/// commonest colours, every other pixel (an antialiased edge between flat colours) as the
/// nearest of them. A third of the bytes of RGB: the maps' patterns make 90 KB PNGs in RGB.
fn indexed(rgb: &[[u8; 3]]) -> (Vec<[u8; 3]>, Vec<u8>) {
    use std::collections::HashMap;
    // Counted run by run: the picture is mostly flat colour, and this runs unoptimised in
    // the pre-render's development build.
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for run in rgb.chunk_by(|a, b| a == b) {
        *counts.entry(run[0]).or_default() += run.len();
    }
    let mut common: Vec<([u8; 3], usize)> = counts.into_iter().collect();
    // Commonest first; equal counts by colour, so the same picture always encodes the same.
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = common.iter().take(256).map(|(c, _)| *c).collect();
    let mut index: HashMap<[u8; 3], u8> = palette
        .iter()
        .enumerate()
        .map(|(i, c)| (*c, i as u8))
        .collect();
    let palette_wide: Vec<[i32; 3]> = palette.iter().map(|c| c.map(i32::from)).collect();
    let nearest = |c: [u8; 3]| -> u8 {
        let [r, g, b] = c.map(i32::from);
        let (mut best, mut best_distance) = (0, i32::MAX);
        for (i, [pr, pg, pb]) in palette_wide.iter().enumerate() {
            let distance = (r - pr) * (r - pr) + (g - pg) * (g - pg) + (b - pb) * (b - pb);
            if distance < best_distance {
                (best, best_distance) = (i, distance);
            }
        }
        best as u8
    };
    let mut pixels = Vec::with_capacity(rgb.len());
    for run in rgb.chunk_by(|a, b| a == b) {
        let at = *index.entry(run[0]).or_insert_with(|| nearest(run[0]));
        pixels.resize(pixels.len() + run.len(), at);
    }
    (palette, pixels)
}

/// The fonts, loaded once from the repository's files.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_font_data(REGULAR.to_vec());
            db.load_font_data(BOLD.to_vec());
            db.set_sans_serif_family(FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// The SVG as a PNG of `WIDTH` × `HEIGHT`: opaque, so without alpha, in a palette of 256
/// colours (`indexed`), at the encoder's best compression.
fn rasterise(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let options = usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the sharing picture's SVG does not parse: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for the picture")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let rgb: Vec<[u8; 3]> = pixmap
        .data()
        .chunks_exact(4)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    let (palette, pixels) = indexed(&rgb);
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder
        .write_header()
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    writer
        .finish()
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    Ok(png)
}

/// Every picture the API can draw, for the record's items, in the language being drawn.
#[cfg(test)]
pub fn every_picture() -> Vec<Picture> {
    let r = record();
    let mut all: Vec<Picture> = View::ALL.into_iter().map(Picture::View).collect();
    all.push(Picture::Land);
    all.push(Picture::Plans(None));
    for group in r.group_ids() {
        for (issue, _) in r.issues_in(group) {
            all.push(Picture::Issue(issue));
            all.push(Picture::Plans(Some(issue)));
        }
    }
    all.extend(r.event_ids().map(Picture::Event));
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The width and height a PNG's header gives, after checking its signature.
    fn png_size(png: &[u8]) -> (u32, u32) {
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "the PNG signature");
        assert_eq!(&png[12..16], b"IHDR", "the first chunk is the header");
        let number = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        (number(16), number(20))
    }

    #[test]
    fn a_cached_picture_is_the_one_drawn_and_each_picture_has_its_own() {
        let cache = std::env::temp_dir().join(format!("share-pictures-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&cache);
        let people = Picture::View(View::People);
        let drawn = draw_cached(Lang::En, &people, &cache).unwrap();
        assert_eq!(drawn, draw(Lang::En, &people).unwrap());
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 1, "kept once");
        assert_eq!(draw_cached(Lang::En, &people, &cache).unwrap(), drawn);
        let ukrainian = draw_cached(Lang::Uk, &people, &cache).unwrap();
        assert_ne!(ukrainian, drawn, "another language is another picture");
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 2);
        std::fs::remove_dir_all(&cache).unwrap();
    }

    #[test]
    fn every_views_picture_is_a_png_of_1200_by_630_under_100_kb() {
        for lang in [Lang::En, Lang::Uk] {
            for view in View::ALL {
                let png = draw(lang, &Picture::View(view)).unwrap();
                assert_eq!(png_size(&png), (1200, 630), "{lang:?} {view:?}");
                assert!(
                    png.len() < 100_000,
                    "{lang:?} {view:?}: {} bytes",
                    png.len()
                );
            }
        }
    }

    #[test]
    fn the_other_pictures_draw_too() {
        for lang in [Lang::En, Lang::Uk] {
            let (issue, event) = in_language(lang, || {
                let r = record();
                // The longest title: the one most likely to overflow.
                let event = r
                    .event_ids()
                    .max_by_key(|e| r.event(*e).title.len())
                    .unwrap();
                (
                    r.outline
                        .issues_in(model::types::GroupId(0))
                        .next()
                        .unwrap(),
                    event,
                )
            });
            for picture in [
                Picture::Land,
                Picture::Issue(issue),
                Picture::Plans(Some(issue)),
                Picture::Plans(None),
                Picture::Event(event),
            ] {
                let png = draw(lang, &picture).unwrap();
                assert_eq!(png_size(&png), (1200, 630), "{lang:?} {picture:?}");
                assert!(
                    png.len() < 100_000,
                    "{lang:?} {picture:?}: {} bytes",
                    png.len()
                );
            }
        }
    }

    #[test]
    fn every_pictures_svg_is_well_formed_with_its_words_escaped() {
        for lang in [Lang::En, Lang::Uk] {
            for picture in in_language(lang, every_picture) {
                let svg = svg(lang, &picture);
                if let Err(e) = parses(&svg) {
                    panic!("{lang:?} {picture:?}: {e}");
                }
                assert!(!in_language(lang, || alt(&picture)).is_empty());
            }
        }
    }

    /// Whether `svg` parses as SVG, without drawing it.
    fn parses(svg: &str) -> Result<(), String> {
        let options = resvg::usvg::Options::default();
        resvg::usvg::Tree::from_str(svg, &options)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

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
