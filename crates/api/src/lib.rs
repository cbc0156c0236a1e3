//! Bulletproof's JavaScript API: `check(text, options)` in the widget
//! bundle's `api` and `api-lens` modules. [`tape`] hands a report to
//! JavaScript in one call; [`api`] reads the options and keeps a session.
//! The binary (`src/main.rs`) exports them.

/// The checking engine (`crates/engine`).
pub use bulletproof_engine as engine;
pub mod tape;

#[cfg(target_arch = "wasm32")]
pub mod api;
