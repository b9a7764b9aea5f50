//! The CSS classes that carry a party's or a track's colour.

//!
//! A party's class is also a hook: the party chips show and hide what carries it.

pub use common::hooks::party_class;
pub use common::picture::track_class;
