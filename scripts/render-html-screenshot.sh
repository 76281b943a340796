#!/usr/bin/env bash
# Renders the example couple's HTML report to docs/images/report.png with headless Chromium,
# for the README. Not part of CI: it installs Chromium (Debian's package, as root) if missing.
#
#   scripts/render-html-screenshot.sh [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/report.png}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Chromium is not installed; run as root, or: sudo apt-get install chromium" >&2
        exit 1
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
    browser="$(command -v chromium)"
fi

cargo build --release --locked
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
./target/release/powerbalance score examples/alex.json examples/sam.json -o "$work/report.html"

mkdir -p "$(dirname "$out")"
# The report loads nothing, and the browser is told not to reach out on its own either.
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run \
    --user-data-dir="$work/profile" --hide-scrollbars \
    --screenshot="$out" --window-size=1000,1800 "file://$work/report.html"
echo "wrote $out"
