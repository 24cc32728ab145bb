#!/usr/bin/env bash
# Playwright cannot download its own browser here; the end-to-end tests use Debian's Chromium.
set -euo pipefail
# Noto fonts so Chinese, Gurmukhi and Arabic render on the kiosk instead of boxes.
PACKAGES="chromium fonts-noto-core fonts-noto-cjk"
missing=""
for p in $PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
[ -z "$missing" ] && exit 0
echo "Installing Debian packages:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
chromium --version
