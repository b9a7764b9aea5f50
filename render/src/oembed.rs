//! Each page's and card's oEmbed answer (oEmbed 1.0, type `rich`): `oembed.json` beside its
//! `index.html`, which the page's head names (`<link rel="alternate"
//! type="application/json+oembed">`). A CMS given the page's address (WordPress, Ghost, a chat
//! app) finds it there and embeds the frame it holds. A static host cannot answer oEmbed's
//! `?url=` queries, so discovery is the way, and the files need the host's address: they are
//! written only when the build is given it (`EXPLAINER_SITE_URL`).

use crate::drawing::{card, lang};
use crate::head::{place, words};
use crate::share_image::{self, HEIGHT as PICTURE_HEIGHT, WIDTH as PICTURE_WIDTH};
use crate::words::tr;
use model::embed::{oembed_html, Framed, DEFAULT_HEIGHT};
use serde_json::json;

pub const FILE: &str = "oembed.json";

/// The width the answer asks for. The frame itself is as wide as the column it is put in
/// (`width="100%"`) and says its height once drawn: `DEFAULT_HEIGHT` is only where it starts.
pub const WIDTH: u32 = 600;

/// The oEmbed answer for the page being drawn, on the host at `site`.
pub fn answer(site: &str) -> String {
    let (folder, _) = place();
    let root = format!("{site}{}", lang().folder());
    let page = format!("{root}{folder}");
    // A view's page drops its chrome in a frame, and says so in its address; a card's page is
    // made for a frame.
    let src = match card() {
        Some(_) => page.clone(),
        None => format!("{page}?embed=1"),
    };
    let picture = format!("{page}{}", share_image::FILE);
    let title = words().title;
    // `embed.js` is with the assets, at the build's root.
    let script = format!("{site}embed.js");
    let framed = Framed {
        src: &src,
        link: &page,
        picture: &picture,
        title: &title,
    };
    let answer = json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_name": tr("The Russia–Ukraine peace talks explainer"),
        "provider_url": root,
        "html": oembed_html(&framed, &script, DEFAULT_HEIGHT),
        "width": WIDTH,
        "height": DEFAULT_HEIGHT,
        "thumbnail_url": picture,
        "thumbnail_width": PICTURE_WIDTH,
        "thumbnail_height": PICTURE_HEIGHT,
    });
    answer.to_string() + "\n"
}

#[cfg(test)]
mod tests {
    use crate::drawing::{drawing, drawing_card};
    use model::lang::Lang;
    use model::url_state::View;
    use serde_json::Value;

    const SITE: &str = "https://news.example/talks/";

    /// Every page and card of both editions has its answer, and its head names it.
    #[test]
    fn every_page_and_card_has_its_oembed_answer() {
        for lang in [Lang::En, Lang::Uk] {
            let views = View::ALL.into_iter().map(|view| {
                let head = crate::render(lang, view, Some(SITE)).0;
                let answer = drawing(lang, view, || super::answer(SITE));
                (
                    format!("{SITE}{}{}", lang.folder(), view.folder()),
                    head,
                    answer,
                )
            });
            let cards = crate::cards().into_iter().map(|card| {
                let head = crate::render_card(lang, card, Some(SITE)).0;
                let answer = drawing_card(lang, card, || super::answer(SITE));
                (
                    format!("{SITE}{}{}", lang.folder(), crate::card_folder(card)),
                    head,
                    answer,
                )
            });
            let mut n = 0;
            for (page, head, answer) in views.chain(cards) {
                n += 1;
                let link = format!(
                    "type=\"application/json+oembed\" title=\"{}\" href=\"{page}oembed.json\">",
                    head.split("<title>")
                        .nth(1)
                        .unwrap()
                        .split("</title>")
                        .next()
                        .unwrap()
                );
                assert!(head.contains(&link), "{page}: {link}");
                let json: Value = serde_json::from_str(&answer).expect("it parses");
                assert_eq!(json["version"], "1.0");
                assert_eq!(json["type"], "rich");
                assert_eq!(json["thumbnail_url"], format!("{page}share.png"));
                assert_eq!(json["provider_url"], format!("{SITE}{}", lang.folder()));
                let html = json["html"].as_str().unwrap();
                assert!(html.contains(&format!("<a href=\"{page}\">")), "{html}");
                assert!(html.contains(&format!("<iframe src=\"{page}")), "{html}");
                assert!(html.contains(&format!("<script src=\"{SITE}embed.js\" async>")));
                for key in ["width", "height", "thumbnail_width", "thumbnail_height"] {
                    assert!(json[key].as_u64().is_some_and(|n| n > 0), "{key}");
                }
            }
            assert_eq!(n, View::ALL.len() + crate::cards().len());
        }
        // Without the host's address there is nothing to discover.
        let head = crate::render(Lang::En, View::Positions, None).0;
        assert!(!head.contains("json+oembed"));
    }
}
