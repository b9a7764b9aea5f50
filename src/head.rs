//! The page's `<head>` words for the edition being drawn: its title, description and sharing
//! cards, its language, and links to the other edition (`hreflang`). index.html leaves them to
//! the pre-render, which writes each edition's own.

use crate::data::{lang, record};
use crate::words::{long_date, tr, trf};
use model::embed::attr;
use model::lang::Lang;

/// The `<head>` elements that differ between the editions, as HTML.
pub fn head_tags() -> String {
    let date = long_date(record().meta.as_of);
    let blanks = [("date", date.as_str())];
    let title = trf(
        "The Russia–Ukraine peace talks, as of {date} — an explainer",
        &blanks,
    );
    let description = trf("Where the talks to end the Russia–Ukraine war stood on {date}: each side's positions issue by issue, the timeline of the diplomacy, who is who, and a source under every claim.", &blanks);
    let card_title = trf("The Russia–Ukraine peace talks, as of {date}", &blanks);
    let card_description = tr("Each side's positions issue by issue, the timeline of the diplomacy and who is who, with a source under every claim.");
    // Relative addresses: the editions are hosted together, wherever that is.
    let (english, ukrainian, locale, other_locale) = match lang() {
        Lang::En => ("./", "uk/", "en_GB", "uk_UA"),
        Lang::Uk => ("../", "./", "uk_UA", "en_GB"),
    };
    format!(
        concat!(
            "<title>{title}</title>\n",
            "<meta name=\"description\" content=\"{description}\">\n",
            "<meta property=\"og:type\" content=\"article\">\n",
            "<meta property=\"og:locale\" content=\"{locale}\">\n",
            "<meta property=\"og:locale:alternate\" content=\"{other_locale}\">\n",
            "<meta property=\"og:title\" content=\"{card_title}\">\n",
            "<meta property=\"og:description\" content=\"{card_description}\">\n",
            "<meta name=\"twitter:card\" content=\"summary\">\n",
            "<meta name=\"twitter:title\" content=\"{card_title}\">\n",
            "<meta name=\"twitter:description\" content=\"{card_description}\">\n",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"{english}\">\n",
            "<link rel=\"alternate\" hreflang=\"uk\" href=\"{ukrainian}\">\n",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{english}\">\n",
        ),
        title = attr(&title),
        description = attr(&description),
        card_title = attr(&card_title),
        card_description = attr(card_description),
        locale = locale,
        other_locale = other_locale,
        english = english,
        ukrainian = ukrainian,
    )
}
