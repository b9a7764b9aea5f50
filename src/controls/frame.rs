//! Life inside an iframe. The height messages to the embedding page are sent by
//! `assets/start.js` (in the formats of `model::embed`), so that a card sizes itself before
//! or without this script; here the script only needs to know whether it is framed.

use super::dom::window;
use wasm_bindgen::JsValue;

/// True when another page frames this one.
pub fn is_framed() -> bool {
    let own: JsValue = window().into();
    match window().top() {
        Ok(Some(top)) => JsValue::from(top) != own,
        // A browser that will not say is treated as framed: embed mode is the safe guess there.
        _ => true,
    }
}
