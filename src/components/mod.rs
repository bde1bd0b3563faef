//! The view: small components, each named for what it shows.

pub mod app;
pub mod article_list;
pub mod timeline_view;
