//! The embed protocol, child side: the height messages newsroom pages already listen for, and
//! the iframe code the "Embed" dialog offers. The messages are sent by `assets/start.js`, so
//! that a card sizes itself before (or without) the wasm; their formats are written here, and
//! a test holds the script to them.

/// The Datawrapper-style id used when the embedding page gives none (`?id=`).
pub const DEFAULT_FRAME_ID: &str = "peace-talks-explainer";
/// The iframe height offered before the page has measured itself.
pub const DEFAULT_HEIGHT: u32 = 900;

/// What a frame id or Pym child id must be for the page to use it: short, and only letters,
/// digits, `-`, `_`, `.` and `:`, so it can go into a message and into HTML without escaping.
/// `assets/start.js`, which sends the height messages, tests ids with it.
pub const FRAME_ID_PATTERN: &str = "^[A-Za-z0-9_.:-]{1,64}$";

/// A Pym.js message between a parent and its child frame: `pymxPYMx{child}xPYMx{kind}xPYMx{value}`
/// (`height` from the child, `width` from the parent).
pub fn pym_message(child_id: &str, kind: &str, value: &str) -> String {
    format!("pymxPYMx{child_id}xPYMx{kind}xPYMx{value}")
}

/// The key of the Datawrapper-style height message, `{"datawrapper-height": {id: px}}`, which
/// `assets/embed.js` listens for.
pub const DATAWRAPPER_HEIGHT: &str = "datawrapper-height";

/// What `assets/embed.js` sends each frame when it loads, which may be after the frame first
/// said its height (the embed code loads it `async`): the frame then says it again.
pub const ASK_HEIGHT: &str = "peace-talks-explainer:height?";

/// AMP's `amp-iframe` resize request: `{sentinel: 'amp', type: 'embed-size', height}`.
pub const AMP_SENTINEL: &str = "amp";
pub const AMP_RESIZE: &str = "embed-size";

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

    /// The height messages are sent by `assets/start.js`, before and without the wasm, so a
    /// card can size itself without it: this holds the script to the formats above.
    #[test]
    fn the_start_script_sends_these_messages() {
        let script = include_str!("../../assets/start.js");
        let expect = [
            format!("`{}`", pym_message("${child}", "height", "${px}")),
            format!("`{}`", pym_message("${child}", "width", "")),
            format!("'{DATAWRAPPER_HEIGHT}': {{ [id]: px }}"),
            format!("sentinel: '{AMP_SENTINEL}', type: '{AMP_RESIZE}', height: px"),
            format!("/{FRAME_ID_PATTERN}/"),
            format!("|| '{DEFAULT_FRAME_ID}'"),
            format!("event.data === '{ASK_HEIGHT}'"),
        ];
        for part in expect {
            assert!(
                script.contains(&part),
                "assets/start.js does not say {part}"
            );
        }
        assert_eq!(
            pym_message("explainer", "height", "1234"),
            "pymxPYMxexplainerxPYMxheightxPYMx1234"
        );
    }

    /// The parent-side resizer listens for the Datawrapper-style message and asks late.
    #[test]
    fn the_resizer_listens_for_these_messages() {
        let script = include_str!("../../assets/embed.js");
        for part in [
            format!("data['{DATAWRAPPER_HEIGHT}']"),
            format!("postMessage('{ASK_HEIGHT}', '*')"),
        ] {
            assert!(
                script.contains(&part),
                "assets/embed.js does not say {part}"
            );
        }
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
