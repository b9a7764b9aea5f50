//! The sitemap and `robots.txt`, written at the build's root only when the host's address is
//! known (`EXPLAINER_SITE_URL`): a sitemap must name absolute addresses. It lists every view's
//! page of both editions, each with its other edition as an `hreflang` alternate and the
//! record's last change as `lastmod`. Cards are left out: they are pieces for articles'
//! frames and ask search engines not to index them.

use model::embed::attr;
use model::lang::Lang;
use model::url_state::View;

pub const FILE: &str = "sitemap.xml";
pub const ROBOTS: &str = "robots.txt";

/// `sitemap.xml` for the editions hosted at `site` (ending in `/`).
pub fn sitemap(site: &str) -> String {
    let lastmod = common::record(Lang::En).last_change().iso();
    let page = |lang: Lang, view: View| format!("{site}{}{}", lang.folder(), view.folder());
    let mut xml = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    for lang in [Lang::En, Lang::Uk] {
        for view in View::ALL {
            xml.push_str(&format!(
                "<url>\n<loc>{}</loc>\n<lastmod>{lastmod}</lastmod>\n",
                attr(&page(lang, view))
            ));
            for (edition, code) in [(Lang::En, "en"), (Lang::Uk, "uk"), (Lang::En, "x-default")] {
                xml.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>\n",
                    attr(&page(edition, view))
                ));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// `robots.txt`: everything may be crawled, and the sitemap is named. Crawlers read it only
/// at a host's root, so a build hosted in a folder has it there for the host to copy or merge
/// (docs/hosting.md).
pub fn robots(site: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {site}{FILE}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_of_both_editions_is_in_the_sitemap_with_its_alternates() {
        let site = "https://news.example/talks/";
        let xml = sitemap(site);
        assert_eq!(xml.matches("<url>").count(), 2 * View::ALL.len());
        for lang in [Lang::En, Lang::Uk] {
            for view in View::ALL {
                let loc = format!("<loc>{site}{}{}</loc>", lang.folder(), view.folder());
                assert_eq!(xml.matches(&loc).count(), 1, "{loc}");
                let alternate = format!(
                    "hreflang=\"{}\" href=\"{site}{}{}\"",
                    lang.code(),
                    lang.folder(),
                    view.folder()
                );
                assert_eq!(xml.matches(&alternate).count(), 2, "{alternate}");
            }
        }
        let lastmod = common::record(Lang::En).last_change().iso();
        assert_eq!(
            xml.matches(&format!("<lastmod>{lastmod}</lastmod>"))
                .count(),
            10
        );
        assert!(!xml.contains("cards/"), "cards are not for search engines");
        assert_eq!(
            robots(site),
            "User-agent: *\nAllow: /\n\nSitemap: https://news.example/talks/sitemap.xml\n"
        );
    }
}
