#!/usr/bin/env bash
# Installs what building the explainer needs, skipping whatever is already in place:
# the wasm target, Trunk, the wasm-bindgen CLI matching Cargo.lock, and the npm tools
# (binaryen's wasm-opt; playwright-core, axe-core and pym.js for the tests; puppeteer-core,
# selenium-webdriver and vnu-jar for the other engines and the HTML checker). With --test it
# also installs from Debian what the tests drive: Chromium and poppler-utils, Firefox ESR,
# WebKitGTK's WebDriver and MiniBrowser with Xvfb to run them in, and Java for the Nu Html
# Checker (docs/browsers.md), and into .tools/ the other programs the tests hand the build to:
# WordPress's embed script and Python's feedparser. Safe to run again and again.
#
# Source it to get the PATH the build needs: `source scripts/setup.sh [--test]`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly, or Trunk refuses to build.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "[setup] cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi

# Trunk and the wasm-bindgen CLI are compiled from crates.io, the longest wait of a first
# set-up. How fast they run hardly matters (Trunk mostly waits for cargo; wasm-bindgen reads
# one small file), so their own release profiles (Trunk's asks for fat LTO and one codegen
# unit, the slowest build there is) are overridden for the install: no optimisation, no LTO,
# no debug info. Trunk compiles in 2.8 minutes instead of 10, wasm-bindgen in 1.3 instead of
# 2.5, and a warm `trunk build --release` takes as long with them (docs/toolchain.md). Trunk
# is built without its default features: an update check the project never uses (offline =
# true) and TLS for downloading tools it never downloads. The two compile at once, with npm
# and Debian's packages fetched beside them.
quick_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install --quiet "$@"
}
jobs_started=()
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION (compiles from crates.io: minutes, once)"
  quick_install trunk --version "$TRUNK_VERSION" --locked --no-default-features &
  jobs_started+=("$!:Trunk")
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (compiles from crates.io, beside Trunk)"
  # Without --locked: with it, this version fails to resolve one pinned dependency.
  quick_install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" &
  jobs_started+=("$!:wasm-bindgen-cli")
fi

# npm packages, pinned by package-lock.json; reinstalled only when the lock file changes.
# Without install scripts: the only one among them, vnu-jar's, downloads a Java runtime from a
# code-hosting site when none is on PATH (Java comes from Debian below instead), and
# puppeteer-core, unlike puppeteer, downloads no browser.
STAMP="$ROOT/node_modules/.installed-lock"
if ! cmp -s "$ROOT/package-lock.json" "$STAMP"; then
  say "installing npm tools from package-lock.json"
  (cd "$ROOT" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && cp package-lock.json "$STAMP") &
  jobs_started+=("$!:npm ci")
fi

# The tests drive Debian's browsers: Chromium; Firefox ESR (Gecko); WebKitGTK's
# WebKitWebDriver and MiniBrowser (WebKit), which need an X display, so Xvfb and xauth for
# xvfb-run. They read the printed PDF with poppler's pdftotext, and run the Nu Html Checker
# (vnu.jar) on Debian's Java. Browser builds downloaded at test time are not reachable from
# every machine the tests run on. Only the missing packages are installed.
if [ "${1:-}" = "--test" ]; then
  missing=()
  for need in chromium:/usr/bin/chromium poppler-utils:/usr/bin/pdftotext firefox-esr:/usr/bin/firefox-esr \
    webkit2gtk-driver:/usr/bin/WebKitWebDriver xvfb:/usr/bin/xvfb-run xauth:/usr/bin/xauth \
    default-jre-headless:/usr/bin/java; do
    [ -x "${need#*:}" ] || missing+=("${need%%:*}")
  done
  # Python's venv, for feedparser below (Debian ships it apart from python3).
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    ($SUDO apt-get update -qq \
      && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}") &
    jobs_started+=("$!:${missing[*]}")
  fi
fi

for job in ${jobs_started[@]+"${jobs_started[@]}"}; do
  if ! wait "${job%%:*}"; then
    echo "[setup] installing ${job#*:} failed (see above)" >&2
    exit 1
  fi
done

# What the tests run of other programs that read the explainer's files, pinned, in .tools/:
# WordPress's own embed script (wp-includes/js/wp-embed.js) and its embed block's stylesheet,
# unpacked from Debian's wordpress package without installing it (no PHP, no database), for
# tests/browser/wordpress.test.mjs; and Python's feedparser from PyPI, in a virtual
# environment, which reads the Atom feeds (tests/feeds/). After Debian's packages: Python's
# venv may be one of them, and apt's lists are not read by two at once.
if [ "${1:-}" = "--test" ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  WORDPRESS_VERSION="6.1.9+dfsg1-0+deb12u1"
  WORDPRESS_DIR="$ROOT/.tools/wordpress-$WORDPRESS_VERSION"
  if [ ! -f "$WORDPRESS_DIR/wp-embed.js" ]; then
    say "unpacking WordPress $WORDPRESS_VERSION's embed script from Debian's package"
    (
      tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT; cd "$tmp"
      apt-get download -qq "wordpress=$WORDPRESS_VERSION" 2>/dev/null \
        || { $SUDO apt-get update -qq && apt-get download -qq "wordpress=$WORDPRESS_VERSION"; }
      dpkg-deb -x wordpress_*.deb unpacked
      rm -rf "$WORDPRESS_DIR.part" && mkdir -p "$WORDPRESS_DIR.part"
      cp unpacked/usr/share/wordpress/wp-includes/js/wp-embed.js "$WORDPRESS_DIR.part/"
      cp unpacked/usr/share/wordpress/wp-includes/blocks/embed/style.css "$WORDPRESS_DIR.part/embed-block.css"
      mv "$WORDPRESS_DIR.part" "$WORDPRESS_DIR"
    ) || { echo "[setup] unpacking WordPress's wp-embed.js failed (see above)" >&2; exit 1; }
  fi
  FEEDPARSER_VERSION="6.0.11"
  PYTHON_DIR="$ROOT/.tools/python"
  if [ "$("$PYTHON_DIR/bin/python" -c 'import feedparser; print(feedparser.__version__)' 2>/dev/null)" != "$FEEDPARSER_VERSION" ]; then
    say "installing feedparser $FEEDPARSER_VERSION from PyPI"
    python3 -m venv --clear "$PYTHON_DIR"
    "$PYTHON_DIR/bin/pip" install -q --disable-pip-version-check "feedparser==$FEEDPARSER_VERSION"
  fi
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
