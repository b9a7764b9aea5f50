//! The CSS classes that carry a party's or a track's colour.

use crate::data::outline;
use model::types::PartyId;

pub use crate::picture::track_class;

pub fn party_class(party: PartyId) -> String {
    format!("party-{}", outline().party(party).id)
}
