//! The page's `<head>` words for the page being drawn: its title, description and sharing
//! cards, its language, its canonical address when the host's is known, and links to the same
//! page in the other edition (`hreflang`). index.html leaves them to the pre-render, which
//! writes each page's own.

use crate::drawing::{card, lang, outline, page, record};
use crate::share_image::{alt, Picture, FILE, HEIGHT, WIDTH};
use crate::words::{long_date, tr, trf};
use model::cards::Card;
use model::embed::attr;
use model::lang::Lang;
use model::url_state::View;

/// The `<head>` elements that differ between the pages, as HTML, for the page being drawn.
/// `site`: the address the editions are hosted at, ending in `/`; when given, the page names
/// its canonical address and its sharing card's, and its links to the other edition are
/// absolute. Without it those tags are left out, and the other edition's link is relative.
pub fn head_tags(site: Option<&str>) -> String {
    let Words {
        title,
        description,
        card_title,
        card_description,
    } = words();
    let (folder, to_root) = place();
    // The page's sharing picture, beside it (`share_image/`, written by the pre-render).
    let image = match site {
        Some(site) => format!("{site}{}{folder}{FILE}", lang().folder()),
        None => FILE.to_owned(),
    };
    let image_alt = alt(&picture_of_page());
    let (locale, other_locale) = match lang() {
        Lang::En => ("en_GB", "uk_UA"),
        Lang::Uk => ("uk_UA", "en_GB"),
    };
    // The page in each edition, from the host (absolute) or from this page (relative).
    let own = |edition: Lang| match site {
        Some(site) => format!("{site}{}{folder}", edition.folder()),
        None if edition == lang() => "./".to_owned(),
        None => format!("{to_root}{}{folder}", lang().path_to(edition)),
    };
    // A card is for an article's iframe: its links open the explainer in a tab of their own,
    // and search engines index the explainer's pages rather than their pieces.
    let card_only = if card().is_some() {
        "<base target=\"_blank\">\n<meta name=\"robots\" content=\"noindex\">\n"
    } else {
        ""
    };
    let canonical = site
        .map(|_| {
            let here = own(lang());
            format!(
                "<link rel=\"canonical\" href=\"{here}\">\n<meta property=\"og:url\" content=\"{here}\">\n",
                here = attr(&here)
            )
        })
        .unwrap_or_default();
    // Where to follow the edition's changes (its Atom feed, at its root), and, on a host
    // whose address is known, the page's oEmbed file for an editor's CMS (`oembed.rs`).
    let feed = format!(
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\" href=\"{}\">\n",
        attr(&crate::feed::title()),
        attr(&match site {
            Some(site) => format!("{site}{}{}", lang().folder(), crate::feed::FILE),
            None => format!("{to_root}{}", crate::feed::FILE),
        })
    );
    let oembed = site
        .map(|site| {
            format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" title=\"{}\" href=\"{}\">\n",
                attr(&title),
                attr(&format!("{site}{}{folder}{}", lang().folder(), crate::oembed::FILE))
            )
        })
        .unwrap_or_default();
    let data = crate::structured_data::json_ld(site, &title, &description);
    format!(
        concat!(
            "{card_only}",
            "<title>{title}</title>\n",
            "<meta name=\"description\" content=\"{description}\">\n",
            "{canonical}",
            "<meta property=\"og:type\" content=\"article\">\n",
            "<meta property=\"og:locale\" content=\"{locale}\">\n",
            "<meta property=\"og:locale:alternate\" content=\"{other_locale}\">\n",
            "<meta property=\"og:title\" content=\"{card_title}\">\n",
            "<meta property=\"og:description\" content=\"{card_description}\">\n",
            "<meta property=\"og:image\" content=\"{image}\">\n",
            "<meta property=\"og:image:type\" content=\"image/png\">\n",
            "<meta property=\"og:image:width\" content=\"{width}\">\n",
            "<meta property=\"og:image:height\" content=\"{height}\">\n",
            "<meta property=\"og:image:alt\" content=\"{image_alt}\">\n",
            "<meta name=\"twitter:card\" content=\"summary_large_image\">\n",
            "<meta name=\"twitter:title\" content=\"{card_title}\">\n",
            "<meta name=\"twitter:description\" content=\"{card_description}\">\n",
            "<meta name=\"twitter:image\" content=\"{image}\">\n",
            "<meta name=\"twitter:image:alt\" content=\"{image_alt}\">\n",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"{english}\">\n",
            "<link rel=\"alternate\" hreflang=\"uk\" href=\"{ukrainian}\">\n",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{english}\">\n",
            "{feed}{oembed}",
            "<script type=\"application/ld+json\">{data}</script>\n",
        ),
        feed = feed,
        oembed = oembed,
        data = data,
        title = attr(&title),
        description = attr(&description),
        card_only = card_only,
        canonical = canonical,
        card_title = attr(&card_title),
        card_description = attr(&card_description),
        image = attr(&image),
        image_alt = attr(&image_alt),
        width = WIDTH,
        height = HEIGHT,
        locale = locale,
        other_locale = other_locale,
        english = attr(&own(Lang::En)),
        ukrainian = attr(&own(Lang::Uk)),
    )
}

