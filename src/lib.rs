//! Newsline, the viewer: a Leptos client-side app over the corpus embedded at build time.
//!
//! Data flows one way: `build.rs` extracts `seeds/` into [`corpus`]; the plain-Rust
//! modules ([`dates`], [`timeline`]) shape it; the components in `components/` show it.

pub mod axis;
pub mod corpus;
pub mod dates;
pub mod diff;
pub mod filter;
pub mod highlight;
pub mod prerender;
pub mod query;
pub mod timeline;

mod components;

pub use components::app::App;
pub use components::time_axis::prepare as prepare_axis;
