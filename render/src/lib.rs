//! The build-time renderer: draws every page of both editions with Leptos, natively, from
//! the record compiled in (`common`), and the files that go with them: each embed card's page,
//! the stance versions the script fetches, the 404 page, the data downloads and the sharing
//! pictures. `src/bin/prerender.rs` writes them into the build (Trunk's post-build hook).
//! Nothing here reaches the browser but the HTML, pictures and files it writes.
//!
//! - `views/`: one file per view, and the cards (`views/cards.rs`), in Leptos's `view!`;
//! - `head.rs`: each page's head tags; `words/`: the interface's words in both languages;
//! - `drawing.rs`: the edition, page and card being drawn, and the record in its language;
//! - `share_image/`: the sharing pictures; `downloads.rs`: "Get the data"; `land_map.rs`: the
//!   land maps' regions;
//! - for readers' and other programs' following and citing: `feed.rs` (each edition's Atom
//!   feed), `structured_data.rs` (each page's JSON-LD), `oembed.rs` (each page's and card's
//!   oEmbed answer), `sitemap.rs` (the sitemap and robots.txt) and `search_index.rs` (the
//!   search's index);
//! - native tests of what the pages publish: `contract.rs` (every hook the script looks for
//!   is in the pages), `published.rs` (the addresses) and `snapshots.rs` (a digest per page).

#[cfg(test)]
mod contract;
mod downloads;
mod drawing;
mod feed;
mod head;
mod land_map;
mod oembed;
#[cfg(test)]
mod published;
mod search_index;
pub mod share_image;
mod sitemap;
#[cfg(test)]
mod snapshots;
mod structured_data;
mod views;
mod words;

/// One page of one edition: its `<head>` tags (`head.rs`) and its `<body>` content, the view
/// drawn in its default state, in `lang`. `site` is the address the editions are hosted at
/// (`https://example.org/talks/`), for the tags that must be absolute; see [`site_url`].
pub fn render(
    lang: model::lang::Lang,
    view: model::url_state::View,
    site: Option<&str>,
) -> (String, String) {
    use leptos::prelude::*;
    drawing::drawing(lang, view, || {
        (
            head::head_tags(site),
            Owner::new().with(|| views::App(views::AppProps { view }).to_html()),
        )
    })
}

/// The page of one embed card (`model::cards::Card`) in `lang`: its `<head>` tags and its
/// `<body>` content, drawn at the record's snapshot.
pub fn render_card(
    lang: model::lang::Lang,
    card: model::cards::Card,
    site: Option<&str>,
) -> (String, String) {
    use leptos::prelude::*;
    drawing::drawing_card(lang, card, || {
        (
            head::head_tags(site),
            Owner::new().with(|| views::CardPage(views::CardPageProps { card }).to_html()),
        )
    })
}

/// The page a static host serves for an address it has no file for (`404.html` at the root
/// of the build, which GitHub Pages, Netlify and Cloudflare Pages use): an unknown card or
/// page says so in both editions' languages and links to the explainer. It can be served at
/// any depth, so it needs no other file and its links are absolute: to `site` when the build
/// knows it, else to the host's root.
pub fn render_not_found(site: Option<&str>) -> String {
    use model::embed::attr;
    use model::lang::Lang;
    let home = site.unwrap_or("/");
    let say = |lang: Lang| {
        drawing::in_language(lang, || {
            format!(
                "<section lang=\"{code}\">\n<h1>{title}</h1>\n<p>{text}</p>\n<p><a href=\"{href}\">{link}</a></p>\n</section>\n",
                code = lang.code(),
                title = attr(words::tr("Nothing here")),
                text = attr(words::tr("This address is no page or card of the explainer of the Russia–Ukraine peace talks. It may have been mistyped, or name an issue or event the explainer does not have.")),
                href = attr(&format!("{home}{}", lang.folder())),
                link = attr(words::tr("Open the explainer")),
            )
        })
    };
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"robots\" content=\"noindex\">\n<title>Not found · Не знайдено</title>\n<body>\n<main>\n{}{}</main>\n</body>\n</html>\n",
        say(Lang::En),
        say(Lang::Uk)
    )
}