/// The folder of the page being drawn in its edition (`timeline/`, `cards/issue/donbas/`), and
/// the way up from it to the edition's root (`../`, `../../../`).
pub fn place() -> (String, &'static str) {
    match card() {
        Some(card) => (card.folder(outline()), card.to_root()),
        None => (page().folder().to_owned(), page().to_root()),
    }
}

/// The words a page says of itself: in the browser's tab and search results, and in link
/// previews (its sharing card).
pub struct Words {
    pub title: String,
    pub description: String,
    pub card_title: String,
    pub card_description: String,
}

/// The words of the page being drawn. The positions' page speaks for the whole explainer;
/// every other page for its view, and a card for its piece.
pub fn words() -> Words {
    let view = page();
    let date = long_date(record().meta.as_of);
    let blanks = [("date", date.as_str())];
    let (title, description, card_title, card_description) = match card() {
        Some(card) => {
            let title = trf(
                "{card} — the Russia–Ukraine peace talks, as of {date}",
                &[("card", &crate::views::card_heading(card)), ("date", &date)],
            );
            let about = card_description(card);
            (title.clone(), about.clone(), title, about)
        }
        None => match view {
            View::Positions => (
                trf("The Russia–Ukraine peace talks, as of {date} — an explainer", &blanks),
                trf("Where the talks to end the Russia–Ukraine war stood on {date}: each side's positions issue by issue, the timeline of the diplomacy, who is who, and a source under every claim.", &blanks),
                trf("The Russia–Ukraine peace talks, as of {date}", &blanks),
                about(view),
            ),
            _ => {
                let about = about(view);
                let title = trf(
                    "{view} — the Russia–Ukraine peace talks, as of {date}",
                    &[("view", tr(view.label())), ("date", &date)],
                );
                (title.clone(), about.clone(), title, about)
            }
        },
    };
    Words {
        title,
        description,
        card_title,
        card_description,
    }
}

/// The sharing picture of the page being drawn: its card's, or its view's.
fn picture_of_page() -> Picture {
    match card() {
        Some(card) => Picture::of_card(card),
        None => Picture::View(page()),
    }
}

/// What a card's page says it shows, for search results and sharing.
fn card_description(card: Card) -> String {
    let r = record();
    match card {
        Card::Issue(issue) => trf(
            "{question} Each side's position, how it moved, and its sources.",
            &[("question", r.issue(issue).question)],
        ),
        Card::Land => tr("What each side's position on the land question says about each of Ukraine's regions, on four maps and in a table.").to_owned(),
        Card::Plans(_) => tr("What the peace texts say side by side, as far as they are known, with a source under every provision.").to_owned(),
        Card::Event(event) => r.event(event).summary.to_owned(),
    }
}

