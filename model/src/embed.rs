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

/// The class of what an embed code keeps for readers whose page drops the frame (a newsletter,
/// a CMS that strips iframes): a link to the page. `assets/embed.js` hides it once its frame
/// has said its height, and WordPress hides its blockquote the same way.
pub const FALLBACK_CLASS: &str = "peace-talks-explainer-fallback";

/// What an embed code frames: the page in embed mode (`src`), the page itself for a reader
/// (`link`), its sharing picture, and its title.
pub struct Framed<'a> {
    pub src: &'a str,
    pub link: &'a str,
    pub picture: &'a str,
    pub title: &'a str,
}

/// The code the Embed dialog gives for an article: the iframe, the parent-side resizer at
/// `script`, and after them a link with the page's picture for where the frame is dropped.
pub fn iframe_code(page: &Framed, script: &str, frame_id: &str, height: u32) -> String {
    format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" style=\"border:0;width:100%\"></iframe>\n<script src=\"{script}\" async></script>\n<p class=\"{FALLBACK_CLASS}\"><a href=\"{link}\"><img src=\"{picture}\" alt=\"\" width=\"600\" height=\"315\" style=\"display:block;max-width:100%;height:auto\">{title}</a></p>",
        id = attr(frame_id),
        src = attr(page.src),
        title = attr(page.title),
        script = attr(script),
        link = attr(page.link),
        picture = attr(page.picture),
    )
}

/// The `html` of an oEmbed answer: first a blockquote linking to the page, which WordPress
/// shows until the frame has said its height and other hosts until `embed.js` hides it; then
/// the frame, and the resizer. Only attributes WordPress keeps carry meaning
/// (`wp_filter_oembed_result` allows `src`, `width`, `height`, `title`, `frameborder`,
/// `scrolling` on an iframe and `href` on a link); the class and style serve other hosts.
pub fn oembed_html(page: &Framed, script: &str, height: u32) -> String {
    format!(
        "<blockquote class=\"{FALLBACK_CLASS}\"><a href=\"{link}\">{title}</a></blockquote>\n<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" frameborder=\"0\" scrolling=\"no\" style=\"border:0;width:100%\"></iframe>\n<script src=\"{script}\" async></script>",
        src = attr(page.src),
        title = attr(page.title),
        link = attr(page.link),
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
            format!("' {FALLBACK_CLASS} '"),
        ] {
            assert!(
                script.contains(&part),
                "assets/embed.js does not say {part}"
            );
        }
    }

    #[test]
    fn iframe_code_has_title_lazy_loading_the_resizer_and_a_fallback() {
        let page = Framed {
            src: "https://example.org/talks/timeline/?embed=1&q=x",
            link: "https://example.org/talks/timeline/?q=x",
            picture: "https://example.org/talks/timeline/share.png",
            title: "The \"talks\" explainer",
        };
        assert_eq!(
            iframe_code(&page, "https://example.org/talks/embed.js", "talks", 900),
            "<iframe id=\"talks\" src=\"https://example.org/talks/timeline/?embed=1&amp;q=x\" title=\"The &quot;talks&quot; explainer\" width=\"100%\" height=\"900\" loading=\"lazy\" style=\"border:0;width:100%\"></iframe>\n<script src=\"https://example.org/talks/embed.js\" async></script>\n<p class=\"peace-talks-explainer-fallback\"><a href=\"https://example.org/talks/timeline/?q=x\"><img src=\"https://example.org/talks/timeline/share.png\" alt=\"\" width=\"600\" height=\"315\" style=\"display:block;max-width:100%;height:auto\">The &quot;talks&quot; explainer</a></p>"
        );
        let oembed = oembed_html(&page, "https://example.org/talks/embed.js", 700);
        assert!(oembed.starts_with("<blockquote class=\"peace-talks-explainer-fallback\"><a href=\"https://example.org/talks/timeline/?q=x\">The &quot;talks&quot; explainer</a></blockquote>\n<iframe src="));
        assert!(oembed.contains(" height=\"700\" frameborder=\"0\" scrolling=\"no\""));
    }
}
