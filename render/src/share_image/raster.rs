//! From SVG to PNG: rasterised with `resvg` in the shipped fonts only, in a palette of 256
//! colours.

use super::canvas::{BOLD, FAMILY, REGULAR};
use super::{HEIGHT, WIDTH};
use std::sync::{Arc, OnceLock};

/// The picture in at most 256 colours, as a palette and each pixel's index in it: its 256
/// commonest colours, every other pixel (an antialiased edge between flat colours) as the
/// nearest of them. A third of the bytes of RGB: the maps' patterns make 90 KB PNGs in RGB.
pub(super) fn indexed(rgb: &[[u8; 3]]) -> (Vec<[u8; 3]>, Vec<u8>) {
    use std::collections::HashMap;
    // Counted run by run: the picture is mostly flat colour, and this runs unoptimised in
    // the pre-render's development build.
    let mut counts: HashMap<[u8; 3], usize> = HashMap::new();
    for run in rgb.chunk_by(|a, b| a == b) {
        *counts.entry(run[0]).or_default() += run.len();
    }
    let mut common: Vec<([u8; 3], usize)> = counts.into_iter().collect();
    // Commonest first; equal counts by colour, so the same picture always encodes the same.
    common.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<[u8; 3]> = common.iter().take(256).map(|(c, _)| *c).collect();
    let mut index: HashMap<[u8; 3], u8> = palette
        .iter()
        .enumerate()
        .map(|(i, c)| (*c, i as u8))
        .collect();
    let palette_wide: Vec<[i32; 3]> = palette.iter().map(|c| c.map(i32::from)).collect();
    let nearest = |c: [u8; 3]| -> u8 {
        let [r, g, b] = c.map(i32::from);
        let (mut best, mut best_distance) = (0, i32::MAX);
        for (i, [pr, pg, pb]) in palette_wide.iter().enumerate() {
            let distance = (r - pr) * (r - pr) + (g - pg) * (g - pg) + (b - pb) * (b - pb);
            if distance < best_distance {
                (best, best_distance) = (i, distance);
            }
        }
        best as u8
    };
    let mut pixels = Vec::with_capacity(rgb.len());
    for run in rgb.chunk_by(|a, b| a == b) {
        let at = *index.entry(run[0]).or_insert_with(|| nearest(run[0]));
        pixels.resize(pixels.len() + run.len(), at);
    }
    (palette, pixels)
}

/// The fonts, loaded once from the repository's files.
pub(super) fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_font_data(REGULAR.to_vec());
            db.load_font_data(BOLD.to_vec());
            db.set_sans_serif_family(FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// The SVG as a PNG of `WIDTH` × `HEIGHT`: opaque, so without alpha, in a palette of 256
/// colours (`indexed`), at the encoder's best compression.
pub(super) fn rasterise(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let options = usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("the sharing picture's SVG does not parse: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("no room for the picture")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    let rgb: Vec<[u8; 3]> = pixmap
        .data()
        .chunks_exact(4)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    let (palette, pixels) = indexed(&rgb);
    let mut png = Vec::new();
    let mut encoder = png::Encoder::new(&mut png, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette.concat());
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder
        .write_header()
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    writer
        .write_image_data(&pixels)
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    writer
        .finish()
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    Ok(png)
}
