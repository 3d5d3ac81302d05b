#!/usr/bin/env bash
# Installs the peer linters into benchmarks/peers: npm packages into ./node_modules (git-ignored),
# Debian's proselint and diction system-wide. Needs npm and apt-get (as root); run it once.
set -euo pipefail
cd "$(dirname "$0")"

npm install --no-audit --no-fund --loglevel=error
if ! command -v proselint >/dev/null || ! command -v diction >/dev/null; then
  apt-get update
  apt-get install -y python3-proselint diction
fi
command -v hyperfine >/dev/null || apt-get install -y hyperfine || true

echo "alex $(npx --no-install alex --version)"
echo "write-good $(node -p "require('write-good/package.json').version")"
echo "textlint $(npx --no-install textlint --version)"
echo "$(proselint --version 2>&1 | head -1)"
echo "diction $(diction --version 2>&1 | head -1)"
