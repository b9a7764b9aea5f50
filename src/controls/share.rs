//! Copy link and the Embed dialog: the link and the embed code for the reader's current state,
//! of the whole view (the share bar's Embed button) or of one card (a button with a
//! `data-card`), whose page the dialog previews in a frame.

use super::address::{card_link, page_link, root};
use super::clipboard::copy_text;
use super::dom::{
    all, by_id, first, focus, of_class, page_lang, query, set_hidden, set_text, text_of, window,
};
use super::page::Page;
use common::hooks::{
    card_heading, view_title_id, CARD_ATTR, DIALOG_STATUS, EMBED_CODE, EMBED_DIALOG, EMBED_LINK,
    EMBED_OPEN, EMBED_PREVIEW, FOR_CARD, FOR_VIEW, MASTHEAD, SHARE_PICTURE, SHARE_STATUS,
    START_SCRIPT,
};
use common::labels::{copy_result, frame_title, Copied};
use common::outline;
use js_sys::{Object, Reflect};
use model::cards::Card;
use model::embed::{
    iframe_code, Framed, ASK_HEIGHT, DATAWRAPPER_HEIGHT, DEFAULT_FRAME_ID, DEFAULT_HEIGHT,
};
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlDialogElement, HtmlIFrameElement, HtmlTextAreaElement, MessageEvent};

thread_local! {
    /// The card the dialog is open on; none for the whole view, or when it is closed.
    static CARD: Cell<Option<Card>> = const { Cell::new(None) };
    /// The button that opened the dialog, where the focus returns when it closes.
    static OPENER: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Opens the dialog on the whole view, from the share bar's Embed button.
pub fn open(page: &Page, button: &Element) {
    show(page, None, button);
}

/// Opens the dialog on the card a button names in its `data-card`.
pub fn open_card(page: &Page, button: &Element) {
    let card = button
        .get_attribute(CARD_ATTR)
        .and_then(|attr| Card::named(&attr, outline()));
    if card.is_some() {
        show(page, card, button);
    }
}

/// Shows the dialog's words for the view or the card, fills its fields and opens it; a
/// card's page loads in the preview.
fn show(page: &Page, card: Option<Card>, button: &Element) {
    CARD.with(|c| c.set(card));
    OPENER.with(|o| *o.borrow_mut() = Some(button.clone()));
    for el in all(&of_class(FOR_VIEW)) {
        set_hidden(&el, card.is_some());
    }
    for el in all(&of_class(FOR_CARD)) {
        set_hidden(&el, card.is_none());
    }
    fill(page);
    say("");
    if let Some(card) = card {
        load_preview(&card_link(card, &page.state));
    }
    if let Some(dialog) = dialog() {
        let _ = dialog.show_modal();
    }
    // The code takes the focus, not the preview, the first thing that can: Escape in the
    // preview's frame would not reach the dialog. (Not `autofocus`, which the browser tries
    // on the page's load too, and complains of in a framed page.)
    if let Some(code) = field(EMBED_CODE) {
        focus(&code);
    }
}

pub fn close() {
    if let Some(dialog) = dialog() {
        dialog.close();
    }
}

/// The dialog closed (its button, or Escape): the preview stops, and the focus goes back to
/// the button that opened the dialog (the share bar's Embed button if that one is gone).
pub fn closed() {
    CARD.with(|c| c.set(None));
    if preview().is_some_and(|p| p.has_attribute("src")) {
        load_preview("about:blank");
    }
    let opener = OPENER
        .with(|o| o.borrow_mut().take())
        .filter(|el| el.is_connected())
        .or_else(|| by_id(EMBED_OPEN));
    if let Some(opener) = opener {
        focus(&opener);
    }
}

/// A message from a frame: when the preview's card says how tall it is (`{"datawrapper-height":
/// {"id": px}}`, as `assets/embed.js` reads it in an article), the preview takes that height.
/// The stylesheet caps it; past that, the card scrolls in its frame.
pub fn preview_message(ev: MessageEvent) {
    let Some(preview) = preview() else { return };
    let (Some(source), Some(own)) = (ev.source(), preview.content_window()) else {
        return;
    };
    if JsValue::from(source) != JsValue::from(own) {
        return;
    }
    let heights = Reflect::get(&ev.data(), &DATAWRAPPER_HEIGHT.into())
        .ok()
        .and_then(|h| h.dyn_into::<Object>().ok());
    // Whole pixels, as the card counts them: formatting a float would cost the wasm 7 KB.
    let px = heights
        .and_then(|h| Object::values(&h).get(0).as_f64())
        .map(|px| px.ceil() as u32)
        .filter(|px| (1..100_000).contains(px));
    if let Some(px) = px {
        let _ = preview.set_attribute("height", &px.to_string());
    }
}

/// Something on the page loaded: if it is the preview's card, it is asked to say its height
/// again (`model::embed::ASK_HEIGHT`, as `assets/embed.js` asks), since its first message may
/// have come before the preview listened.
pub fn preview_loaded(target: Option<web_sys::EventTarget>) {
    let Some(preview) = preview() else { return };
    if target.is_some_and(|t| JsValue::from(t) == JsValue::from(&preview)) {
        if let Some(card) = preview.content_window() {
            let _ = card.post_message(&ASK_HEIGHT.into(), "*");
        }
    }
}

/// Points the preview at `src` in a new frame, which takes the old one's place: a frame that
/// navigates again would add an entry to the page's history, and Back would go back in the
/// hidden frame instead of the page. Its height comes from the card's messages.
fn load_preview(src: &str) {
    let Some(old) = preview() else { return };
    let Some(new) = old
        .clone_node()
        .ok()
        .and_then(|n| n.dyn_into::<HtmlIFrameElement>().ok())
    else {
        return;
    };
    let _ = new.remove_attribute("height");
    new.set_src(src);
    let _ = old.replace_with_with_node_1(&new);
}

pub fn copy_link(page: &Page) {
    fill(page);
    copy(link(page), EMBED_LINK, Copied::Link);
}

pub fn copy_code(page: &Page) {
    fill(page);
    copy(code(page), EMBED_CODE, Copied::Code);
}

fn card() -> Option<Card> {
    CARD.with(Cell::get)
}

/// The address to share: the card's page, or the view's.
fn link(page: &Page) -> String {
    match card() {
        Some(card) => card_link(card, &page.state),
        None => page_link(&page.state, false),
    }
}

/// The iframe and script to paste into an article: for the card the dialog is open on, or the
/// current view in embed mode; with a link to it and its sharing picture for where the frame
/// is dropped.
fn code(page: &Page) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let (src, link, folder, title) = match card() {
        Some(card) => {
            let src = card_link(card, &page.state);
            (src.clone(), src, card.folder(outline()), card_title(card))
        }
        None => {
            let title = query(&format!(".{MASTHEAD} h1"))
                .map(|h| text_of(&h))
                .unwrap_or_default();
            (
                page_link(&page.state, true),
                page_link(&page.state, false),
                page.state.view.folder().to_owned(),
                frame_title(page_lang(), &title),
            )
        }
    };
    let picture = format!("{origin}{}{folder}{SHARE_PICTURE}", root());
    let framed = Framed {
        src: &src,
        link: &link,
        picture: &picture,
        title: &title,
    };
    iframe_code(&framed, &resizer_url(), DEFAULT_FRAME_ID, DEFAULT_HEIGHT)
}

