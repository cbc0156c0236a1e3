#!/usr/bin/env bash
# Instructions one check takes, counted by callgrind (Debian's `valgrind`):
# the engine built at the release profile's opt-level (the app's wasm's;
# with `api`, at check()'s release-api profile), the benchmarks' resume of PAGES pages, from scratch or through a session with
# one key typed in the middle (`session`), the same text again (`again`),
# or with every number changed before each check (`edited`);
# `api` after the mode adds what check() does with the report in the wasm
# (UTF-16 spans, the tape).
# Steady where timings on a shared machine are
# not; see BENCHMARKS.md.
#   scripts/instructions.sh [PAGES] [session|again|edited|scratch] [api]
# or what each word list's first load takes, paid once, in a page's first
# check: the lens's built-in lists as the widget's `ui-lens` loads them, plus
# the small posting lists (jd_headings.txt and the like) that a browser
# fetches with the job lexicon but native builds carry (not the lexicon's
# terms):
#   scripts/instructions.sh loads
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = loads ]; then
  cargo build --profile release-api-lens -p bulletproof-engine --no-default-features --features lens --example loads -q
  load() {
    local out
    out="$(mktemp)"
    valgrind --tool=callgrind --callgrind-out-file="$out" target/release-api-lens/examples/loads "$1" >/dev/null 2>&1
    callgrind_annotate --auto=no "$out" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
    rm -f "$out"
  }
  none="$(load none)"
  for list in lexicon tailor; do echo "$list: $(($(load "$list") - none)) instructions"; done
  exit 0
fi
pages="${1:-2}"
mode="${2:-}"
[ "$mode" = scratch ] && mode=""
api="${3:-}"
case "$mode" in ""|session|again|edited) ;; *) echo "mode: scratch, session, again or edited (then api), not $mode" >&2; exit 1 ;; esac
# check() ships built with Cargo's release-api profile: `api` counts that build.
profile=release
[ "$api" = api ] && profile=release-api
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 1; }
cargo build --profile "$profile" -p bulletproof-api --example instructions -q
count() {
  local out
  out="$(mktemp)"
  valgrind --tool=callgrind --callgrind-out-file="$out" \
    "target/$profile/examples/instructions" "$pages" "$1" "${mode:-scratch}" $api >/dev/null 2>&1
  callgrind_annotate --auto=no "$out" | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'
  rm -f "$out"
}
with="$(count 20)"
without="$(count 0)"
echo "$pages pages${mode:+, $mode}${api:+, with check() handing the report over}: $(((with - without) / 20)) instructions per check"
