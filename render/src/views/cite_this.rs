//! "Cite this", at the foot of every page and card: the explainer's name, the page's title,
//! the record's version (the day it last changed, `Record::last_change`), the page's address
//! and the day it was read, as text and as BibTeX, each with a copy button. The pre-render
//! cannot know the address the reader has (with their choices) nor the day: each field holds
//! its template, which `assets/start.js` fills when the reader opens it (a card needs no
//! wasm for it); without scripts the field says what goes in those blanks.

use crate::drawing::{lang, record};
use crate::words::{long_date, tr, trf};
use common::hooks::{CITE_ADDRESS, CITE_BIBTEX, CITE_READ, CITE_READ_ISO, CITE_STATUS, CITE_TEXT};
use leptos::prelude::*;
use model::lang::Lang;

#[component]
pub fn CiteThis() -> impl IntoView {
    let text = citation();
    let bibtex = bibtex();
    // What the field shows until the script fills it.
    let unfilled = |template: &str| {
        template
            .replace(CITE_ADDRESS, tr("[the page's address]"))
            .replace(CITE_READ_ISO, tr("[the date you read it]"))
            .replace(CITE_READ, tr("[the date you read it]"))
    };
    view! {
        <details class="cite-this">
            <summary>{tr("Cite this")}</summary>
            <label for=CITE_TEXT>{tr("Citation")}</label>
            <textarea class="input" id=CITE_TEXT readonly rows="4" data-template=text.clone()>
                {unfilled(&text)}
            </textarea>
            <button type="button" class="button" data-copy=CITE_TEXT>{tr("Copy citation")}</button>
            <label for=CITE_BIBTEX>{tr("As BibTeX")}</label>
            <textarea class="input" id=CITE_BIBTEX readonly rows="9" data-template=bibtex.clone()>
                {unfilled(&bibtex)}
            </textarea>
            <button type="button" class="button" data-copy=CITE_BIBTEX>{tr("Copy BibTeX")}</button>
            // What the script says after a copy, in the page's language.
            <p class=CITE_STATUS role="status" data-copied=tr("Copied.")
                data-failed=tr("Select the text and copy it.")></p>
        </details>
    }
}

/// The citation as text, with the script's blanks: "The Russia–Ukraine peace talks
/// explainer. “Timeline — …”. Version of 6 December 2026. {address} (accessed {read})."
/// The day read is written in figures (`hooks::CITE_READ`): the script needs no month names.
fn citation() -> String {
    trf(
        "{explainer}. “{title}”. Version of {version}. {address} (accessed {read}).",
        &[
            ("explainer", tr("The Russia–Ukraine peace talks explainer")),
            ("title", &crate::head::words().title),
            ("version", &long_date(record().last_change())),
            // The blanks stay for the script.
            ("address", CITE_ADDRESS),
            ("read", CITE_READ),
        ],
    )
}

/// The citation as a BibTeX entry (`@misc`, with biblatex's `version`, `urldate` and
/// `langid`), with the script's blanks.
fn bibtex() -> String {
    let version = record().last_change();
    let braced = |text: &str| {
        // BibTeX's special characters, escaped; the double braces keep the capitals.
        let escaped: String = text
            .chars()
            .flat_map(|c| match c {
                '&' | '%' | '$' | '#' | '_' | '{' | '}' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        format!("{{{{{escaped}}}}}")
    };
    format!(
        "@misc{{peace-talks-explainer-{iso},\n  author = {author},\n  title = {title},\n  year = {{{year}}},\n  version = {{{iso}}},\n  url = {{{CITE_ADDRESS}}},\n  urldate = {{{CITE_READ_ISO}}},\n  langid = {{{langid}}}\n}}",
        iso = version.iso(),
        author = braced(tr("The Russia–Ukraine peace talks explainer")),
        title = braced(&crate::head::words().title),
        year = version.year,
        langid = match lang() {
            Lang::En => "english",
            Lang::Uk => "ukrainian",
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::drawing::drawing;
    use model::lang::Lang;
    use model::url_state::View;

    #[test]
    fn the_citation_names_the_explainer_the_page_the_version_and_leaves_blanks() {
        drawing(Lang::En, View::Timeline, || {
            let text = super::citation();
            assert!(text.starts_with("The Russia–Ukraine peace talks explainer. “Timeline — the Russia–Ukraine peace talks, as of 22 January 2026”. Version of "), "{text}");
            assert!(text.ends_with(". {address} (accessed {read})."), "{text}");
            let bibtex = super::bibtex();
            assert!(
                bibtex.starts_with("@misc{peace-talks-explainer-20"),
                "{bibtex}"
            );
            for line in [
                "  author = {{The Russia–Ukraine peace talks explainer}},",
                "  url = {{address}},",
                "  urldate = {{read-iso}},",
                "  langid = {english}",
            ] {
                assert!(bibtex.contains(line), "{line} in {bibtex}");
            }
        });
        drawing(Lang::Uk, View::People, || {
            assert!(super::bibtex().contains("langid = {ukrainian}"));
            assert!(super::citation().contains("{address}"));
        });
    }
}
