//! Pre-renders the explainer from the page Trunk has just built: one page per view and
//! edition, all from the same template, wasm, stylesheet and scripts. The English edition's
//! positions replace the page in place (`index.html`), the other views go a folder below it
//! (`timeline/index.html`, …), and the Ukrainian edition does the same under `uk/`. Each
//! page's view goes inside `<body>`, where the browser's script later finds it; its title,
//! description, sharing cards and `hreflang` links go at the end of `<head>`; each edition's
//! data downloads ("Get the data") are written at its root, and each page's sharing picture
//! (`share.png`) beside it, and each edition's Atom feed (`feed.xml`) at its root.
//!
//! The address the explainer is hosted at, when given in `EXPLAINER_SITE_URL`
//! (`https://example.org/talks/`), makes the canonical and sharing addresses, each page's
//! oEmbed answer (`oembed.json`), and the sitemap and `robots.txt` at the build's root;
//! without it those tags and files are left out. Trunk runs this after every build (`scripts/finish-build.sh`, a
//! post-build hook), on the page in its staging folder; it can also be given a page:
//! `cargo run -p render --bin prerender -- dist/index.html`.

use common::hooks::{CARD_ATTR, PAGE_ATTR};
use model::cards::Card;
use model::lang::Lang;
use model::url_state::View;
use render::share_image::{self, Picture};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let page = match std::env::args_os().nth(1) {
        Some(path) => PathBuf::from(path),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(dir) => PathBuf::from(dir).join("index.html"),
            None => {
                eprintln!("prerender: name the page to fill, or run it as Trunk's hook (TRUNK_STAGING_DIR)");
                return ExitCode::FAILURE;
            }
        },
    };
    let site = std::env::var("EXPLAINER_SITE_URL").ok();
    match render::site_url(site.as_deref()).and_then(|site| {
        let template = std::fs::read_to_string(&page)
            .map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        write_editions(&template, &page, site.as_deref())
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every page of both editions from the page Trunk built.
fn write_editions(template: &str, page: &Path, site: Option<&str>) -> Result<(), String> {
    let dir = page.parent().unwrap_or(Path::new("."));
    for lang in [Lang::En, Lang::Uk] {
        let root = dir.join(lang.folder());
        for view in View::ALL {
            let folder = root.join(view.folder());
            write_page(&folder, page_of(template, lang, view, site)?)?;
            if let Some(site) = site {
                write(&folder, render::render_oembed(lang, view, site))?;
            }
        }
        for card in cards() {
            let folder = root.join(render::card_folder(card));
            write_page(&folder, card_of(template, lang, card, site)?)?;
            if let Some(site) = site {
                write(&folder, render::render_card_oembed(lang, card, site))?;
            }
        }
        let versions = (
            common::hooks::STANCE_VERSIONS_FILE,
            render::render_stance_versions(lang),
        );
        write(&root, versions)?;
        write(&root, render::render_feed(lang, site))?;
        write(&root, render::render_search_index(lang))?;
        render::write_downloads(lang, &root)?;
    }
    write(dir, ("404.html", render::render_not_found(site)))?;
    // Files for search engines, which must name absolute addresses.
    for file in site.map(render::render_for_crawlers).into_iter().flatten() {
        write(dir, file)?;
    }
    write_pictures(dir)
}

/// Writes `html` as the `index.html` of `folder`, making the folder.
fn write_page(folder: &Path, html: String) -> Result<(), String> {
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
    write(folder, ("index.html", html))
}

/// Writes a file (its name and text) into `folder`.
fn write(folder: &Path, (name, text): (&str, String)) -> Result<(), String> {
    let path = folder.join(name);
    std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The cards to write: none for the benchmark's synthetic records (`scripts/bench.sh` sets
/// `EXPLAINER_SYNTHETIC_EVENTS` for its builds), whose thousands of events would each take a
/// card page and a sharing picture (most of an hour at 10,000 events) that it never opens.
fn cards() -> Vec<model::cards::Card> {
    if std::env::var_os("EXPLAINER_SYNTHETIC_EVENTS").is_some() {
        Vec::new()
    } else {
        render::cards()
    }
}

/// Each view's and card's sharing picture (`share.png`, see `share_image/`) beside its
/// page in both editions, drawn on every core: rasterising is most of the pre-render's time.
fn write_pictures(dir: &Path) -> Result<(), String> {
    let mut jobs: Vec<(PathBuf, Lang, Picture)> = Vec::new();
    for lang in [Lang::En, Lang::Uk] {
        let root = dir.join(lang.folder());
        for view in View::ALL {
            jobs.push((root.join(view.folder()), lang, Picture::View(view)));
        }
        for card in cards() {
            let folder = root.join(render::card_folder(card));
            jobs.push((folder, lang, Picture::of_card(card)));
        }
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = &jobs;
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|first| {
                scope.spawn(move || {
                    jobs.iter().skip(first).step_by(threads).try_for_each(
                        |(folder, lang, picture)| write_picture(folder, *lang, picture),
                    )
                })
            })
            .collect();
        workers.into_iter().try_for_each(|worker| {
            worker
                .join()
                .map_err(|_| "drawing a sharing picture panicked".to_owned())?
        })
    })
}

/// One sharing picture, into `folder`.
fn write_picture(folder: &Path, lang: Lang, picture: &Picture) -> Result<(), String> {
    let path = folder.join(share_image::FILE);
    // Kept between builds in the build's target folder (`target/share-pictures/`).
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    let png = share_image::draw_cached(lang, picture, &target.join("share-pictures"))
        .map_err(|e| format!("cannot draw {}: {e}", path.display()))?;
    std::fs::write(&path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// One view's page in one edition: the template with its language and view, its head tags
/// and its body, and, in a folder below the site's root, its assets' addresses reaching back
/// up.
fn page_of(template: &str, lang: Lang, view: View, site: Option<&str>) -> Result<String, String> {
    let (head, body) = render::render(lang, view, site);
    let marks = format!("{PAGE_ATTR}=\"{}\"", view.slug());
    fill_page(template, lang, &marks, (&head, &body), view.to_root())
}

/// One card's page in one edition, like a view's: marked as a card (`data-page="card"`) and
/// with the card's name, which the start script and the script read.
fn card_of(template: &str, lang: Lang, card: Card, site: Option<&str>) -> Result<String, String> {
    let (head, body) = render::render_card(lang, card, site);
    let name = render::card_name(card);
    let marks = format!("{PAGE_ATTR}=\"card\" {CARD_ATTR}=\"{name}\"");
    let page = fill_page(template, lang, &marks, (&head, &body), card.to_root())?;
    Ok(without_preload(&page))
}

/// The page without its preload of the script's JS glue: a card fetches the script only
/// for a control (`assets/start.js`), so it must not fetch the glue up front.
fn without_preload(page: &str) -> String {
    let Some(at) = page
        .find("rel=modulepreload")
        .or_else(|| page.find("rel=\"modulepreload\""))
    else {
        return page.to_owned();
    };
    match (page[..at].rfind("<link"), page[at..].find('>')) {
        (Some(start), Some(end)) => format!("{}{}", &page[..start], &page[at + end + 1..]),
        _ => page.to_owned(),
    }
}

/// The template filled with a page: its language and `marks` on the root element, its body
/// and head, and its assets reached from its folder (`to_root`, `../../`, below the
/// edition's root).
fn fill_page(
    template: &str,
    lang: Lang,
    marks: &str,
    (head, body): (&str, &str),
    to_root: &str,
) -> Result<String, String> {
    let mut html = set_lang(&fill_body(template, &without_markers(body))?, lang, marks)?;
    let depth = lang.folder().matches('/').count() + to_root.matches("../").count();
    if depth > 0 {
        html = assets_up(&html, depth)?;
    }
    // Last: its links to the editions are already right for the page's folder.
    fill_head(&html, head)
}

/// `<html lang="en">` becomes the edition's language, with the page's `marks` (its view, and
/// a card's name), which the start script reads.
fn set_lang(page: &str, lang: Lang, marks: &str) -> Result<String, String> {
    const EN: &str = "<html lang=\"en\">";
    const EN_MINIFIED: &str = "<html lang=en>";
    let tag = [EN, EN_MINIFIED]
        .into_iter()
        .find(|tag| page.contains(tag))
        .ok_or("the page must start with <html lang=\"en\">")?;
    Ok(page.replacen(tag, &format!("<html lang=\"{}\" {marks}>", lang.code()), 1))
}

/// The head's tags at its end, before `</head>`.
fn fill_head(page: &str, tags: &str) -> Result<String, String> {
    let end = page.find("</head>").ok_or("the page has no </head>")?;
    Ok(format!("{}{tags}{}", &page[..end], &page[end..]))
}

/// The head's relative asset addresses (`href=./main.css`, `src="./start.js"`,
/// `data-js=./glue.js`), which Trunk writes from `public_url = "./"`, made to reach `levels`
/// folders up, for a page in a sub-folder. The body's addresses are the page's own (its
/// downloads, the other edition) and stay.
fn assets_up(page: &str, levels: usize) -> Result<String, String> {
    let end = page.find("</head>").ok_or("the page has no </head>")?;
    let up = "../".repeat(levels);
    let head = page[..end]
        .replace("=./", &format!("={up}"))
        .replace("=\"./", &format!("=\"{up}"));
    if !head.contains("../") {
        return Err("the page's head names no ./ assets to move".into());
    }
    Ok(format!("{head}{}", &page[end..]))
}

/// The markup without Leptos's hydration markers (`<!>`, empty comments between dynamic
/// parts): nothing hydrates this page, and there were about 11,000 of them. Text and
/// attribute values are escaped, so the sequence occurs nowhere else.
fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}

/// The page with `body` at the start of its `<body>` element, right after the tag. What Trunk
/// may have put in the body (the reload script of `trunk serve`) stays after it; anything else
/// there is refused, since index.html must leave the body to the pre-render.
fn fill_body(page: &str, body: &str) -> Result<String, String> {
    const OPEN: &str = "<body>";
    const CLOSE: &str = "</body>";
    let (Some(start), Some(end)) = (page.find(OPEN), page.rfind(CLOSE)) else {
        return Err("the page has no <body>…</body> to fill".into());
    };
    if page.matches(OPEN).count() != 1 || end < start {
        return Err("the page must have exactly one plain <body> tag, before </body>".into());
    }
    let after = start + OPEN.len();
    let inner = page[after..end].trim_start();
    if !(inner.is_empty() || inner.starts_with("<script")) {
        return Err("the page's <body> has content: index.html must leave it to the app".into());
    }
    Ok(format!("{}{body}\n{inner}{}", &page[..after], &page[end..]))
}

#[cfg(test)]
mod tests {
    use super::{assets_up, fill_body, fill_head, set_lang, without_markers, without_preload};
    use model::lang::Lang;

    #[test]
    fn drops_the_hydration_markers_only() {
        assert_eq!(
            without_markers("<p>a<!> b<!></p><p title=\"&lt;!&gt;\">&lt;!&gt;</p>"),
            "<p>a b</p><p title=\"&lt;!&gt;\">&lt;!&gt;</p>"
        );
    }

    #[test]
    fn puts_the_app_right_after_the_body_tag() {
        let page = "<html><head></head>\n<body>\n</body>\n</html>";
        assert_eq!(
            fill_body(page, "<main>hi</main>").unwrap(),
            "<html><head></head>\n<body><main>hi</main>\n</body>\n</html>"
        );
    }

    #[test]
    fn keeps_the_scripts_trunk_adds_after_the_app() {
        let page = "<body>\n<script>reload()</script></body>";
        assert_eq!(
            fill_body(page, "<main></main>").unwrap(),
            "<body><main></main>\n<script>reload()</script></body>"
        );
    }

    #[test]
    fn a_sub_folder_edition_reaches_its_assets_one_folder_up() {
        let page = "<html lang=en><head><link href=./main.css rel=stylesheet><script src=\"./start.js\" data-js=./glue.js></script><link rel=\"alternate\" href=\"./\"></head><body><a href=\"./data.csv\">x</a></body></html>";
        let moved = assets_up(page, 1).unwrap();
        assert_eq!(
            moved,
            "<html lang=en><head><link href=../main.css rel=stylesheet><script src=\"../start.js\" data-js=../glue.js></script><link rel=\"alternate\" href=\"../\"></head><body><a href=\"./data.csv\">x</a></body></html>"
        );
        assert!(assets_up(page, 2)
            .unwrap()
            .contains("<script src=\"../../start.js\" data-js=../../glue.js>"));
        assert!(assets_up("<head></head>", 1).is_err());
    }

    #[test]
    fn the_edition_sets_its_language_and_head() {
        assert_eq!(
            set_lang(
                "<!doctype html><html lang=en><head>",
                Lang::Uk,
                "data-page=\"people\""
            )
            .unwrap(),
            "<!doctype html><html lang=\"uk\" data-page=\"people\"><head>"
        );
        assert!(set_lang("<html lang=fr>", Lang::Uk, "").is_err());
        assert_eq!(
            fill_head("<head><meta charset=utf-8></head>", "<title>x</title>").unwrap(),
            "<head><meta charset=utf-8><title>x</title></head>"
        );
    }

    #[test]
    fn a_card_drops_the_preload_of_the_glue_only() {
        let page = "<head><link href=a.css rel=stylesheet><link crossorigin href=../glue.js rel=modulepreload><title>x</title></head>";
        assert_eq!(
            without_preload(page),
            "<head><link href=a.css rel=stylesheet><title>x</title></head>"
        );
        assert_eq!(without_preload("<head></head>"), "<head></head>");
    }

    #[test]
    fn refuses_pages_it_cannot_fill_safely() {
        for (page, says) in [
            ("<html></html>", "no <body>"),
            ("<body></body><body></body>", "exactly one"),
            ("<body class=\"x\"></body>", "no <body>"),
            ("<body><p>old</p></body>", "has content"),
            ("<body>text<script></script></body>", "has content"),
        ] {
            let error = fill_body(page, "<main></main>").unwrap_err();
            assert!(error.contains(says), "{page}: {error}");
        }
    }
}
