#!/usr/bin/env bash
# Installs everything Bulletproof needs to build, serve and test, on a bare
# Debian machine. Idempotent: each step is skipped when the right version is
# already there. Only package registries are used (Debian, crates.io, npm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; read it from Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
: "${WASM_BINDGEN_VERSION:?cannot find the wasm-bindgen version in Cargo.lock}"

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

# 1. Debian packages: Chromium and its driver for browser tests; Node for the
#    test driver and wasm-opt; gzip for the size check; Xvfb for headful timings.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v gzip >/dev/null 2>&1 || missing+=(gzip)
# Xvfb: the latency harness runs Chromium headful on a virtual display
# (headless Chromium misreports Event Timing at the end of a tall page).
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  apt_install "${missing[@]}"
else
  say "Debian packages present"
fi

# 2. The wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2b. The standard library's source: release wasm builds compile it with
#     panics that abort at once (scripts/wasm-release.env).
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# 3. Trunk, pinned: 0.22 needs a newer rustc than this machine has.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked --no-default-features --features rustls
fi

# 4. wasm-bindgen-cli at exactly the Cargo.lock version (no --locked: it fails for this crate).
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 7 minutes)"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# 5. npm tools: wasm-opt from binaryen 132 (Debian's 108 breaks the app),
#    playwright-core, axe-core, terser (minifies the JS glue), typescript
#    (checks the widget's type declarations), pdfjs-dist (shipped in the
#    open-file module), ajv and the SARIF 2.1.0 schema (from
#    @microsoft/jest-sarif; tests/sarif.test.mjs validates the CLI's output),
#    write-good and harper.js (the peers scripts/peers.mjs times check() against),
#    csso (minifies the widget's stylesheet).
if ! { [ -x node_modules/.bin/wasm-opt ] && node_modules/.bin/wasm-opt --version | grep -q "version 132" \
       && [ -d node_modules/playwright-core ] && [ -d node_modules/axe-core ] && [ -d node_modules/terser ] && [ -d node_modules/typescript ] \
       && [ -d node_modules/pdfjs-dist ] && [ -d node_modules/ajv-draft-04 ] && [ -d node_modules/@microsoft/jest-sarif ] \
       && [ -d node_modules/write-good ] && [ -d node_modules/harper.js ] && [ -d node_modules/csso ]; }; then
  say "installing npm tools (binaryen, playwright-core, axe-core, terser, typescript, pdfjs-dist, ajv and the SARIF schema, the peer checkers, csso)"
  npm ci --no-audit --no-fund
fi

# 6. Crates, so Trunk's offline build finds them; then the standard
#    library's own dependencies for the wasm target, which a release build
#    compiles from source.
cargo fetch --quiet
(set -a; . scripts/wasm-release.env; set +a; cargo fetch --quiet --target wasm32-unknown-unknown)

say "ready: trunk $(trunk --version | cut -d' ' -f2), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version)"
