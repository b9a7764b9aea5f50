//! Small helpers over the page's DOM. Writers change an element only when the value differs,
//! so re-applying the same state costs no style or layout work.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, EventTarget, HtmlElement, Window};

pub fn window() -> Window {
    web_sys::window().expect("the page has a window")
}

pub fn document() -> Document {
    window().document().expect("the window has a document")
}

/// The page's language, from `<html lang>`: the script writes its few words in it.
pub fn page_lang() -> model::lang::Lang {
    match document()
        .document_element()
        .map(|root| root.get_attribute("lang"))
    {
        Some(Some(code)) if code == "uk" => model::lang::Lang::Uk,
        _ => model::lang::Lang::En,
    }
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// Every element matching `selector` in the page.
pub fn all(selector: &str) -> Vec<Element> {
    within(&document().into(), selector)
}

/// Every element matching `selector` under `root` (an element or the document).
pub fn within(root: &web_sys::Node, selector: &str) -> Vec<Element> {
    let list = if let Some(el) = root.dyn_ref::<Element>() {
        el.query_selector_all(selector)
    } else if let Some(doc) = root.dyn_ref::<Document>() {
        doc.query_selector_all(selector)
    } else {
        return Vec::new();
    };
    let Ok(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The first element matching `selector` under `el`.
pub fn first(el: &Element, selector: &str) -> Option<Element> {
    el.query_selector(selector).ok().flatten()
}

/// The element an event happened on, or its nearest ancestor, matching `selector`.
pub fn closest(target: Option<EventTarget>, selector: &str) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

/// Hides or shows `el`: HTML's `hidden`, or for an SVG element (a land map's layer), which has
/// no such attribute, its own `display="none"`.
pub fn set_hidden(el: &Element, hidden: bool) {
    if el.namespace_uri().as_deref() == Some("http://www.w3.org/2000/svg") {
        set_opt_attr(el, "display", hidden.then_some("none"));
    } else if el.has_attribute("hidden") != hidden {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

pub fn set_attr(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// Sets the attribute, or removes it for `None`.
pub fn set_opt_attr(el: &Element, name: &str, value: Option<&str>) {
    match value {
        Some(value) => set_attr(el, name, value),
        None if el.has_attribute(name) => {
            let _ = el.remove_attribute(name);
        }
        None => {}
    }
}

pub fn set_class(el: &Element, class: &str, on: bool) {
    if el.class_list().contains(class) != on {
        let _ = el.class_list().toggle_with_force(class, on);
    }
}

pub fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// The element's text, trimmed.
pub fn text_of(el: &Element) -> String {
    el.text_content().unwrap_or_default().trim().to_owned()
}

/// Focuses an element, if it can take focus.
pub fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
        let _ = el.focus();
    }
}

/// Runs `f` before the next frame is drawn: after the current changes have been applied.
pub fn next_frame(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    let _ = window().request_animation_frame(callback.unchecked_ref());
}

/// Listens to `event` on `target` for the page's life. The listener takes a plain `Event`,
/// which it casts to the kind it needs (`MouseEvent`, …): each kind of argument would cost
/// the wasm and its glue a conversion of its own.
pub fn listen(target: &EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Listens for `event` on its way down to its target (the capture phase): for events that do
/// not bubble, such as a frame's `load`.
pub fn listen_capturing(
    target: &EventTarget,
    event: &str,
    f: impl FnMut(web_sys::Event) + 'static,
) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback_and_bool(
        event,
        callback.as_ref().unchecked_ref(),
        true,
    );
    callback.forget();
}

/// The selector of the elements of class `name`: `.name`. A call here costs the wasm less
/// than a `format!` at each use.
pub fn of_class(name: &str) -> String {
    [".", name].concat()
}

/// The selector of the elements that have the attribute `name`: `[name]`.
pub fn having(name: &str) -> String {
    ["[", name, "]"].concat()
}

/// The selector of the elements whose attribute `name` is `value`.
pub fn with_attr(name: &str, value: &str) -> String {
    format!("[{name}=\"{value}\"]")
}

/// The first element matching `selector` in the page.
pub fn query(selector: &str) -> Option<Element> {
    document().query_selector(selector).ok().flatten()
}

/// Calls `f` whenever `el` changes size, for the page's life.
pub fn on_resize(el: &Element, f: impl FnMut() + 'static) {
    let callback = Closure::<dyn FnMut()>::new(f);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    callback.forget();
}
