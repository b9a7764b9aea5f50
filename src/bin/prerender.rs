//! Pre-renders the explainer into the page Trunk has just built, once per edition: the
//! English page in place, and the Ukrainian one in `uk/index.html` beside it, from the same
//! template, wasm, stylesheet and scripts. Each edition's default view goes inside `<body>`,
//! where the browser's script later finds it; its title, description, sharing cards and
//! `hreflang` links go at the end of `<head>`; its data downloads ("Get the data") are written
//! beside it. Trunk runs this after every build (`scripts/finish-build.sh`, a post-build
//! hook), on the page in its staging folder; it can also be given a page:
//! `cargo run --bin prerender -- dist/index.html`.

use model::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The Ukrainian edition's folder, beside the English page.
const UK_FOLDER: &str = "uk";

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
    match std::fs::read_to_string(&page)
        .map_err(|e| format!("cannot read {}: {e}", page.display()))
        .and_then(|template| write_editions(&template, &page))
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes both editions from the page Trunk built.
fn write_editions(template: &str, page: &Path) -> Result<(), String> {
    let dir = page.parent().unwrap_or(Path::new("."));
    let uk_dir = dir.join(UK_FOLDER);
    std::fs::create_dir_all(&uk_dir)
        .map_err(|e| format!("cannot make {}: {e}", uk_dir.display()))?;
    for (lang, folder) in [(Lang::En, dir.to_path_buf()), (Lang::Uk, uk_dir)] {
        let html = edition(template, lang)?;
        let path = folder.join("index.html");
        std::fs::write(&path, html).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        peace_talks_explainer::write_downloads(lang, &folder)?;
    }
    Ok(())
}

/// One edition's page: the template with its language, its head tags and its body, and, one
/// folder down, its assets' addresses reaching back up.
fn edition(template: &str, lang: Lang) -> Result<String, String> {
    let (head, body) = peace_talks_explainer::render(lang);
    let mut html = set_lang(&fill_body(template, &without_markers(&body))?, lang)?;
    if lang != Lang::En {
        html = assets_one_folder_up(&html)?;
    }
    // Last: its links to the editions are already right for the page's folder.
    fill_head(&html, &head)
}

/// `<html lang="en">` becomes the edition's language.
fn set_lang(page: &str, lang: Lang) -> Result<String, String> {
    const EN: &str = "<html lang=\"en\">";
    const EN_MINIFIED: &str = "<html lang=en>";
    let tag = [EN, EN_MINIFIED]
        .into_iter()
        .find(|tag| page.contains(tag))
        .ok_or("the page must start with <html lang=\"en\">")?;
    Ok(page.replacen(tag, &format!("<html lang=\"{}\">", lang.code()), 1))
}

/// The head's tags at its end, before `</head>`.
fn fill_head(page: &str, tags: &str) -> Result<String, String> {
    let end = page.find("</head>").ok_or("the page has no </head>")?;
    Ok(format!("{}{tags}{}", &page[..end], &page[end..]))
}

/// The head's relative asset addresses (`href=./main.css`, `src="./start.js"`,
/// `data-js=./glue.js`), which Trunk writes from `public_url = "./"`, made to reach one folder
/// up, for a page in a sub-folder. The body's addresses are the page's own (its downloads,
/// the other edition) and stay.
fn assets_one_folder_up(page: &str) -> Result<String, String> {
    let end = page.find("</head>").ok_or("the page has no </head>")?;
    let head = page[..end]
        .replace("=./", "=../")
        .replace("=\"./", "=\"../");
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
    use super::{assets_one_folder_up, fill_body, fill_head, set_lang, without_markers};
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
        let moved = assets_one_folder_up(page).unwrap();
        assert_eq!(
            moved,
            "<html lang=en><head><link href=../main.css rel=stylesheet><script src=\"../start.js\" data-js=../glue.js></script><link rel=\"alternate\" href=\"../\"></head><body><a href=\"./data.csv\">x</a></body></html>"
        );
        assert!(assets_one_folder_up("<head></head>").is_err());
    }

    #[test]
    fn the_edition_sets_its_language_and_head() {
        assert_eq!(
            set_lang("<!doctype html><html lang=en><head>", Lang::Uk).unwrap(),
            "<!doctype html><html lang=\"uk\"><head>"
        );
        assert!(set_lang("<html lang=fr>", Lang::Uk).is_err());
        assert_eq!(
            fill_head("<head><meta charset=utf-8></head>", "<title>x</title>").unwrap(),
            "<head><meta charset=utf-8><title>x</title></head>"
        );
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
