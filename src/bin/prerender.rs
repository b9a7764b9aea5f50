//! Pre-renders the explainer into the page Trunk has just built: the app's default view goes
//! inside `<body>`, where the browser's script later finds it, and the data downloads ("Get the
//! data") are written beside the page. Trunk runs this after every
//! build (`scripts/finish-build.sh`, a post-build hook), on the page in its staging folder;
//! it can also be given a page: `cargo run --bin prerender -- dist/index.html`.

use std::path::PathBuf;
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
    let result = std::fs::read_to_string(&page)
        .map_err(|e| format!("cannot read {}: {e}", page.display()))
        .and_then(|html| {
            fill_body(
                &html,
                &without_markers(&peace_talks_explainer::render_body()),
            )
        })
        .and_then(|html| {
            std::fs::write(&page, html).map_err(|e| format!("cannot write {}: {e}", page.display()))
        })
        .and_then(|()| {
            let dir = page.parent().unwrap_or(std::path::Path::new("."));
            peace_talks_explainer::downloads::write_all(dir)
        });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
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
    use super::{fill_body, without_markers};

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
