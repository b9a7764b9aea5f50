//! The names the page and its script share: the ids, classes and attributes the pre-render
//! writes (`views/`) and the browser's script looks for (`controls/`). Both sides take them
//! from here, so a renamed hook is renamed on both, and a native test (`views::tests`) checks
//! that every hook the script looks for is in the pages.

use model::url_state::View;

/// The part of the page that a switch to another view replaces: everything between the
/// masthead and the footer.
pub const MAIN: &str = "main";

/// The root element's attribute naming the view of the page (`data-page="timeline"`); the
/// start script reads it to move an old `?view=` link to its page.
pub const PAGE_ATTR: &str = "data-page";

/// The links of the view switcher (class), each with the view it leads to in
/// [`VIEW_ATTR`].
pub const VIEW_LINK: &str = "view-link";
pub const VIEW_ATTR: &str = "data-view";

/// The section that holds a view.
pub fn view_id(view: View) -> String {
    format!("view-{}", view.slug())
}

/// A view's heading, where the focus lands when the reader switches to it.
pub fn view_title_id(view: View) -> String {
    format!("{}-title", view.slug())
}

/// A view's link in the view switcher.
pub fn view_link_id(view: View) -> String {
    format!("view-link-{}", view.slug())
}

/// Every version of every stance, beside each edition's positions page: the script fetches it
/// and slots the versions into the table's cells (`controls/versions.rs`).
pub const STANCE_VERSIONS_FILE: &str = "stance-versions.html";

/// The attribute of each cell's block in that file, naming the cell's id.
pub const CELL_ATTR: &str = "data-cell";

/// Set on the positions table once every version is in it.
pub const ALL_VERSIONS_ATTR: &str = "data-all-versions";
