//! Bulletproof: a resume checker for engineers that runs entirely in the browser.
//!
//! [`engine`] is the pure-Rust checker (text in, report out). [`app`] is the
//! Leptos single-page app over it, built for wasm32 only. The CLI lives in
//! `src/bin/bulletproof/`.

/// The checking engine, its own crate (`crates/engine`), re-exported so the
/// surfaces say `crate::engine::…`.
pub use bulletproof_engine as engine;
#[cfg(feature = "extract")]
pub mod extract;
pub mod present;
pub mod sample;

#[cfg(target_arch = "wasm32")]
pub mod app;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
