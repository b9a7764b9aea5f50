//! Life inside an iframe: tells the embedding page how tall the explainer is, in the three
//! message formats newsroom pages listen for (Pym.js, Datawrapper-style, AMP). The messages
//! themselves are built in `model::embed`; this file only measures and posts.

use super::dom::{document, listen, on_resize, window};
use js_sys::{Object, Reflect};
use model::embed::{clean_id, is_pym_width, pym_height, whole_pixels, DEFAULT_FRAME_ID};
use model::url_state::query_param;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Window};

/// True when another page frames this one.
pub fn is_framed() -> bool {
    let own: JsValue = window().into();
    match window().top() {
        Ok(Some(top)) => JsValue::from(top) != own,
        // A browser that will not say is treated as framed: embed mode is the safe guess there.
        _ => true,
    }
}

/// Starts reporting the page height to the parent, whenever it changes.
pub fn report_height() {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let search = window().location().search().unwrap_or_default();
    let reporter = Rc::new(Reporter {
        parent,
        pym_child: query_param(&search, "childId").and_then(|id| clean_id(&id)),
        frame_id: query_param(&search, "id")
            .and_then(|id| clean_id(&id))
            .unwrap_or_else(|| DEFAULT_FRAME_ID.into()),
        last: Cell::new(0),
    });

    if let Some(root) = document().document_element() {
        let reporter = reporter.clone();
        on_resize(&root, move || reporter.send_if_changed());
    }

    // Pym's parent announces its width on load and on resize, and expects the height back.
    listen(&window().into(), "message", move |ev| {
        let ev: MessageEvent = ev.unchecked_into();
        let Some(text) = ev.data().as_string() else {
            return;
        };
        if let Some(child) = &reporter.pym_child {
            if is_pym_width(&text, child) {
                reporter.send(reporter.height());
            }
        }
    });
}

struct Reporter {
    parent: Window,
    pym_child: Option<String>,
    frame_id: String,
    last: Cell<u32>,
}

impl Reporter {
    fn height(&self) -> u32 {
        document().document_element().map_or(0, |root| {
            whole_pixels(root.get_bounding_client_rect().height())
        })
    }

    fn send_if_changed(&self) {
        let px = self.height();
        if px != self.last.get() {
            self.send(px);
        }
    }

    fn send(&self, px: u32) {
        self.last.set(px);
        if let Some(child) = &self.pym_child {
            self.post(&JsValue::from_str(&pym_height(child, px)));
        }
        let heights = object(&[(self.frame_id.as_str(), px.into())]);
        self.post(&object(&[("datawrapper-height", heights)]));
        self.post(&object(&[
            ("sentinel", "amp".into()),
            ("type", "embed-size".into()),
            ("height", px.into()),
        ]));
    }

    fn post(&self, message: &JsValue) {
        let _ = self.parent.post_message(message, "*");
    }
}

fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}
