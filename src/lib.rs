//! httpcode: an offline reference for HTTP status codes and methods.
//!
//! Data flows one way: arguments (`cli`) → `query` → `model` records compiled
//! into `data` at build time → `render` → stdout, orchestrated by `app`.

#![forbid(unsafe_code)]

pub mod app;
pub mod check;
pub mod cli;
pub mod data;
pub mod decide;
pub mod error;
pub mod exit;
pub mod generation;
pub mod model;
pub mod normalise;
pub mod opener;
pub mod printout;
pub mod prompt;
pub mod query;
pub mod render;
pub mod terminal_text;
pub mod token;
