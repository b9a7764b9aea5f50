//! Applies the theme a link asks for (`theme=dark`) to the document; without one, the
//! stylesheet follows the reader's system setting.

use crate::state::AppState;
use leptos::prelude::*;

pub fn follow(state: AppState) {
    Effect::new(move |_| {
        let Some(root) = document().document_element() else {
            return;
        };
        let _ = match state.theme.get().slug() {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    });
}