/// Every embed card the build writes.
pub fn cards() -> Vec<model::cards::Card> {
    model::cards::Card::all(drawing::outline())
}

/// A card's folder below its edition's root (`cards/issue/donbas/`).
pub fn card_folder(card: model::cards::Card) -> String {
    card.folder(drawing::outline())
}

/// A card's name, as its page's root element says it (`issue/donbas`).
pub fn card_name(card: model::cards::Card) -> String {
    card.name(drawing::outline())
}

/// The file of every version of every stance in `lang` (`stance-versions.html`, beside the
/// edition's positions page), which the browser's script fetches when the reader moves the
/// "as of" control: a plain document that only the script reads, kept out of search engines.
pub fn render_stance_versions(lang: model::lang::Lang) -> String {
    use leptos::prelude::*;
    let body = drawing::drawing(lang, model::url_state::View::Positions, || {
        Owner::new().with(|| views::stance_versions().to_html())
    });
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<meta charset=\"utf-8\">\n<meta name=\"robots\" content=\"noindex\">\n<title>Stance versions</title>\n<body>\n{}\n</body>\n</html>\n",
        lang.code(),
        body.replace("<!>", "")
    )
}

/// The build setting that says where the explainer is hosted (`EXPLAINER_SITE_URL`), checked:
/// an `http(s)://` address of a folder, ending in `/` (added when missing). Unset or empty:
/// `None`, and the pages leave out the tags that need it.
pub fn site_url(setting: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = setting.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .filter(|rest| !rest.is_empty() && !rest.starts_with('/'))
        .ok_or_else(|| {
            format!("EXPLAINER_SITE_URL must be an http:// or https:// address, not {url:?}")
        })?;
    if rest.contains(['?', '#', '"', '<', '>', ' ']) {
        return Err(format!(
            "EXPLAINER_SITE_URL must be a plain folder address, without a query, fragment, \
             quote or space: {url:?}"
        ));
    }
    Ok(Some(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    }))
}

/// `lang`'s search index (`search_index.rs`): its file name at the edition's root, and its
/// text.
pub fn render_search_index(lang: model::lang::Lang) -> (&'static str, String) {
    (
        search_index::FILE,
        drawing::in_language(lang, search_index::file),
    )
}

/// `lang`'s Atom feed (`feed.rs`): its file name at the edition's root, and its text.
pub fn render_feed(lang: model::lang::Lang, site: Option<&str>) -> (&'static str, String) {
    (feed::FILE, drawing::in_language(lang, || feed::atom(site)))
}

/// The oEmbed answer of a view's page (`oembed.rs`), on the host at `site`: its file name,
/// beside the page, and its text.
pub fn render_oembed(
    lang: model::lang::Lang,
    view: model::url_state::View,
    site: &str,
) -> (&'static str, String) {
    (
        oembed::FILE,
        drawing::drawing(lang, view, || oembed::answer(site)),
    )
}

/// The oEmbed answer of a card's page, like a view's.
pub fn render_card_oembed(
    lang: model::lang::Lang,
    card: model::cards::Card,
    site: &str,
) -> (&'static str, String) {
    (
        oembed::FILE,
        drawing::drawing_card(lang, card, || oembed::answer(site)),
    )
}

/// The files for search engines at the build's root, on the host at `site` (`sitemap.rs`):
/// each file's name and text.
pub fn render_for_crawlers(site: &str) -> [(&'static str, String); 2] {
    [
        (sitemap::FILE, sitemap::sitemap(site)),
        (sitemap::ROBOTS, sitemap::robots(site)),
    ]
}

/// Writes the data downloads of `lang`'s edition into `dir` (see `downloads.rs`).
pub fn write_downloads(lang: model::lang::Lang, dir: &std::path::Path) -> Result<(), String> {
    drawing::in_language(lang, || downloads::write_all(dir))
}
