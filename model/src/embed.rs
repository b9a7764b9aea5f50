//! The embed protocol, child side: the height messages newsroom pages already listen for, and
//! the iframe code the "Embed" dialog offers. The browser part (`src/embed.rs`) only measures
//! and posts; every message is built and read here.

/// The Datawrapper-style id used when the embedding page gives none (`?id=`).
pub const DEFAULT_FRAME_ID: &str = "peace-talks-explainer";
/// The iframe height offered before the page has measured itself.
pub const DEFAULT_HEIGHT: u32 = 900;

/// A frame id or Pym child id as the page accepts it: short, and only letters, digits, `-`,
/// `_`, `.` and `:`, so it can go into a message and into HTML without escaping.
pub fn clean_id(id: &str) -> Option<String> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
    ok.then(|| id.to_owned())
}

/// Pym.js: `pymxPYMx{childId}xPYMxheightxPYMx{px}`.
pub fn pym_height(child_id: &str, px: u32) -> String {
    format!("pymxPYMx{child_id}xPYMxheightxPYMx{px}")
}

/// Whether a message is the Pym parent's width notice for this child, which the child
/// answers with its height.
pub fn is_pym_width(message: &str, child_id: &str) -> bool {
    message
        .strip_prefix("pymxPYMx")
        .and_then(|rest| rest.strip_prefix(child_id))
        .and_then(|rest| rest.strip_prefix("xPYMxwidthxPYMx"))
        .is_some_and(|px| !px.is_empty() && px.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// Rounds a measured CSS height up to whole pixels, so the frame never clips a fraction.
pub fn whole_pixels(height: f64) -> u32 {
    if height.is_finite() && height > 0.0 {
        height.ceil().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// The iframe code for an article: `src` is the explainer's address for the chosen view
/// (with `embed=1`), `script` the address of the parent-side resizer shipped in `dist/`.
pub fn iframe_code(src: &str, script: &str, title: &str, frame_id: &str, height: u32) -> String {
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0;width:100%\"></iframe>\n<script src=\"{script}\" async></script>",
        id = attr(frame_id),
        src = attr(src),
        title = attr(title),
        script = attr(script),
    )
}

/// Escapes text for a double-quoted HTML attribute.
pub fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym_messages() {
        assert_eq!(
            pym_height("explainer", 1234),
            "pymxPYMxexplainerxPYMxheightxPYMx1234"
        );
        assert!(is_pym_width(
            "pymxPYMxexplainerxPYMxwidthxPYMx640",
            "explainer"
        ));
        assert!(is_pym_width(
            "pymxPYMxexplainerxPYMxwidthxPYMx640.5",
            "explainer"
        ));
        assert!(!is_pym_width(
            "pymxPYMxotherxPYMxwidthxPYMx640",
            "explainer"
        ));
        assert!(!is_pym_width(
            "pymxPYMxexplainerxPYMxheightxPYMx640",
            "explainer"
        ));
        assert!(!is_pym_width(
            "pymxPYMxexplainerxPYMxwidthxPYMx",
            "explainer"
        ));
        assert!(!is_pym_width("hello", "explainer"));
    }

    #[test]
    fn ids_are_cleaned() {
        assert_eq!(clean_id("example-1").as_deref(), Some("example-1"));
        assert_eq!(clean_id("a\"><script>"), None);
        assert_eq!(clean_id(""), None);
        assert_eq!(clean_id(&"x".repeat(65)), None);
    }

    #[test]
    fn heights_round_up() {
        assert_eq!(whole_pixels(812.2), 813);
        assert_eq!(whole_pixels(812.0), 812);
        assert_eq!(whole_pixels(f64::NAN), 0);
        assert_eq!(whole_pixels(-5.0), 0);
    }

    #[test]
    fn iframe_code_has_title_lazy_loading_and_the_resizer() {
        let code = iframe_code(
            "https://example.org/talks/?view=timeline&embed=1",
            "https://example.org/talks/embed.js",
            "The \"talks\" explainer",
            "talks",
            900,
        );
        assert_eq!(
            code,
            "<iframe id=\"talks\" src=\"https://example.org/talks/?view=timeline&amp;embed=1\" title=\"The &quot;talks&quot; explainer\" width=\"100%\" height=\"900\" loading=\"lazy\" style=\"border:0;width:100%\"></iframe>\n<script src=\"https://example.org/talks/embed.js\" async></script>"
        );
    }
}
