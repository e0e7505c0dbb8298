#!/usr/bin/env bash
# Installs what the end-to-end tests need, from scratch, on a fresh Debian 12 + Node 20 machine:
#   - Debian packages: chromium (driven by playwright-core), neovim (second LSP client), ripgrep,
#     and the headers code-server's native modules are built against;
#   - code-server 4.100.3 (a full VS Code: server, extension host, web workbench) into
#     ${ATAZAN_E2E_HOME:-$HOME/.cache/atazan-e2e}/code-server, built offline.
# Idempotent: each step leaves a marker and is skipped the next time.
# See shared/notes/vscode-e2e-here.md for why it is done this way.
set -euo pipefail

CS_VERSION="4.100.3"
RG_PKG_VERSION="1.15.11"            # @vscode/ripgrep used by code-server 4.100.3
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
E2E_HOME="${ATAZAN_E2E_HOME:-$HOME/.cache/atazan-e2e}"
CS_DIR="$E2E_HOME/code-server-$CS_VERSION"
MARK_APT="$E2E_HOME/.apt-done"
MARK_CS="$CS_DIR/.install-done"

t0=$(date +%s)
log() { echo "[e2e-setup +$(( $(date +%s) - t0 ))s] $*"; }
mkdir -p "$E2E_HOME"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ---------------------------------------------------------------- Debian packages
APT_PKGS=(chromium neovim ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
          pkg-config build-essential python3 fonts-dejavu-core)
need_apt=0
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need_apt=1
done
if [ "$need_apt" = 1 ]; then
  log "apt-get install ${APT_PKGS[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${APT_PKGS[@]}" >/dev/null
  touch "$MARK_APT"
else
  log "Debian packages already installed"
fi

# ---------------------------------------------------------------- code-server
if [ -f "$MARK_CS" ] && [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server $CS_VERSION already installed in $CS_DIR"
  log "done in $(( $(date +%s) - t0 ))s"
  exit 0
fi

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" != 20 ]; then
  echo "code-server $CS_VERSION needs Node 20 (found $(node -v))" >&2
  exit 1
fi

# node-gyp must not try to download Node headers: point it at the system ones when present.
if [ -z "${npm_config_nodedir:-}" ]; then
  for d in /usr /usr/local "$(dirname "$(dirname "$(command -v node)")")"; do
    if [ -f "$d/include/node/node.h" ]; then export npm_config_nodedir="$d"; break; fi
  done
fi

# @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless it finds the release archive in
# its cache under $TMPDIR: give it Debian's rg packed the same way.
export TMPDIR="$E2E_HOME/tmp"
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$RG_CACHE"
if [ ! -s "$RG_CACHE/$RG_ASSET" ]; then
  log "packing /usr/bin/rg as $RG_ASSET"
  rgtmp=$(mktemp -d)
  cp "$(command -v rg)" "$rgtmp/rg"
  tar -C "$rgtmp" -czf "$RG_CACHE/$RG_ASSET" rg
  rm -rf "$rgtmp"
fi

rm -rf "$CS_DIR"
mkdir -p "$CS_DIR"
cd "$CS_DIR"
log "npm pack code-server@$CS_VERSION"
npm pack --silent "code-server@$CS_VERSION" >/dev/null
echo '{ "name": "atazan-e2e-code-server", "private": true }' > package.json
# npx inside native builds (node-gyp) must not stop to ask.
export npm_config_yes=true
log "npm install code-server (its scripts are run below by hand, as npm 11 may block them)"
npm install --no-audit --no-fund --loglevel=error --ignore-scripts "./code-server-$CS_VERSION.tgz"
rm -f "code-server-$CS_VERSION.tgz"

# What npm would have run: code-server's postinstall (npm install in lib/vscode and its extensions).
log "code-server postinstall.sh"
(
  cd node_modules/code-server
  export npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64"
  export npm_config_unsafe_perm=true
  export npm_config_yes=true
  sh ./postinstall.sh
)

# The postinstall's own npm installs had their dependency scripts blocked too: approve and rebuild
# (node-pty, spdlog, kerberos, @parcel/watcher, @vscode/ripgrep, ...).
log "approve + rebuild native modules of lib/vscode"
(
  cd node_modules/code-server/lib/vscode
  export npm_config_yes=true
  npm install-scripts approve --all >/dev/null
  npm rebuild --loglevel=error
)
log "approve + rebuild argon2"
npm install-scripts approve argon2 >/dev/null
npm_config_yes=true npm rebuild argon2 --loglevel=error

# Smoke check: the server starts and reports its version.
"$CS_DIR/node_modules/.bin/code-server" --version
test -x "$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
touch "$MARK_CS"
log "code-server installed in $CS_DIR"
log "done in $(( $(date +%s) - t0 ))s"
