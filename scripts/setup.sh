#!/usr/bin/env bash
# Installs what building the explainer needs, skipping whatever is already in place:
# the wasm target, Trunk, the wasm-bindgen CLI matching Cargo.lock, and the npm tools
# (binaryen's wasm-opt; playwright-core, axe-core and pym.js for the tests). With --test it
# also installs Chromium and poppler-utils from Debian for the browser tests. Safe to run
# again and again.
#
# Source it to get the PATH the build needs: `source scripts/setup.sh [--test]`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (a cold build takes about 17 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk refuses to build.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "[setup] cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 8 minutes cold)"
  # Without --locked: with it, this version fails to resolve one pinned dependency.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# npm packages, pinned by package-lock.json; reinstalled only when the lock file changes.
STAMP="$ROOT/node_modules/.installed-lock"
if ! cmp -s "$ROOT/package-lock.json" "$STAMP"; then
  say "installing npm tools from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund)
  cp "$ROOT/package-lock.json" "$STAMP"
fi

# The tests drive Debian's Chromium, and read the printed PDF with poppler's pdftotext.
if [ "${1:-}" = "--test" ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/pdftotext ]; }; then
  say "installing Chromium and poppler-utils from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium poppler-utils
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
