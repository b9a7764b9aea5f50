//! Each page's structured data for search engines (JSON-LD, schema.org), in its head: the
//! page as an `Article` of the explainer, with its dates and its corrections, and on the page
//! that offers the data downloads a `Dataset` naming each file.
//!
//! The dates are the record's: published at its snapshot, modified at its last change
//! (`Record::last_change`). The page's own address and its picture's are absolute only when
//! the host's address is known; without it they are left out, and the links that remain
//! (the corrections list, the downloads) are JSON-LD references relative to the page.

use crate::drawing::{card, lang, page, record};
use crate::head::place;
use crate::words::tr;
use model::url_state::View;
use serde_json::{json, Value};

/// The `<script type="application/ld+json">` content of the page being drawn, whose title and
/// description are `headline` and `description`.
pub fn json_ld(site: Option<&str>, headline: &str, description: &str) -> String {
    let r = record();
    let (folder, to_root) = place();
    // An address from this page: absolute on a known host, else relative to the page.
    let from_here = |path: &str| match site {
        Some(site) => format!("{site}{}{path}", lang().folder()),
        None => format!("{to_root}{path}"),
    };
    let publisher = json!({
        "@type": "Organization",
        "name": tr("The Russia–Ukraine peace talks explainer"),
    });
    let mut article = json!({
        "@type": "Article",
        "headline": headline,
        "description": description,
        "inLanguage": lang().code(),
        "datePublished": r.meta.as_of.iso(),
        "dateModified": r.last_change().iso(),
        "author": publisher,
        "publisher": publisher,
        "isAccessibleForFree": true,
    });
    if let Some(site) = site {
        let here = format!("{site}{}{folder}", lang().folder());
        article["url"] = json!(here);
        article["mainEntityOfPage"] = json!(here);
        article["image"] = json!(format!("{here}{}", crate::share_image::FILE));
    }
    let sources = View::Sources.folder();
    article["correction"] = if page() == View::Sources && card().is_none() {
        // The page that lists the corrections gives each one.
        let mut revisions: Vec<_> = r.revisions.iter().collect();
        revisions.sort_by_key(|x| std::cmp::Reverse(x.when));
        Value::Array(
            revisions
                .into_iter()
                .map(|x| {
                    json!({
                        "@type": "CorrectionComment",
                        "@id": from_here(&format!("{sources}#{}", crate::feed::revision_anchor(x.id))),
                        "datePublished": x.when.iso(),
                        "text": format!("{}: {}", x.what, x.after),
                    })
                })
                .collect(),
        )
    } else {
        json!({ "@id": from_here(&format!("{sources}#revisions-heading")) })
    };
    let mut graph = vec![article];
    if page() == View::Sources && card().is_none() {
        graph.push(json!({
            "@type": "Dataset",
            "name": tr("The Russia–Ukraine peace talks: events, positions and peace texts"),
            "description": tr("The events of the diplomacy, each side's positions on each issue with their dates, and what the peace texts say issue by issue, each with its sources, written from the explainer's record."),
            "inLanguage": lang().code(),
            "dateModified": r.last_change().iso(),
            "creator": publisher,
            "isAccessibleForFree": true,
            "distribution": crate::downloads::DOWNLOADS.iter().map(|d| json!({
                "@type": "DataDownload",
                "name": tr(d.label),
                "encodingFormat": d.media_type(),
                "contentUrl": from_here(d.file),
            })).collect::<Vec<_>>(),
        }));
    }
    let data = json!({ "@context": "https://schema.org", "@graph": graph });
    // Inside <script>: no `<` may open a tag or a comment there, and `\u003c` is still `<`.
    data.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use model::lang::Lang;
    use model::url_state::View;
    use serde_json::Value;

    fn data_of(head: &str) -> Value {
        let start = head.find("<script type=\"application/ld+json\">").unwrap() + 35;
        let end = start + head[start..].find("</script>").unwrap();
        serde_json::from_str(&head[start..end]).expect("the JSON-LD parses")
    }

    /// It parses, and says what the page's head says: its title, description, language and
    /// the record's dates.
    #[test]
    fn every_pages_structured_data_says_what_the_page_says() {
        for lang in [Lang::En, Lang::Uk] {
            let r = common::record(lang);
            let pages = View::ALL
                .into_iter()
                .map(|view| crate::render(lang, view, None).0)
                .chain(
                    crate::cards()
                        .into_iter()
                        .map(|card| crate::render_card(lang, card, None).0),
                );
            for head in pages {
                let data = data_of(&head);
                let article = &data["@graph"][0];
                let title = head
                    .split("<title>")
                    .nth(1)
                    .unwrap()
                    .split("</title>")
                    .next()
                    .unwrap();
                assert_eq!(
                    model::embed::attr(article["headline"].as_str().unwrap()),
                    title
                );
                let description = format!(
                    "<meta name=\"description\" content=\"{}\">",
                    model::embed::attr(article["description"].as_str().unwrap())
                );
                assert!(head.contains(&description), "{description}");
                assert_eq!(article["inLanguage"], lang.code());
                assert_eq!(article["datePublished"], r.meta.as_of.iso());
                assert_eq!(article["dateModified"], r.last_change().iso());
                assert!(
                    article.get("url").is_none(),
                    "no absolute address without the host"
                );
            }
        }
    }

    #[test]
    fn the_sources_page_lists_the_corrections_and_the_downloads() {
        let head = crate::render(Lang::En, View::Sources, Some("https://news.example/t/")).0;
        let data = data_of(&head);
        let corrections = data["@graph"][0]["correction"].as_array().unwrap();
        assert_eq!(corrections.len(), common::record(Lang::En).revisions.len());
        assert!(corrections[0]["@id"]
            .as_str()
            .unwrap()
            .starts_with("https://news.example/t/sources/#revision-"));
        let dataset = &data["@graph"][1];
        assert_eq!(dataset["@type"], "Dataset");
        let files: Vec<&str> = dataset["distribution"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["contentUrl"].as_str().unwrap())
            .collect();
        assert_eq!(files.len(), crate::downloads::DOWNLOADS.len());
        assert!(files.contains(&"https://news.example/t/peace-talks-events.csv"));
        assert_eq!(data["@graph"][0]["url"], "https://news.example/t/sources/");
        // Elsewhere: the corrections list by reference, no dataset.
        let timeline = data_of(&crate::render(Lang::Uk, View::Timeline, None).0);
        assert_eq!(
            timeline["@graph"][0]["correction"]["@id"],
            "../sources/#revisions-heading"
        );
        assert_eq!(timeline["@graph"].as_array().unwrap().len(), 1);
    }
}