/// A card's name, as the page heads it: "Where each side stands: Donbas", "The land
/// question, region by region", the title of an event.
fn card_title(card: Card) -> String {
    let (id, class) = card_heading(card);
    let heading = by_id(&id).and_then(|el| match class {
        Some(class) => first(&el, &of_class(class)),
        None => Some(el),
    });
    let name = heading.map(|h| text_of(&h)).unwrap_or_default();
    let view = match card {
        Card::Issue(_) | Card::Plans(Some(_)) => by_id(&view_title_id(card.view())),
        Card::Land | Card::Plans(None) | Card::Event(_) => None,
    };
    match view.map(|v| text_of(&v)) {
        Some(view) => [view.as_str(), name.as_str()].join(": "),
        None => name,
    }
}

/// Where the embed script lives: beside start.js (and the other assets), wherever the page
/// is hosted; the Ukrainian edition's page is one folder below them.
fn resizer_url() -> String {
    // The script element's `src` property is its full address, resolved when the page
    // loaded: the address bar has moved since if the reader switched views.
    let start = by_id(START_SCRIPT)
        .and_then(|script| js_sys::Reflect::get(&script, &"src".into()).ok())
        .and_then(|src| src.as_string())
        .unwrap_or_else(|| "start.js".into());
    web_sys::Url::new_with_base("embed.js", &start)
        .map(|u| u.href())
        .unwrap_or_else(|_| "embed.js".into())
}

/// Writes the code and the link into the dialog's fields, where the reader can also select
/// them by hand.
fn fill(page: &Page) {
    for (id, text) in [(EMBED_CODE, code(page)), (EMBED_LINK, link(page))] {
        if let Some(field) = field(id) {
            field.set_value(&text);
        }
    }
}

fn copy(text: String, fallback: &'static str, what: Copied) {
    copy_text(&text, field(fallback), move |done| {
        say(copy_result(page_lang(), what, done))
    });
}

/// Says how a copy went, in the share bar and in the dialog.
fn say(text: &str) {
    for status in all(&format!(".{SHARE_STATUS}, .{DIALOG_STATUS}")) {
        set_text(&status, text);
    }
}

fn dialog() -> Option<HtmlDialogElement> {
    by_id(EMBED_DIALOG)?.dyn_into().ok()
}

fn preview() -> Option<HtmlIFrameElement> {
    by_id(EMBED_PREVIEW)?.dyn_into().ok()
}

fn field(id: &str) -> Option<HtmlTextAreaElement> {
    by_id(id)?.dyn_into().ok()
}
