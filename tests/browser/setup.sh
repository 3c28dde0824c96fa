#!/usr/bin/env bash
# Set-up for the browser tests (tests/browser): Debian's chromium and chromium-driver when
# missing, then playwright-core from package-lock.json (npm ci; it downloads no browser).
# Idempotent. Run by CI before ctest; the ctest test "browser_report" is skipped without it.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
for p in chromium chromium-driver nodejs npm; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node and npm may come from elsewhere than Debian (nodesource, nvm): only chromium is required.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do
    case "$p" in nodejs | npm) ;; *) filtered+=("$p") ;; esac
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "[browser] installing ${missing[*]}" >&2
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[browser] npm ci" >&2
  npm ci --no-audit --no-fund --ignore-scripts
fi
