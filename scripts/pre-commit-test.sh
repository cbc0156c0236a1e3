#!/usr/bin/env bash
# pre-commit for real: installs pre-commit from PyPI in a virtual
# environment, makes a throwaway git repository whose
# .pre-commit-config.yaml points at this checkout (its path and HEAD
# commit), commits a weak resume and expects the hook to fail with the
# finding, then fixes it and expects the commit to pass.
#
# pre-commit builds the CLI with `cargo install` (43 s for the whole script
# here, with the crates already fetched), so scripts/test.sh runs it every
# time. The hook is taken from HEAD: commit before running this.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
rev=$(git rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { printf '\033[1m[pre-commit test]\033[0m %s\n' "$*"; }

if ! python3 -m venv "$work/venv" >/dev/null 2>&1; then
  say "installing python3-venv (Debian)"
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq python3-venv; else sudo apt-get install -y -qq python3-venv; fi
  python3 -m venv "$work/venv"
fi
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "pre-commit==4.7.0"
export PATH="$work/venv/bin:$HOME/.cargo/bin:$PATH"
# pre-commit keeps its hook environments here; a fresh one each run.
export PRE_COMMIT_HOME="$work/cache"

repo="$work/resume"
mkdir -p "$repo"
cd "$repo"
git init -q
git config user.email test@example.com
git config user.name "pre-commit test"
git config commit.gpgsign false
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $checkout
    rev: $rev
    hooks:
      - id: bulletproof
        args: [--fail-on, warning]
YAML
printf 'today = "2026-11"\n' > bulletproof.toml
cat > resume.md <<'MD'
## Experience

### Backend Engineer, Acme (Jan 2020 – Present)

- Responsible for the billing API of the payments team
- Cut p99 latency from 480 ms to 120 ms by caching sessions in Redis
MD
git add .pre-commit-config.yaml bulletproof.toml resume.md
pre-commit install >/dev/null

say "committing a weak resume: the hook must stop it (the first run builds the CLI)"
if git commit -q -m "weak resume" > "$work/out.txt" 2>&1; then
  cat "$work/out.txt"
  say "FAIL: the commit of a weak bullet went through"
  exit 1
fi
if ! grep -q "resume.md:5:3 verb/weak-opening" "$work/out.txt"; then
  cat "$work/out.txt"
  say "FAIL: the hook failed without the finding"
  exit 1
fi
say "stopped, with: $(grep -m1 'verb/weak-opening' "$work/out.txt")"

say "fixing the bullet: the commit must pass"
sed -i 's/^- Responsible for the billing API of the payments team$/- Cut billing API errors from 2% to 0.1% for 40 payments teams/' resume.md
git add resume.md
if ! git commit -q -m "fixed resume" > "$work/out.txt" 2>&1; then
  cat "$work/out.txt"
  say "FAIL: the fixed resume did not pass the hook"
  exit 1
fi

say "silencing a finding with an inline disable passes too"
cat >> resume.md <<'MD'
<!-- bulletproof-disable-next-line verb/weak-opening metrics/missing -->
- Responsible for the on-call rota of the payments team
MD
git add resume.md
if ! git commit -q -m "rota" > "$work/out.txt" 2>&1; then
  cat "$work/out.txt"
  say "FAIL: an inline disable did not silence the hook"
  exit 1
fi
say "ok"
