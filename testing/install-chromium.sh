#!/usr/bin/env bash
# Chromium and ChromeDriver for the report's browser test, from Debian's packages: once per
# machine. The build runs this before the integration tests; it does nothing when both are there.
set -euo pipefail
packages="chromium chromium-driver"
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
else
  echo "install-chromium: the browser test needs Debian's $packages;" \
    "install them as root (apt-get install -y $packages), or the test fails and says so" >&2
  exit 0
fi
echo "install-chromium: installing $packages from Debian's packages (once per machine)"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$sudo apt-get install -y -q $packages || { $sudo apt-get update -q && $sudo apt-get install -y -q $packages; }