/// What a view's page holds, in a sentence: its sharing card's description, and the words
/// under a title card's name (`share_image/`).
pub fn about(view: View) -> String {
    let date = long_date(record().meta.as_of);
    match view {
        View::Positions => tr("Each side's positions issue by issue, the timeline of the diplomacy and who is who, with a source under every claim.").to_owned(),
        View::Plans => tr("The peace plans and drafts side by side, issue by issue, as far as their texts are known, with what each changed and a source under every provision.").to_owned(),
        View::Timeline => trf("The talks event by event, up to {date} and after it, with filters by track and person and a source under every event.", &[("date", &date)]),
        View::People => tr("Who is who in the talks: the leaders, envoys and negotiators on every side, and the events each took part in.").to_owned(),
        View::Sources => tr("The sources behind every claim, how they were weighed, what early reporting got wrong, and the corrections to this explainer.").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use model::lang::Lang;
    use model::url_state::View;

    fn head(lang: Lang, view: View, site: Option<&str>) -> String {
        crate::render(lang, view, site).0
    }

    #[test]
    fn with_the_hosts_address_each_page_names_its_canonical_address() {
        let site = Some("https://news.example/talks/");
        let page = head(Lang::Uk, View::Timeline, site);
        for tag in [
            "<link rel=\"canonical\" href=\"https://news.example/talks/uk/timeline/\">",
            "<meta property=\"og:url\" content=\"https://news.example/talks/uk/timeline/\">",
            "hreflang=\"en\" href=\"https://news.example/talks/timeline/\"",
            "hreflang=\"uk\" href=\"https://news.example/talks/uk/timeline/\"",
        ] {
            assert!(page.contains(tag), "{tag} in {page}");
        }
        let home = head(Lang::En, View::Positions, site);
        assert!(home.contains("<link rel=\"canonical\" href=\"https://news.example/talks/\">"));
    }

    #[test]
    fn each_page_names_its_sharing_picture_absolute_with_the_hosts_address() {
        let site = Some("https://news.example/talks/");
        for (lang, view, image) in [
            (
                Lang::En,
                View::Positions,
                "https://news.example/talks/share.png",
            ),
            (
                Lang::En,
                View::Timeline,
                "https://news.example/talks/timeline/share.png",
            ),
            (
                Lang::Uk,
                View::Positions,
                "https://news.example/talks/uk/share.png",
            ),
            (
                Lang::Uk,
                View::People,
                "https://news.example/talks/uk/people/share.png",
            ),
        ] {
            let page = head(lang, view, site);
            for tag in [
                format!("<meta property=\"og:image\" content=\"{image}\">"),
                format!("<meta name=\"twitter:image\" content=\"{image}\">"),
                "<meta property=\"og:image:width\" content=\"1200\">".to_owned(),
                "<meta property=\"og:image:height\" content=\"630\">".to_owned(),
                "<meta name=\"twitter:card\" content=\"summary_large_image\">".to_owned(),
            ] {
                assert!(page.contains(&tag), "{tag} in {page}");
            }
            // The two tags, and the structured data's `image`.
            assert_eq!(page.matches("share.png\">").count(), 2, "{page}");
        }
    }

    #[test]
    fn without_it_the_sharing_picture_is_named_from_the_page_with_its_description() {
        for lang in [Lang::En, Lang::Uk] {
            for view in View::ALL {
                let page = head(lang, view, None);
                assert!(
                    page.contains("<meta property=\"og:image\" content=\"share.png\">")
                        && page.contains("<meta name=\"twitter:image\" content=\"share.png\">"),
                    "{page}"
                );
                let alt = page
                    .split("<meta property=\"og:image:alt\" content=\"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .unwrap_or_default();
                assert!(alt.len() > 20, "{lang:?} {view:?}: {alt:?}");
            }
        }
        let uk = head(Lang::Uk, View::Timeline, None);
        assert!(uk.contains("og:image:alt\" content=\"Кожен рядок"), "{uk}");
        let en = head(Lang::En, View::People, None);
        assert!(
            en.contains("og:image:alt\" content=\"People — the Russia–Ukraine peace talks"),
            "{en}"
        );
    }

    #[test]
    fn without_it_the_absolute_tags_are_left_out_and_the_links_are_relative() {
        for (lang, view, en, uk) in [
            (Lang::En, View::Positions, "./", "uk/"),
            (Lang::En, View::People, "./", "../uk/people/"),
            (Lang::Uk, View::Positions, "../", "./"),
            (Lang::Uk, View::People, "../../people/", "./"),
        ] {
            let page = head(lang, view, None);
            assert!(
                !page.contains("canonical") && !page.contains("og:url"),
                "{page}"
            );
            assert!(
                page.contains(&format!("hreflang=\"en\" href=\"{en}\"")),
                "{page}"
            );
            assert!(
                page.contains(&format!("hreflang=\"uk\" href=\"{uk}\"")),
                "{page}"
            );
        }
    }

    #[test]
    fn the_hosts_address_is_checked() {
        use crate::site_url;
        assert_eq!(site_url(None), Ok(None));
        assert_eq!(site_url(Some(" ")), Ok(None));
        assert_eq!(
            site_url(Some("https://news.example/talks")),
            Ok(Some("https://news.example/talks/".into()))
        );
        for bad in [
            "news.example/",
            "ftp://x/",
            "https://",
            "https://x/?a=1",
            "https://x/\"y",
        ] {
            assert!(site_url(Some(bad)).is_err(), "{bad}");
        }
    }
}
