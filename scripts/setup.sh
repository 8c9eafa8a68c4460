#!/usr/bin/env bash
# Installs everything the product and its tests need on a fresh Debian machine:
# Debian packages (chromium for browser tests and the VS Code window; build tools
# for code-server's native modules), npm packages, and a cached offline VS Code
# (code-server + Node 24, from the npm registry) under .vscode-test/.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(chromium fonts-nanum build-essential python3 pkg-config libkrb5-dev)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ] || [ "${CI:-}" = "true" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "setup: please install these Debian packages as root: ${missing[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${APT_PACKAGES[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
node scripts/vscode/install.mjs
