#!/usr/bin/env bash
# The release build: `trunk build --release` with the release wasm
# environment (scripts/wasm-release.env), which the post-build hook's own
# cargo builds inherit. Arguments go on to trunk.
#   ./scripts/build.sh            builds dist/
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
set -a
# shellcheck source=wasm-release.env
. scripts/wasm-release.env
set +a
exec trunk build --release "$@"
