//! The comparison's pictures: two documents on one issue, or on every issue.

use super::canvas::{capitalised, card, heading, Anchor, Svg, Type, FOOTER_TOP, INNER, MARGIN};
use crate::drawing::{outline, record};
use crate::views::{change_word, not_known_words};
use crate::words::{short_when, tr, trf};
use model::types::{DocumentId, IssueId};

/// The two documents "Compare the plans" first shows, the earlier first.
pub(super) fn compared() -> [DocumentId; 2] {
    let first = outline().compared_first;
    [first[0], first[first.len() - 1]]
}

/// What the two documents say on one issue, side by side, and how the later stands to the
/// earlier.
pub(super) fn plans_on(s: &mut Svg, issue: IssueId) {
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
pub(super) fn plans(s: &mut Svg) {
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
