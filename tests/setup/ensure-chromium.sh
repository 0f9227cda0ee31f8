#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright cannot download its own browser on these machines).
# Installs it when missing and we may (root with apt-get); otherwise says what to do instead of failing obscurely.
set -euo pipefail
browser=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (about a minute)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $browser: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH." >&2
exit 1
