#!/usr/bin/env bash
# Sets up (if needed) and runs every test: formatting and lints, the engine's
# unit, fixture, corpus, property and CLI tests, the component tests in
# headless Chromium, the release build with its size budget, and the
# end-to-end tests in Chromium, and the pre-commit hook in a throwaway
# repository.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p bulletproof-api --lib --bins --no-default-features --features readers -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features --features lens -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features --features upgrade -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features --features extract-wasm -- -D warnings

step "engine and CLI tests (native)"
cargo test

step "CLI SARIF output against the published 2.1.0 schema"
node --test tests/sarif.test.mjs

step "component tests (wasm-bindgen-test in headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown -p bulletproof --test web
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown -p bulletproof-api --test web

step "release build and size budget"
./scripts/build.sh
node scripts/size-check.mjs dist
node scripts/size-check.mjs dist/bulletproof

step "latency harness, headful Chromium under Xvfb (report; budgets in BENCHMARKS.md, --strict to enforce)"
node scripts/latency.mjs dist

step "end-to-end tests (Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "pre-commit hook for real (pre-commit from PyPI, this checkout's HEAD)"
./scripts/pre-commit-test.sh
