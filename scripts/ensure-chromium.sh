#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; they never download a browser.
# Installs it when missing and possible (root on Debian), else says what to install.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM: installing Debian's chromium package…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at $CHROMIUM (or set CHROMIUM_PATH)." >&2
echo "On Debian or Ubuntu, install it with: sudo apt-get install -y chromium" >&2
exit 1
