//! The explainer: one page with every word of the record, drawn at build time, and a small
//! script that makes its controls work in the browser.
//!
//! - At build time the Leptos views (`views/`) are rendered natively (`src/bin/prerender.rs`)
//!   into `dist/index.html`: the state of play, the positions table with every version of
//!   every stance, the timeline, the people and the sources. Readers see it all before any
//!   WebAssembly arrives, and without JavaScript at all.
//! - In the browser, the WebAssembly (`controls/`) attaches to that markup: the tabs, the
//!   "as of" control, the pickers, the timeline's filters, the tracks picture, the links
//!   between stances and events, and sharing and embedding. It knows the record only by its
//!   outline (ids, dates and links), so it carries none of the record's words; it reads the
//!   few it needs (event titles for the picture, the timeline's text for search) from the
//!   page.
//!
//! The logic both sides rely on (dates, filters, URL state, link moves, the picture's
//! geometry) lives in the `model` crate, which is tested natively.

mod data;
#[cfg(any(target_arch = "wasm32", test))]
mod heap;
pub mod hooks;
mod labels;
mod picture;

/// A small allocator in place of Rust's default (`heap.rs`): 3 KB less gzip.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: heap::Heap<heap::Wasm> = heap::Heap::new(heap::Wasm);

#[cfg(target_arch = "wasm32")]
mod controls;

#[cfg(not(target_arch = "wasm32"))]
mod downloads;
#[cfg(not(target_arch = "wasm32"))]
mod head;
#[cfg(not(target_arch = "wasm32"))]
mod land_map;
#[cfg(test)]
mod published;
#[cfg(not(target_arch = "wasm32"))]
pub mod share_image;
#[cfg(test)]
mod snapshots;
#[cfg(not(target_arch = "wasm32"))]
mod views;
#[cfg(not(target_arch = "wasm32"))]
mod words;

/// Makes the pre-rendered page's controls work.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic then says what went wrong in the console rather than just "unreachable".
    std::panic::set_hook(Box::new(say_panic));
    controls::start();
}

/// Logs a panic as an error in the console: its message and where in the source, with the
/// stack that the browser shows for an `Error`.
#[cfg(target_arch = "wasm32")]
fn say_panic(info: &std::panic::PanicHookInfo) {
    let mut said = String::from("panicked");
    if let Some(at) = info.location() {
        said += " at ";
        said += at.file();
        said += ":";
        said += &at.line().to_string();
    }
    if let Some(message) = info.payload_as_str() {
        said += ": ";
        said += message;
    }
    web_sys::console::error_1(&js_sys::Error::new(&said).into());
}

/// One page of one edition: its `<head>` tags (`head.rs`) and its `<body>` content, the view
/// drawn in its default state, in `lang`. `site` is the address the editions are hosted at
/// (`https://example.org/talks/`), for the tags that must be absolute; see [`site_url`].
#[cfg(not(target_arch = "wasm32"))]
pub fn render(
    lang: model::lang::Lang,
    view: model::url_state::View,
    site: Option<&str>,
) -> (String, String) {
    use leptos::prelude::*;
    data::drawing(lang, view, || {
        (
            head::head_tags(site),
            Owner::new().with(|| views::App(views::AppProps { view }).to_html()),
        )
    })
}

/// The page of one embed card (`model::cards::Card`) in `lang`: its `<head>` tags and its
/// `<body>` content, drawn at the record's snapshot.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_card(
    lang: model::lang::Lang,
    card: model::cards::Card,
    site: Option<&str>,
) -> (String, String) {
    use leptos::prelude::*;
    data::drawing_card(lang, card, || {
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
#[cfg(not(target_arch = "wasm32"))]
pub fn render_not_found(site: Option<&str>) -> String {
    use model::embed::attr;
    use model::lang::Lang;
    let home = site.unwrap_or("/");
    let say = |lang: Lang| {
        data::in_language(lang, || {
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
#[cfg(not(target_arch = "wasm32"))]
pub fn cards() -> Vec<model::cards::Card> {
    model::cards::Card::all(data::outline())
}

/// A card's folder below its edition's root (`cards/issue/donbas/`).
#[cfg(not(target_arch = "wasm32"))]
pub fn card_folder(card: model::cards::Card) -> String {
    card.folder(data::outline())
}

/// A card's name, as its page's root element says it (`issue/donbas`).
#[cfg(not(target_arch = "wasm32"))]
pub fn card_name(card: model::cards::Card) -> String {
    card.name(data::outline())
}

/// The file of every version of every stance in `lang` (`stance-versions.html`, beside the
/// edition's positions page), which the browser's script fetches when the reader moves the
/// "as of" control: a plain document that only the script reads, kept out of search engines.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_stance_versions(lang: model::lang::Lang) -> String {
    use leptos::prelude::*;
    let body = data::drawing(lang, model::url_state::View::Positions, || {
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
#[cfg(not(target_arch = "wasm32"))]
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

/// Writes the data downloads of `lang`'s edition into `dir` (see `downloads.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn write_downloads(lang: model::lang::Lang, dir: &std::path::Path) -> Result<(), String> {
    data::in_language(lang, || downloads::write_all(dir))
}
