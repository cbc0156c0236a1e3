#!/usr/bin/env bash
# Sets up (if needed) and serves the app at http://127.0.0.1:8080 with the
# sample resume preloaded. Pass --release for the optimized build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# A release build gets the release wasm environment, as scripts/build.sh does.
if [[ " $* " == *" --release "* ]]; then
  set -a
  . scripts/wasm-release.env
  set +a
fi
exec trunk serve "$@"
