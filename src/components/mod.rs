//! The view: small components, each named for what it shows.

pub mod app;
pub mod article_list;
pub mod article_reader;
pub mod axis_drawing;
pub mod axis_input;
pub mod axis_lanes;
pub mod coverage;
pub mod downloads;
pub mod embed;
pub mod embed_dialog;
pub mod event_detail;
pub mod filters;
pub mod overview;
pub mod story;
pub mod time_axis;
pub mod timeline_view;
pub mod url_sync;
