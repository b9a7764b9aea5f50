//! The search box, in the masthead of every page of both editions: a combobox whose listbox
//! `assets/search.js` fills (the WAI-ARIA combobox pattern). Nothing of the search loads
//! before the reader focuses it: then `assets/start.js` imports that module, which fetches
//! the edition's index (`search_index.rs`). Its words for the result count are here, in the
//! page's language.

use crate::head::place;
use crate::words::tr;
use common::hooks::{SEARCH_INPUT, SEARCH_RESULTS, SEARCH_STATUS};
use leptos::prelude::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let (_, to_root) = place();
    view! {
        <div class="site-search">
            <label for=SEARCH_INPUT class="visually-hidden">{tr("Search the explainer")}</label>
            <input id=SEARCH_INPUT class="input" type="text" role="combobox" enterkeyhint="search" autocomplete="off"
                aria-autocomplete="list" aria-expanded="false" aria-controls=SEARCH_RESULTS
                placeholder=tr("Search the explainer")
                data-index=format!("{to_root}{}", crate::search_index::FILE) data-status=SEARCH_STATUS/>
            <div id=SEARCH_RESULTS class="site-search-results" role="listbox"
                aria-label=tr("Search results") hidden></div>
            <p id=SEARCH_STATUS class="visually-hidden" role="status"
                data-found=tr("Found: {n}") data-none=tr("Nothing found.")></p>
        </div>
    }
}
