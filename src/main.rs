//! Mounts the app. Everything else lives in the library (`bulletproof::app`).

#[cfg(target_arch = "wasm32")]
fn main() {
    bulletproof::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("bulletproof-app is the browser app: run `scripts/serve.sh` (or `trunk serve`).");
    eprintln!("For the command line, use: cargo run --bin bulletproof -- check FILE");
    std::process::exit(2);
}
