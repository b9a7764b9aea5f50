#!/usr/bin/env bash
# Sets everything up (see setup.sh), builds the release explainer and serves it on
# http://127.0.0.1:8080, rebuilding when a file changes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec trunk serve --release
