#!/usr/bin/env bash
# Installs code-server (a real VS Code workbench + extension host) into the git-ignored tool folder
# .cache/code-server, for the extension-host tests. Idempotent: returns at once when the pinned
# version is already there. Kept out of package.json on purpose (≈ 310 MB, and only the e2e tests need it).
#
# Needs the Debian packages `libkrb5-dev` (kerberos headers) and `ripgrep` (see .ci/run, which installs
# them with `chromium`). Works offline except for the npm registry.
set -euo pipefail

# code-server 4.100.x is the last line that runs on Node 20 (later ones need Node 22+).
CODE_SERVER_VERSION="4.100.3"
# The @vscode/ripgrep bundled in that code-server looks for this archive in its download cache
# before trying to download it from the internet.
RIPGREP_CACHE_DIR="vscode-ripgrep-cache-1.15.11"
RIPGREP_ARCHIVE="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tool_dir="${CODE_SERVER_DIR:-$root/.cache/code-server}"
marker="$tool_dir/.installed-version"
entry="$tool_dir/node_modules/code-server/out/node/entry.js"

if [[ -f "$marker" && "$(cat "$marker")" == "$CODE_SERVER_VERSION" && -f "$entry" ]]; then
  echo "code-server $CODE_SERVER_VERSION already installed in $tool_dir"
  exit 0
fi

missing=()
command -v rg >/dev/null || missing+=("ripgrep")
[[ -f /usr/include/gssapi/gssapi.h ]] || missing+=("libkrb5-dev")
command -v make >/dev/null && command -v g++ >/dev/null || missing+=("build-essential")
if ((${#missing[@]})); then
  echo "install-code-server: missing system packages: ${missing[*]}" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

started=$SECONDS
echo "Installing code-server $CODE_SERVER_VERSION into $tool_dir ..."
# Build in a staging folder and move it into place at the end, so an interrupted install never looks complete.
staging="$tool_dir.partial"
rm -rf "$staging"
mkdir -p "$staging"
work_tmp="$(mktemp -d)"
trap 'rm -rf "$work_tmp" "$staging"' EXIT

# Pre-seed @vscode/ripgrep's cache with Debian's rg so its postinstall does not download anything.
mkdir -p "$work_tmp/$RIPGREP_CACHE_DIR" "$work_tmp/rg"
cp "$(command -v rg)" "$work_tmp/rg/rg"
tar -czf "$work_tmp/$RIPGREP_CACHE_DIR/$RIPGREP_ARCHIVE" -C "$work_tmp/rg" rg

cat >"$staging/package.json" <<JSON
{
  "name": "opendata-lint-e2e-tools",
  "private": true,
  "description": "Tool folder for the extension-host tests (created by scripts/e2e/install-code-server.sh)",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" }
}
JSON

# npm_config_unsafe_perm: code-server's postinstall refuses to run as root otherwise.
# npm_config_yes: node-pty's install runs `npx node-gyp`, which would otherwise ask (and fail without stdin).
# TMPDIR: where @vscode/ripgrep finds the pre-seeded archive.
(
  cd "$staging"
  TMPDIR="$work_tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --no-update-notifier --loglevel=error
)

[[ -f "$staging/node_modules/code-server/out/node/entry.js" ]] || { echo "install-code-server: code-server entry point missing after install" >&2; exit 1; }
rm -rf "$tool_dir"
mv "$staging" "$tool_dir"
echo "$CODE_SERVER_VERSION" >"$marker"
echo "code-server $CODE_SERVER_VERSION installed in $((SECONDS - started)) s"
